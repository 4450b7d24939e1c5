import "server-only";
/**
 * The map's site tiles, server side. The tile thread (workers/dist/site-tiles-worker.mjs, logic in
 * site-tile-thread.ts) reads the registry straight from the SQLite file and builds the index; this thread only tells
 * it the file and the registry version (the in-memory counter every write bumps, so no query per request) and keeps
 * an LRU cache of encoded tiles, so a repeated tile costs no round trip to the thread.
 */
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { Worker } from "node:worker_threads";
import { databaseUrl } from "../../prisma/database-url";
import { registryVersion } from "../data/registry";
import { sqliteFileOf } from "../data/site-tile-rows";
import type { SiteFacet } from "../domain/site-tiles";
import type { SiteTileReply, SiteTileRequest } from "./site-tile-thread";
import { TileCache } from "./tile-cache";

/** Bytes of encoded tiles kept on the server thread (≈ 1,000 dense tiles; most tiles are a few kB). */
export const TILE_CACHE_BYTES = 48 * 1024 * 1024;

/** The bundled tile thread (scripts/build-workers.mjs builds it from workers/src/site-tiles-worker.ts). */
export function siteTileWorkerPath(): string {
  return path.join(process.cwd(), "workers", "dist", "site-tiles-worker.mjs");
}

// Same trick as the pairing solver: the bundler must not treat the run-time worker path as an entry point.
const { Worker: ThreadCtor } = process.getBuiltinModule("node:worker_threads");

export interface SiteTileIndexInfo {
  /** `<boot id>-<registry version>`: an ETag that never repeats across server restarts. */
  version: string;
  /** The registry version (registryVersion()) the index was built from. */
  registryVersion: number;
  siteCount: number;
  clustered: boolean;
  facets: SiteFacet[];
  /** Time on the tile thread reading the database and building the index. */
  readMs: number;
  buildMs: number;
}

type Built = Extract<SiteTileReply, { type: "built" }>;
type TileReply = Extract<SiteTileReply, { type: "tile" }>;

interface TileState {
  worker: Worker | null;
  bootId: string;
  built: { registryVersion: number; info: SiteTileIndexInfo } | null;
  building: { registryVersion: number; promise: Promise<SiteTileIndexInfo> } | null;
  nextId: number;
  pendingBuild: { resolve: (m: Built) => void; reject: (e: Error) => void } | null;
  pendingTiles: Map<number, { resolve: (m: TileReply) => void; reject: (e: Error) => void }>;
  /** Tiles being cut, by cache key: concurrent requests for one tile share one trip to the thread. */
  inFlight: Map<string, Promise<{ bytes: Uint8Array; threadMs: number }>>;
  cache: TileCache;
}

// Route handlers are bundled separately, each with its own copy of this module: one thread and cache per process.
const state: TileState = ((globalThis as unknown as { atlasSiteTiles?: TileState }).atlasSiteTiles ??= {
  worker: null,
  bootId: randomBytes(4).toString("hex"),
  built: null,
  building: null,
  nextId: 1,
  pendingBuild: null,
  pendingTiles: new Map(),
  inFlight: new Map(),
  cache: new TileCache(TILE_CACHE_BYTES),
});

function worker(): Worker {
  if (state.worker) return state.worker;
  const w: Worker = new ThreadCtor(siteTileWorkerPath());
  w.on("message", (msg: SiteTileReply) => {
    if (msg.type === "built" || (msg.type === "error" && msg.id === undefined)) {
      const p = state.pendingBuild;
      state.pendingBuild = null;
      if (msg.type === "error") p?.reject(new Error(msg.error));
      else p?.resolve(msg);
      return;
    }
    const p = state.pendingTiles.get(msg.id!);
    if (!p) return;
    state.pendingTiles.delete(msg.id!);
    if (msg.type === "error") p.reject(new Error(msg.error));
    else p.resolve(msg);
  });
  const fail = (e: Error) => {
    state.pendingBuild?.reject(e);
    state.pendingBuild = null;
    for (const p of state.pendingTiles.values()) p.reject(e);
    state.pendingTiles.clear();
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

/** The database file the tile thread reads (the one the app's Prisma client uses). */
export function siteTileDatabaseFile(): string {
  return sqliteFileOf(databaseUrl(), process.cwd());
}

function build(version: number): Promise<SiteTileIndexInfo> {
  const w = worker();
  const reply = new Promise<Built>((resolve, reject) => (state.pendingBuild = { resolve, reject }));
  const request: SiteTileRequest = { type: "build", version, dbFile: siteTileDatabaseFile() };
  w.postMessage(request);
  return reply.then((built) => ({
    version: `${state.bootId}-${version}`,
    registryVersion: version,
    siteCount: built.siteCount,
    clustered: built.clustering,
    facets: built.facets,
    readMs: built.readMs,
    buildMs: built.buildMs,
  }));
}

/** The tile index for the current registry, built on the tile thread when the registry version changed. */
export function siteTileIndex(): Promise<SiteTileIndexInfo> {
  const v = registryVersion();
  if (state.built?.registryVersion === v) return Promise.resolve(state.built.info);
  if (state.building?.registryVersion === v) return state.building.promise;
  // One build at a time on the thread (a build reply carries no id).
  const previous = state.building?.promise.catch(() => undefined);
  const promise = (async () => {
    await previous;
    const info = await build(v);
    if (!state.built || state.built.registryVersion <= v) {
      if (state.built?.registryVersion !== v) state.cache.clear();
      state.built = { registryVersion: v, info };
    }
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

function cutTile(version: number, z: number, x: number, y: number): Promise<{ bytes: Uint8Array; threadMs: number }> {
  const id = state.nextId++;
  const reply = new Promise<TileReply>((resolve, reject) => state.pendingTiles.set(id, { resolve, reject }));
  const request: SiteTileRequest = { type: "tile", id, version, z, x, y };
  worker().postMessage(request);
  return reply.then((m) => ({ bytes: m.bytes, threadMs: m.ms }));
}

/**
 * MVT bytes of site tile z/x/y (empty when no site falls in it), the index version they come from, the time the tile
 * thread spent on it (0 for a cached tile) and whether it came from the cache.
 */
export async function siteTile(
  z: number,
  x: number,
  y: number,
): Promise<{ bytes: Uint8Array; version: string; threadMs: number; cached: boolean }> {
  const info = await siteTileIndex();
  try {
    return await cachedTile(info, z, x, y);
  } catch (error) {
    // The registry changed while this tile was on its way (the thread holds only the newest index): once more.
    if (registryVersion() === info.registryVersion) throw error;
    return cachedTile(await siteTileIndex(), z, x, y);
  }
}

async function cachedTile(
  info: SiteTileIndexInfo,
  z: number,
  x: number,
  y: number,
): Promise<{ bytes: Uint8Array; version: string; threadMs: number; cached: boolean }> {
  const v = info.registryVersion;
  const key = `${v}/${z}/${x}/${y}`;
  const hit = state.cache.get(key);
  if (hit) return { bytes: hit, version: info.version, threadMs: 0, cached: true };
  let cut = state.inFlight.get(key);
  if (!cut) {
    cut = cutTile(v, z, x, y);
    state.inFlight.set(key, cut);
    cut
      .then(
        ({ bytes }) => {
          if (state.built?.registryVersion === v) state.cache.set(key, bytes);
        },
        () => undefined,
      )
      .finally(() => state.inFlight.delete(key));
  }
  const { bytes, threadMs } = await cut;
  return { bytes, version: info.version, threadMs, cached: false };
}
