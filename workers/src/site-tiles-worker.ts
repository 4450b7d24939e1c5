// Site tile thread: reads the registry from the SQLite file, builds the tile index and encodes tiles off the
// server's event loop (app/application/site-tile-thread.ts). Driven by app/application/site-tiles.ts; bundled by
// scripts/build-workers.mjs to workers/dist/site-tiles-worker.mjs (plain ESM loaded at run time, outside Next).
import { parentPort } from "node:worker_threads";
import { siteTileThread, type SiteTileRequest } from "../../app/application/site-tile-thread";

const handle = siteTileThread((reply, transfer) => parentPort!.postMessage(reply, transfer ?? []));
parentPort!.on("message", (msg: SiteTileRequest) => handle(msg));
