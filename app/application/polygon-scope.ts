import "server-only";
/**
 * The crossing (and area) check of a drawn pairing scope. The request schema has already run the linear checks (size cap, rings,
 * closure, ranges: app/domain/pairing/scope.ts); whether edges cross is an n·log n sweep (≈ 10–20 ms of CPU at the
 * 10,000-position cap, several times that on a loaded machine), so large polygons are checked on an app worker thread
 * and only small ones (areas clicked on the map) inline.
 */
import { AppError } from "../http/app-error";
import { countPositions, hasSelfIntersection } from "../domain/pairing/polygon-geometry";
import { polygonShapeProblem } from "../domain/pairing/scope";
import type { PairingScope } from "../domain/pairing/types";
import { runOffThread } from "./off-thread";

/** Up to this many positions the crossing check runs inline (well under a millisecond); beyond, on a worker. */
export const INLINE_CROSSING_CHECK_MAX_POSITIONS = 1000;

/** Throws 400 (`scope.geometry: invalid polygon: …`) when a polygon scope's edges cross or it has no area. */
export async function assertUsablePolygonScope(scope: PairingScope): Promise<void> {
  if (scope.kind !== "polygon") return;
  const crosses =
    countPositions(scope.geometry) <= INLINE_CROSSING_CHECK_MAX_POSITIONS
      ? hasSelfIntersection(scope.geometry)
      : await runOffThread<boolean>({ task: "polygon-crossing", input: { geometry: scope.geometry } });
  const problem = polygonShapeProblem(scope.geometry, crosses);
  if (problem) {
    const message = `invalid polygon: ${problem}`;
    throw new AppError(400, `scope.geometry: ${message}`, [{ path: "scope.geometry", message }]);
  }
}
