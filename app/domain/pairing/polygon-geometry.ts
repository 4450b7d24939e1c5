/**
 * Fast checks on drawn scope polygons (a run's area, up to MAX_POLYGON_VERTICES positions). Self-crossing is found with
 * a sweep line in O(n log n) (turf's kinks compares every pair of edges: 24k vertices froze the server for 22 s).
 * Point-in-polygon uses horizontal bands of edges, so testing thousands of sites costs a few edges each instead of
 * every vertex.
 */
import type { PolygonGeometry } from "./types";

/** Most positions a drawn scope polygon may have (all rings together); larger areas are refused with 422. */
export const MAX_POLYGON_VERTICES = 10_000;

type Pos = [number, number];
type Ring = Pos[];

/** The rings of a Polygon or MultiPolygon, as arrays of [lng, lat]. */
export function polygonRings(geometry: PolygonGeometry): Ring[] {
  return geometry.type === "Polygon" ? (geometry.coordinates as Ring[]) : (geometry.coordinates as Ring[][]).flat();
}

/** Number of positions over all rings (counted without looking inside malformed rings). */
export function countPositions(geometry: { type?: unknown; coordinates?: unknown }): number {
  const walk = (v: unknown, depth: number): number => {
    if (!Array.isArray(v)) return 0;
    if (depth === 0) return v.length;
    let n = 0;
    for (const x of v) n += walk(x, depth - 1);
    return n;
  };
  return walk(geometry.coordinates, geometry.type === "MultiPolygon" ? 2 : 1);
}

interface Edge {
  ring: number;
  index: number;
  ringEdges: number;
  ax: number;
  ay: number;
  bx: number;
  by: number;
}

function edgesOf(rings: Ring[]): Edge[] {
  const edges: Edge[] = [];
  rings.forEach((ring, r) => {
    const n = ring.length - 1; // closed: last position repeats the first
    for (let i = 0; i < n; i++) {
      const [ax, ay] = ring[i];
      const [bx, by] = ring[i + 1];
      if (ax === bx && ay === by) continue; // repeated position: not an edge
      edges.push({ ring: r, index: i, ringEdges: n, ax, ay, bx, by });
    }
  });
  return edges;
}

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
const onSegment = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  Math.min(ax, bx) <= cx && cx <= Math.max(ax, bx) && Math.min(ay, by) <= cy && cy <= Math.max(ay, by);

/** The geometry's edges as flat typed arrays (no per-edge objects: a 10,000-vertex check allocates almost nothing). */
interface EdgeTable {
  n: number;
  ax: Float64Array;
  ay: Float64Array;
  bx: Float64Array;
  by: Float64Array;
  /** Ring number, position of the edge in its ring, and the ring's edge count (for adjacency). */
  ring: Int32Array;
  index: Int32Array;
  ringEdges: Int32Array;
}

function edgeTable(rings: Ring[]): EdgeTable {
  let cap = 0;
  for (const ring of rings) cap += Math.max(0, ring.length - 1);
  const t: EdgeTable = {
    n: 0,
    ax: new Float64Array(cap),
    ay: new Float64Array(cap),
    bx: new Float64Array(cap),
    by: new Float64Array(cap),
    ring: new Int32Array(cap),
    index: new Int32Array(cap),
    ringEdges: new Int32Array(cap),
  };
  rings.forEach((ring, r) => {
    const m = ring.length - 1; // closed: last position repeats the first
    for (let i = 0; i < m; i++) {
      const ax = ring[i][0],
        ay = ring[i][1],
        bx = ring[i + 1][0],
        by = ring[i + 1][1];
      if (ax === bx && ay === by) continue; // repeated position: not an edge
      const k = t.n++;
      t.ax[k] = ax;
      t.ay[k] = ay;
      t.bx[k] = bx;
      t.by[k] = by;
      t.ring[k] = r;
      t.index[k] = i;
      t.ringEdges[k] = m;
    }
  });
  return t;
}

/** True when some position other than a ring's closing one occurs twice (a ring touching itself or another ring). */
function hasRepeatedPosition(rings: Ring[]): boolean {
  let n = 0;
  for (const ring of rings) n += Math.max(0, ring.length - 1);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let k = 0;
  for (const ring of rings)
    for (let i = 0; i < ring.length - 1; i++) {
      xs[k] = ring[i][0];
      ys[k++] = ring[i][1];
    }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((p, q) => xs[p] - xs[q] || ys[p] - ys[q]);
  for (let i = 1; i < n; i++) if (xs[order[i]] === xs[order[i - 1]] && ys[order[i]] === ys[order[i - 1]]) return true;
  return false;
}

