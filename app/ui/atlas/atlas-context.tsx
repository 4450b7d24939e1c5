"use client";
/**
 * Shared state of the main map page, for features built on it (search, …):
 *   const { sites, siteById, selectedSiteId, selectSite, visibleSiteFilter } = useAtlas();
 * Features draw on the map with useAtlasMap()/useMapLayers (app/ui/map) and render inside <AtlasApp> as children.
 */
import { createContext, useContext } from "react";
import type { FilterSpecification } from "maplibre-gl";
import type { SiteFeature, SiteFeatureCollection } from "../../domain/site-features";
import type { ParkCollection } from "../map/parks-layer";
import type { LayerToggleState } from "../map/layer-toggles";

export interface AtlasState {
  /** Every registry site from GET /api/sites (null while loading). */
  sites: SiteFeatureCollection | null;
  parks: ParkCollection | null;
  siteById: (id: string) => SiteFeature | undefined;
  selectedSiteId: string | null;
  /** Selects a site (opens its panel, updates ?site= in the URL); null closes the panel. */
  selectSite: (id: string | null, options?: { fly?: boolean }) => void;
  toggles: LayerToggleState;
  setToggles: (next: LayerToggleState) => void;
  /** The filter currently applied to the site circles. */
  visibleSiteFilter: FilterSpecification;
  /** Reloads sites (call after registry edits). */
  reloadSites: () => Promise<void>;
  /** Moves the map to a typed place: a park's area, else its point at a zoom that suits the kind. */
  showPlace: (place: { kind: "county" | "city" | "park" | "site"; id: string; lng: number; lat: number }) => void;
}

export const AtlasContext = createContext<AtlasState | null>(null);

/** The atlas page state; throws outside <AtlasApp>. */
export function useAtlas(): AtlasState {
  const value = useContext(AtlasContext);
  if (!value) throw new Error("useAtlas() must be used inside <AtlasApp>");
  return value;
}
