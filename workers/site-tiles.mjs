// Site vector tiles (MVT): a point index over the registry and the tile encoder. Plain ESM outside the Next
// bundle so the tile thread (workers/site-tiles-worker.mjs) loads it at run time; unit tests import it directly.
//
// Two supercluster indexes:
// - `key` sites (the plan's bases, real sites inside the plan's parks) and, for registries up to
//   `clusterMinSites`, every site: never clustered, one feature per site at every zoom;
// - the rest of a large registry: clustered up to CLUSTER_MAX_ZOOM, one feature per site above it (names only
//   from CLUSTERED_NAME_MIN_ZOOM).
// Tiles have two layers: "sites" (one point per site, the properties styles and filters need) and "clusters"
// (counts per role, synthetic count, and which materials and statuses occur inside, as "|code|" token lists).
import Supercluster from "supercluster";
import vtpbf from "vt-pbf";

export const SITE_TILE_LAYER = "sites";
export const CLUSTER_TILE_LAYER = "clusters";
/** Tile coordinate resolution (MapLibre draws 512 px tiles, so one unit is one screen pixel). */
export const TILE_EXTENT = 512;
/** Clusters exist up to this zoom; from the next zoom on every site is its own feature. */
export const CLUSTER_MAX_ZOOM = 10;
/** In a clustered registry, ordinary sites carry their names from this zoom on (labels would collide below it
 * anyway, and names are most of a dense tile's bytes); key sites always carry them. */
export const CLUSTERED_NAME_MIN_ZOOM = 11;
/** Registries up to this many sites are never clustered (a provincial registry draws every site). */
export const CLUSTER_MIN_SITES = 5000;
/** Cluster radius in screen pixels. */
export const CLUSTER_RADIUS_PX = 48;
/** Highest zoom tiles are cut for; MapLibre over-zooms beyond it. */
export const TILE_MAX_ZOOM = 14;

function tokensToMask(tokens, bitOf) {
  let mask = 0;
  if (!tokens) return mask;
  for (const t of tokens.split("|")) {
    const bit = bitOf.get(t);
    if (bit !== undefined) mask |= bit;
  }
  return mask;
}

function maskToTokens(mask, codes) {
  const out = [];
  for (let i = 0; i < codes.length; i++) if (mask & (1 << i)) out.push(codes[i]);
  return out.length ? `|${out.join("|")}|` : "";
}

/**
 * Builds the tile index. `records`: [{ id, lng, lat, key, properties: { id, name, nameEn, role, produces,
 * absorbs, synthetic, status, sizeTonnesPerYear } }]; `materials`/`statuses`: the code lists the cluster bitmasks
 * index (at most 31 each).
 */
export function buildSiteTileIndex(records, { materials, statuses, clusterMinSites = CLUSTER_MIN_SITES } = {}) {
  if (!materials || !statuses) throw new Error("buildSiteTileIndex needs the material and status code lists");
  if (materials.length > 31 || statuses.length > 31) throw new Error("at most 31 materials and statuses fit a bitmask");
  const materialBit = new Map(materials.map((m, i) => [m, 1 << i]));
  const statusBit = new Map(statuses.map((s, i) => [s, 1 << i]));
  const cluster = records.length > clusterMinSites;
  const single = [];
  const clustered = [];
  for (const r of records) {
    const f = { type: "Feature", geometry: { type: "Point", coordinates: [r.lng, r.lat] }, properties: r.properties };
    (cluster && !r.key ? clustered : single).push(f);
  }
  // minPoints: Infinity never merges points, so this index only answers tile queries.
  const singleIndex = new Supercluster({ minPoints: Infinity, maxZoom: 0, extent: TILE_EXTENT, radius: 1 }).load(
    single,
  );
  const clusterIndex = clustered.length
    ? new Supercluster({
        radius: CLUSTER_RADIUS_PX,
        extent: TILE_EXTENT,
        maxZoom: CLUSTER_MAX_ZOOM,
        minPoints: 2,
        // Bitmasks while clustering (cheap to merge); turned into token strings per tile.
        map: (p) => ({
          nProducer: p.role === "producer" ? 1 : 0,
          nConsumer: p.role === "consumer" ? 1 : 0,
          nBoth: p.role === "both" ? 1 : 0,
          nNone: p.role === "none" ? 1 : 0,
          nSynthetic: p.synthetic ? 1 : 0,
          producesMask: tokensToMask(p.produces, materialBit),
          absorbsMask: tokensToMask(p.absorbs, materialBit),
          statusMask: statusBit.get(p.status) ?? 0,
        }),
        reduce: (a, b) => {
          a.nProducer += b.nProducer;
          a.nConsumer += b.nConsumer;
          a.nBoth += b.nBoth;
          a.nNone += b.nNone;
          a.nSynthetic += b.nSynthetic;
          a.producesMask |= b.producesMask;
          a.absorbsMask |= b.absorbsMask;
          a.statusMask |= b.statusMask;
        },
      }).load(clustered)
    : null;
  return { singleIndex, clusterIndex, materials, statuses, siteCount: records.length, clustering: cluster };
}

function clusterTags(tags, materials, statuses) {
  return {
    count: tags.point_count,
    countLabel: String(tags.point_count_abbreviated),
    nProducer: tags.nProducer,
    nConsumer: tags.nConsumer,
    nBoth: tags.nBoth,
    nNone: tags.nNone,
    nSynthetic: tags.nSynthetic,
    produces: maskToTokens(tags.producesMask, materials),
    absorbs: maskToTokens(tags.absorbsMask, materials),
    statuses: maskToTokens(tags.statusMask, statuses),
  };
}

/** The features of tile z/x/y, split into site and cluster features (geojson-vt tile shape, tile coordinates). */
export function siteTileFeatures(index, z, x, y) {
  const sites = [];
  const clusters = [];
  const a = index.singleIndex.getTile(z, x, y);
  if (a) sites.push(...a.features);
  const b = index.clusterIndex?.getTile(z, x, y);
  if (b) {
    for (const f of b.features) {
      if (f.tags.cluster)
        clusters.push({ type: 1, geometry: f.geometry, tags: clusterTags(f.tags, index.materials, index.statuses) });
      else if (z >= CLUSTERED_NAME_MIN_ZOOM) sites.push(f);
      else {
        const { name, nameEn, ...tags } = f.tags;
        sites.push({ ...f, tags });
      }
    }
  }
  // Bigger sites first so a style's sort key has less to reorder; stable by id for deterministic bytes.
  sites.sort(
    (p, q) =>
      (q.tags.sizeTonnesPerYear ?? 0) - (p.tags.sizeTonnesPerYear ?? 0) ||
      (p.tags.id < q.tags.id ? -1 : p.tags.id > q.tags.id ? 1 : 0),
  );
  return { sites, clusters };
}

/** Encodes tile z/x/y as MVT (protobuf bytes); an empty tile is a valid zero-length body. */
export function encodeSiteTile(index, z, x, y) {
  const { sites, clusters } = siteTileFeatures(index, z, x, y);
  if (sites.length === 0 && clusters.length === 0) return new Uint8Array(0);
  const layers = {};
  if (sites.length)
    layers[SITE_TILE_LAYER] = { features: sites.map((f) => ({ type: 1, geometry: f.geometry, tags: f.tags })) };
  if (clusters.length) layers[CLUSTER_TILE_LAYER] = { features: clusters };
  return vtpbf.fromGeojsonVt(layers, { version: 2, extent: TILE_EXTENT });
}