/**
 * True when any two edges of the geometry cross, touch or overlap (other than neighbours sharing their vertex), or a
 * position repeats (a ring touching itself). Shamos–Hoey sweep line: edges enter and leave an ordered status list
 * at their endpoints and are only tested against their neighbours in it, so n edges cost O(n log n) comparisons (the
 * status list is a typed array shifted with copyWithin, a memmove, which beats a tree at these sizes).
 */
export function hasSelfIntersection(geometry: PolygonGeometry): boolean {
  const rings = polygonRings(geometry);
  // A repeated position is a self-touch; checking it first also keeps shared vertices out of the sweep's tie cases.
  if (hasRepeatedPosition(rings)) return true;
  const t = edgeTable(rings);
  const { ax, ay, bx, by } = t;
  const n = t.n;
  if (n < 3) return false;
  // Each edge's left (lexicographically smaller) and right endpoint.
  const lx = new Float64Array(n),
    ly = new Float64Array(n),
    rx = new Float64Array(n),
    ry = new Float64Array(n);
  for (let e = 0; e < n; e++) {
    const aFirst = ax[e] < bx[e] || (ax[e] === bx[e] && ay[e] <= by[e]);
    lx[e] = aFirst ? ax[e] : bx[e];
    ly[e] = aFirst ? ay[e] : by[e];
    rx[e] = aFirst ? bx[e] : ax[e];
    ry[e] = aFirst ? by[e] : ay[e];
  }
  // Events: 2e = edge e enters (at its left point), 2e+1 = it leaves (at its right point); insertions before removals
  // at the same point.
  const events = new Int32Array(2 * n);
  for (let i = 0; i < 2 * n; i++) events[i] = i;
  const ex = (v: number) => ((v & 1) === 0 ? lx[v >> 1] : rx[v >> 1]);
  const ey = (v: number) => ((v & 1) === 0 ? ly[v >> 1] : ry[v >> 1]);
  events.sort((p, q) => ex(p) - ex(q) || ey(p) - ey(q) || (p & 1) - (q & 1));

  let px = 0,
    py = 0;
  const yAt = (e: number) => {
    if (ax[e] === bx[e]) return Math.min(Math.max(py, Math.min(ay[e], by[e])), Math.max(ay[e], by[e]));
    return ay[e] + ((by[e] - ay[e]) * (px - ax[e])) / (bx[e] - ax[e]);
  };
  const slope = (e: number) => (ax[e] === bx[e] ? Infinity : (by[e] - ay[e]) / (bx[e] - ax[e]));
  const order = (a: number, b: number) => yAt(a) - yAt(b) || slope(a) - slope(b);

  const meets = (p: number, q: number): boolean => {
    const d1 = orient(ax[q], ay[q], bx[q], by[q], ax[p], ay[p]);
    const d2 = orient(ax[q], ay[q], bx[q], by[q], bx[p], by[p]);
    const d3 = orient(ax[p], ay[p], bx[p], by[p], ax[q], ay[q]);
    const d4 = orient(ax[p], ay[p], bx[p], by[p], bx[q], by[q]);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
    return (
      (d1 === 0 && onSegment(ax[q], ay[q], bx[q], by[q], ax[p], ay[p])) ||
      (d2 === 0 && onSegment(ax[q], ay[q], bx[q], by[q], bx[p], by[p])) ||
      (d3 === 0 && onSegment(ax[p], ay[p], bx[p], by[p], ax[q], ay[q])) ||
      (d4 === 0 && onSegment(ax[p], ay[p], bx[p], by[p], bx[q], by[q]))
    );
  };
  // Consecutive edges of one ring share a vertex by construction; that is not a crossing unless they fold back
  // (collinear and pointing back over each other).
  const adjacent = (p: number, q: number) => {
    if (t.ring[p] !== t.ring[q]) return false;
    const d = Math.abs(t.index[p] - t.index[q]);
    return d === 1 || d === t.ringEdges[p] - 1;
  };
  const foldsBack = (p: number, q: number) => {
    const shared = bx[p] === ax[q] && by[p] === ay[q];
    const sx = shared ? bx[p] : ax[p],
      sy = shared ? by[p] : ay[p];
    const ux = sx === ax[p] && sy === ay[p] ? bx[p] - sx : ax[p] - sx;
    const uy = sx === ax[p] && sy === ay[p] ? by[p] - sy : ay[p] - sy;
    const vx = sx === ax[q] && sy === ay[q] ? bx[q] - sx : ax[q] - sx;
    const vy = sx === ax[q] && sy === ay[q] ? by[q] - sy : ay[q] - sy;
    return ux * vy - uy * vx === 0 && ux * vx + uy * vy > 0;
  };
  const meet = (a: number, b: number) => a >= 0 && b >= 0 && (adjacent(a, b) ? foldsBack(a, b) : meets(a, b));

  const status = new Int32Array(n);
  let size = 0;
  const at = (i: number) => (i >= 0 && i < size ? status[i] : -1);
  const lowerBound = (e: number) => {
    let lo = 0,
      hi = size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(status[mid], e) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (let k = 0; k < events.length; k++) {
    const v = events[k];
    const e = v >> 1;
    px = ex(v);
    py = ey(v);
    if ((v & 1) === 0) {
      const i = lowerBound(e);
      status.copyWithin(i + 1, i, size);
      status[i] = e;
      size++;
      if (meet(e, at(i - 1)) || meet(e, at(i + 1))) return true;
    } else {
      // Find the edge near its ordered place (rounding can shift it by a few slots), else anywhere.
      let i = lowerBound(e);
      if (at(i) !== e) {
        let d = 1;
        while (d < 8 && at(i - d) !== e && at(i + d) !== e) d++;
        i = at(i - d) === e ? i - d : at(i + d) === e ? i + d : status.subarray(0, size).indexOf(e);
      }
      if (i < 0) continue;
      status.copyWithin(i, i + 1, size);
      size--;
      if (meet(at(i - 1), at(i))) return true;
    }
  }
  return false;
}

/** Planar area (degrees²) with the shoelace formula: outer rings minus holes, for the "has no area" check. */
export function planarArea(geometry: PolygonGeometry): number {
  const polys = geometry.type === "Polygon" ? [geometry.coordinates as Ring[]] : (geometry.coordinates as Ring[][]);
  let total = 0;
  for (const rings of polys) {
    rings.forEach((ring, i) => {
      let a = 0;
      for (let k = 0; k < ring.length - 1; k++) a += ring[k][0] * ring[k + 1][1] - ring[k + 1][0] * ring[k][1];
      total += (i === 0 ? 1 : -1) * Math.abs(a / 2);
    });
  }
  return total;
}

/**
 * A point-in-polygon test for many points (even-odd rule over every ring, so holes work): edges are sorted into
 * horizontal bands, and a point only tests the edges of its band. Points on the boundary count as inside.
 */
export function polygonContains(geometry: PolygonGeometry): (lng: number, lat: number) => boolean {
  const edges = edgesOf(polygonRings(geometry));
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const e of edges) {
    minX = Math.min(minX, e.ax, e.bx);
    maxX = Math.max(maxX, e.ax, e.bx);
    minY = Math.min(minY, e.ay, e.by);
    maxY = Math.max(maxY, e.ay, e.by);
  }
  const bands = Math.max(1, Math.ceil(Math.sqrt(edges.length)));
  const h = (maxY - minY) / bands || 1;
  const band = (y: number) => Math.min(bands - 1, Math.max(0, Math.floor((y - minY) / h)));
  const index: Edge[][] = Array.from({ length: bands }, () => []);
  for (const e of edges)
    for (let b = band(Math.min(e.ay, e.by)); b <= band(Math.max(e.ay, e.by)); b++) index[b].push(e);
  return (x, y) => {
    if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) return false;
    let inside = false;
    for (const e of index[band(y)]) {
      if (orient(e.ax, e.ay, e.bx, e.by, x, y) === 0 && onSegment(e.ax, e.ay, e.bx, e.by, x, y)) return true;
      if (e.ay > y !== e.by > y && x < ((e.bx - e.ax) * (y - e.ay)) / (e.by - e.ay) + e.ax) inside = !inside;
    }
    return inside;
  };
}
