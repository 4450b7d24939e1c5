// Types for workers/site-tiles.mjs (plain ESM so the tile thread loads it outside the Next bundle).
export const SITE_TILE_LAYER: "sites";
export const CLUSTER_TILE_LAYER: "clusters";
export const TILE_EXTENT: number;
export const CLUSTER_MAX_ZOOM: number;
export const CLUSTERED_NAME_MIN_ZOOM: number;
export const CLUSTER_MIN_SITES: number;
export const CLUSTER_RADIUS_PX: number;
export const TILE_MAX_ZOOM: number;

export interface SiteTileProperties {
  id: string;
  name: string;
  nameEn: string;
  role: string;
  produces: string;
  absorbs: string;
  synthetic: boolean;
  status: string;
  sizeTonnesPerYear: number;
}

export interface SiteTileRecord {
  id: string;
  lng: number;
  lat: number;
  /** Never clustered (the plan's bases, real sites in the plan's parks). */
  key: boolean;
  properties: SiteTileProperties;
}

export interface SiteTileIndex {
  siteCount: number;
  clustering: boolean;
}

export interface TileFeature {
  type: 1;
  geometry: [number, number][];
  tags: Record<string, string | number | boolean>;
}

export function buildSiteTileIndex(
  records: readonly SiteTileRecord[],
  options: { materials: readonly string[]; statuses: readonly string[]; clusterMinSites?: number },
): SiteTileIndex;
export function siteTileFeatures(
  index: SiteTileIndex,
  z: number,
  x: number,
  y: number,
): { sites: TileFeature[]; clusters: TileFeature[] };
export function encodeSiteTile(index: SiteTileIndex, z: number, x: number, y: number): Uint8Array;
