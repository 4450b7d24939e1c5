/**
 * `?fit=west,south,east,north` on the map page: a view to frame on load (e.g. "View on map" after an import frames
 * the imported sites). Pure parse/serialise.
 */

export type FitBounds = [[number, number], [number, number]];

/** The bounds of points, as the `fit` parameter value (5 decimals ≈ 1 m), or null for no points. */
export function fitParamOf(points: readonly { lng: number; lat: number }[]): string | null {
  const ok = points.filter((p) => Number.isFinite(p.lng) && Number.isFinite(p.lat));
  if (ok.length === 0) return null;
  const lngs = ok.map((p) => p.lng);
  const lats = ok.map((p) => p.lat);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)]
    .map((v) => v.toFixed(5))
    .join(",");
}

/** Reads a `fit` parameter; null when absent or malformed (out of range, west > east, south > north). */
export function parseFitParam(raw: string | string[] | undefined | null): FitBounds | null {
  if (typeof raw !== "string") return null;
  const v = raw.split(",").map(Number);
  if (v.length !== 4 || v.some((x) => !Number.isFinite(x))) return null;
  const [w, s, e, n] = v;
  if (Math.abs(w) > 180 || Math.abs(e) > 180 || Math.abs(s) > 90 || Math.abs(n) > 90 || w > e || s > n) return null;
  return [
    [w, s],
    [e, n],
  ];
}
