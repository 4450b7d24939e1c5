"use client";
/**
 * The registry's site tiles for a map: fetches the TileJSON (GET /api/tiles/sites) for the tile URL, the site
 * count and the filter facets; `reload()` after registry edits picks up the new version (and so fresh tiles).
 */
import { useCallback, useEffect, useState } from "react";
import type { SiteTileJson } from "../../domain/site-tiles";

export interface SiteTiles {
  /** Absolute tile URL template (MapLibre fetches tiles from its workers, which need absolute URLs). */
  tiles: string;
  info: SiteTileJson;
}

export function useSiteTiles(): { siteTiles: SiteTiles | null; error: string | null; reload: () => Promise<void> } {
  const [siteTiles, setSiteTiles] = useState<SiteTiles | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      const res = await fetch("/api/tiles/sites", { cache: "no-store" });
      if (!res.ok) throw new Error(`/api/tiles/sites: HTTP ${res.status}`);
      const info = (await res.json()) as SiteTileJson;
      // Braces must survive URL resolution: MapLibre substitutes {z}/{x}/{y} itself.
      const tiles = new URL(info.tiles[0], window.location.href).href.replace(/%7B/g, "{").replace(/%7D/g, "}");
      setSiteTiles((prev) => (prev && prev.info.version === info.version ? prev : { tiles, info }));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);
  useEffect(() => {
    // The first fetch of the tile info; its state updates land after the await, not synchronously.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
  }, [reload]);
  return { siteTiles, error, reload };
}
