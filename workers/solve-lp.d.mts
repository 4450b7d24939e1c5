import type { Highs } from "highs";
import type { LpSolution, TransportLp } from "../app/domain/pairing/types";

/** Solves one LP with a loaded HiGHS runtime; the model is disposed afterwards. */
export function solveLp(highs: Highs, lp: TransportLp): LpSolution;
