/**
 * What the site tile thread does (workers/src/site-tiles-worker.ts is only its message loop): on "build", read the
 * registry straight from the SQLite file (app/data/site-tile-rows.ts), map each site to its tile record, count the
 * facets and build the supercluster index (workers/site-tiles.mjs); on "tile", cut and encode one tile from the
 * index of the version asked for. Messages are handled in order, so a tile asked for after a build comes from it.
 * Protocol types are shared with the server side (app/application/site-tiles.ts).
 */
import { buildSiteTileIndex, encodeSiteTile, type SiteTileIndex } from "../../workers/site-tiles.mjs";
import { readSiteTileSources } from "../data/site-tile-rows";
import {
  addToFacets,
  MATERIAL_TILE_CODES,
  siteTileRecord,
  STATUS_TILE_CODES,
  type SiteFacet,
  type SiteTileRecord,
} from "../domain/site-tiles";

export type SiteTileRequest =
  | { type: "build"; version: number; dbFile: string }
  | { type: "tile"; id: number; version: number; z: number; x: number; y: number };

export type SiteTileReply =
  | {
      type: "built";
      version: number;
      siteCount: number;
      clustering: boolean;
      facets: SiteFacet[];
      readMs: number;
      buildMs: number;
    }
  | { type: "tile"; id: number; version: number; bytes: Uint8Array; ms: number }
  | { type: "error"; id?: number; version?: number; error: string };

/** Interns repeated strings (token lists, statuses, roles): 10^6 records share a few hundred distinct values. */
function interner() {
  const seen = new Map<string, string>();
  return (s: string) => {
    const hit = seen.get(s);
    if (hit !== undefined) return hit;
    seen.set(s, s);
    return s;
  };
}

/** Reads the database file and builds the tile index and facet table (runs on the tile thread). */
export function buildSiteTileIndexFromFile(dbFile: string): {
  index: SiteTileIndex;
  facets: SiteFacet[];
  readMs: number;
  buildMs: number;
} {
  const started = performance.now();
  const intern = interner();
  const facets = new Map<string, SiteFacet>();
  const records: SiteTileRecord[] = [];
  for (const page of readSiteTileSources(dbFile)) {
    for (const source of page) {
      const r = siteTileRecord(source);
      const p = r.properties;
      p.role = intern(p.role);
      p.produces = intern(p.produces);
      p.absorbs = intern(p.absorbs);
      p.status = intern(p.status);
      addToFacets(facets, p);
      records.push(r);
    }
  }
  const read = performance.now();
  const index = buildSiteTileIndex(records, { materials: MATERIAL_TILE_CODES, statuses: STATUS_TILE_CODES });
  return {
    index,
    facets: [...facets.values()].sort((a, b) => b.count - a.count),
    readMs: read - started,
    buildMs: performance.now() - read,
  };
}

/**
 * The thread's message handler: `post(reply, transfer)` sends a reply (tile bytes are transferred, not copied).
 * Keeps one index, the latest built; a tile request for another version is an error (the server rebuilds first).
 */
export function siteTileThread(post: (reply: SiteTileReply, transfer?: ArrayBuffer[]) => void) {
  let current: { version: number; index: SiteTileIndex } | null = null;
  return (msg: SiteTileRequest) => {
    try {
      if (msg.type === "build") {
        // Let the old index go before building the new one: at 10^6 sites two indexes would double the peak.
        current = null;
        const built = buildSiteTileIndexFromFile(msg.dbFile);
        current = { version: msg.version, index: built.index };
        post({
          type: "built",
          version: msg.version,
          siteCount: built.index.siteCount,
          clustering: built.index.clustering,
          facets: built.facets,
          readMs: built.readMs,
          buildMs: built.buildMs,
        });
      } else {
        if (!current || current.version !== msg.version)
          throw new Error(`tile for registry version ${msg.version} asked, index is at ${current?.version ?? "none"}`);
        const started = performance.now();
        // A compact copy: pbf's buffer is larger than the tile; the copy's buffer is then moved, not cloned.
        const bytes = encodeSiteTile(current.index, msg.z, msg.x, msg.y).slice();
        post({ type: "tile", id: msg.id, version: msg.version, bytes, ms: performance.now() - started }, [
          bytes.buffer as ArrayBuffer,
        ]);
      }
    } catch (error) {
      post({
        type: "error",
        id: msg.type === "tile" ? msg.id : undefined,
        version: msg.version,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
  };
}
