import "server-only";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import type { LpSolution, LpSolver, TransportLp } from "../domain/pairing/types";

/** Where the solver thread's file lives; a plain .mjs outside the Next bundle, resolved at run time. */
export function solverWorkerPath(): string {
  return path.join(process.cwd(), "workers", "highs-solve-worker.mjs");
}

// The bundler treats `new Worker(x)` from "node:worker_threads" as a bundled entry point and fails on a run-time
// path; taking the constructor from the runtime keeps the worker a plain file that Node loads at run time.
const { Worker: ThreadCtor } = process.getBuiltinModule("node:worker_threads");

/** A HiGHS worker thread for one run: `solver` posts LPs to it, `terminate` cancels whatever it is solving. */
export class PairingSolverThread {
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, { resolve: (s: LpSolution) => void; reject: (e: Error) => void }>();
  private dead: Error | null = null;

  constructor(file = solverWorkerPath()) {
    this.worker = new ThreadCtor(file);
    this.worker.on("message", (msg: { id: number; result?: LpSolution; error?: string }) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.error) p.reject(new Error(msg.error));
      else p.resolve(msg.result!);
    });
    const fail = (e: Error) => {
      this.dead = e;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new Error(`solver thread exited (code ${code})`)));
  }

  /** Solves one LP on the thread. The LP's buffers are copied, not transferred, so the caller keeps them. */
  readonly solver: LpSolver = (lp: TransportLp) => {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise<LpSolution>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, lp });
    });
  };

  /** Stops the thread immediately (cancels a running solve). */
  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}
