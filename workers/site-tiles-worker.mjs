// Site tile thread: builds the registry's tile index (workers/site-tiles.mjs) and encodes tiles off the server's
// event loop. Driven by app/application/site-tiles.ts; messages are handled in order, so a tile asked for after a build
// is cut from the new index. Plain ESM outside the Next bundle (loaded from <cwd>/workers/ at run time).
import { parentPort } from "node:worker_threads";
import { buildSiteTileIndex, encodeSiteTile } from "./site-tiles.mjs";

/** Encoded tiles of the current index, oldest first (Map keeps insertion order). */
const TILE_CACHE_MAX = 4096;
let index = null;
let version = -1;
let incoming = [];
const cache = new Map();

parentPort.on("message", (msg) => {
  try {
    if (msg.type === "records") {
      if (msg.first) incoming = [];
      for (const r of msg.records) incoming.push(r);
    } else if (msg.type === "build") {
      const started = performance.now();
      index = buildSiteTileIndex(incoming, {
        materials: msg.materials,
        statuses: msg.statuses,
        clusterMinSites: msg.clusterMinSites,
      });
      incoming = [];
      version = msg.version;
      cache.clear();
      parentPort.postMessage({
        type: "built",
        version,
        buildMs: performance.now() - started,
        clustering: index.clustering,
      });
    } else if (msg.type === "tile") {
      if (!index) throw new Error("tile asked for before the index was built");
      const started = performance.now();
      const key = `${msg.z}/${msg.x}/${msg.y}`;
      let bytes = cache.get(key);
      if (!bytes) {
        // A compact copy: pbf's buffer is larger than the tile, and a posted view would copy all of it.
        bytes = encodeSiteTile(index, msg.z, msg.x, msg.y).slice();
        if (cache.size >= TILE_CACHE_MAX) cache.delete(cache.keys().next().value);
        cache.set(key, bytes);
      }
      parentPort.postMessage({ type: "tile", id: msg.id, version, bytes, ms: performance.now() - started });
    }
  } catch (error) {
    parentPort.postMessage({ type: "error", id: msg.id, error: String(error && error.stack ? error.stack : error) });
  }
});
