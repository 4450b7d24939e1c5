import "server-only";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { Worker } from "node:worker_threads";
import { registryVersion } from "../data/registry";
import { loadRegistry } from "./registry-cache";
import {
  addToFacets,
  MATERIAL_TILE_CODES,
  siteTileRecord,
  STATUS_TILE_CODES,
  type SiteFacet,
  type SiteTileRecord,
} from "../domain/site-tiles";

/** Where the tile thread's file lives; a plain .mjs outside the Next bundle, resolved at run time. */
export function siteTileWorkerPath(): string {
  return path.join(process.cwd(), "workers", "site-tiles-worker.mjs");
}

// Same trick as the pairing solver: the bundler must not treat the run-time worker path as an entry point.
const { Worker: ThreadCtor } = process.getBuiltinModule("node:worker_threads");

/** Sites mapped per slice before yielding to the event loop, and sites per message to the thread. */
const SLICE = 5000;

export interface SiteTileIndexInfo {
  /** `<boot id>-<registry version>`: an ETag that never repeats across server restarts. */
  version: string;
  siteCount: number;
  clustered: boolean;
  facets: SiteFacet[];
  buildMs: number;
}

interface TileState {
  worker: Worker | null;
  bootId: string;
  built: { registryVersion: number; info: SiteTileIndexInfo } | null;
  building: { registryVersion: number; promise: Promise<SiteTileIndexInfo> } | null;
  nextId: number;
  pending: Map<number, { resolve: (m: WorkerReply) => void; reject: (e: Error) => void }>;
}

type WorkerReply =
  | { type: "built"; version: number; buildMs: number; clustering: boolean }
  | { type: "tile"; id: number; version: number; bytes: Uint8Array; ms: number }
  | { type: "error"; id?: number; error: string };

// Route handlers are bundled separately, each with its own copy of this module: one thread per process.
const state: TileState = ((globalThis as unknown as { atlasSiteTiles?: TileState }).atlasSiteTiles ??= {
  worker: null,
  bootId: randomBytes(4).toString("hex"),
  built: null,
  building: null,
  nextId: 1,
  pending: new Map(),
});

const BUILD_ID = 0;

function worker(): Worker {
  if (state.worker) return state.worker;
  const w = new ThreadCtor(siteTileWorkerPath());
  w.on("message", (msg: WorkerReply) => {
    const id = msg.type === "built" ? BUILD_ID : (msg.id ?? BUILD_ID);
    const p = state.pending.get(id);
    if (!p) return;
    state.pending.delete(id);
    if (msg.type === "error") p.reject(new Error(msg.error));
    else p.resolve(msg);
  });
  const fail = (e: Error) => {
    for (const p of state.pending.values()) p.reject(e);
    state.pending.clear();
    state.worker = null;
    state.built = null;
    state.building = null;
  };
  w.on("error", fail);
  w.on("exit", (code) => fail(new Error(`site tile thread exited (code ${code})`)));
  // The thread must not keep a finished process (tests, scripts) alive.
  w.unref();
  state.worker = w;
  return w;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function build(version: number): Promise<SiteTileIndexInfo> {
  const sites = await loadRegistry();
  const w = worker();
  const facets = new Map<string, SiteFacet>();
  // Mapping and posting in slices keeps each event-loop turn short even at 10^6 sites.
  for (let start = 0; start < sites.length || start === 0; start += SLICE) {
    const records: SiteTileRecord[] = [];
    for (const s of sites.slice(start, start + SLICE)) {
      const r = siteTileRecord(s);
      addToFacets(facets, r.properties);
      records.push(r);
    }
    w.postMessage({ type: "records", first: start === 0, records });
    if (start + SLICE < sites.length) await yieldToEventLoop();
    else break;
  }
  const reply = new Promise<WorkerReply>((resolve, reject) => state.pending.set(BUILD_ID, { resolve, reject }));
  w.postMessage({ type: "build", version, materials: MATERIAL_TILE_CODES, statuses: STATUS_TILE_CODES });
  const built = (await reply) as Extract<WorkerReply, { type: "built" }>;
  return {
    version: `${state.bootId}-${version}`,
    siteCount: sites.length,
    clustered: built.clustering,
    facets: [...facets.values()].sort((a, b) => b.count - a.count),
    buildMs: built.buildMs,
  };
}

/** The tile index for the current registry, built (on the tile thread) when the registry version changed. */
export async function siteTileIndex(): Promise<SiteTileIndexInfo> {
  const v = registryVersion();
  if (state.built?.registryVersion === v) return state.built.info;
  if (state.building?.registryVersion === v) return state.building.promise;
  // One build at a time on the thread (records messages must not interleave).
  const previous = state.building?.promise.catch(() => undefined);
  const promise = (async () => {
    await previous;
    const info = await build(v);
    if (!state.built || state.built.registryVersion <= v) state.built = { registryVersion: v, info };
    return info;
  })();
  state.building = { registryVersion: v, promise };
  promise
    .finally(() => {
      if (state.building?.promise === promise) state.building = null;
    })
    .catch(() => undefined);
  return promise;
}

/**
 * MVT bytes of site tile z/x/y (empty when no site falls in it), the index version they come from, and the time
 * the tile thread spent on it (cut + encode, or a cache hit).
 */
export async function siteTile(
  z: number,
  x: number,
  y: number,
): Promise<{ bytes: Uint8Array; version: string; threadMs: number }> {
  const info = await siteTileIndex();
  const id = state.nextId++;
  const reply = new Promise<WorkerReply>((resolve, reject) => state.pending.set(id, { resolve, reject }));
  worker().postMessage({ type: "tile", id, z, x, y });
  const msg = (await reply) as Extract<WorkerReply, { type: "tile" }>;
  return { bytes: msg.bytes, version: info.version, threadMs: msg.ms };
}
