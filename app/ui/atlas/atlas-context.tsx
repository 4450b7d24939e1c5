"use client";
/**
 * Shared state of the main map page, for features built on it (search, …):
 *   const { siteCount, siteById, selectedSiteId, selectSite, visibleSiteFilter } = useAtlas();
 * The map draws sites from vector tiles; full site records are fetched one at a time (GET /api/sites/{id}).
 * Features draw on the map with useAtlasMap()/useMapLayers (app/ui/map) and render inside <AtlasApp> as children.
 */
import { createContext, useContext } from "react";
import type { FilterSpecification } from "maplibre-gl";
import type { SiteFeature } from "../../domain/site-features";
import type { ParkCollection } from "../map/parks-layer";
import type { LayerToggleState } from "../map/layer-toggles";

export interface AtlasState {
  /** Number of registry sites (null while loading). */
  siteCount: number | null;
  parks: ParkCollection | null;
  /** A site's full record once fetched; asks for it (and re-renders when it arrives) when not fetched yet. */
  siteById: (id: string) => SiteFeature | undefined;
  /** Fetches a site's full record (cached); null when it is not in the registry. */
  loadSite: (id: string) => Promise<SiteFeature | null>;
  selectedSiteId: string | null;
  /** Selects a site (opens its panel, updates ?site= in the URL); null closes the panel. */
  selectSite: (id: string | null, options?: { fly?: boolean }) => void;
  toggles: LayerToggleState;
  setToggles: (next: LayerToggleState) => void;
  /** The filter currently applied to the site circles. */
  visibleSiteFilter: FilterSpecification;
  /** Reloads the site tiles and drops fetched sites (call after registry edits). */
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
