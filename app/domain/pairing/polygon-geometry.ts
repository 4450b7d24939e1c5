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

/** True when segments p and q share any point (touching and collinear overlap included). */
function segmentsMeet(p: Edge, q: Edge): boolean {
  const d1 = orient(q.ax, q.ay, q.bx, q.by, p.ax, p.ay);
  const d2 = orient(q.ax, q.ay, q.bx, q.by, p.bx, p.by);
  const d3 = orient(p.ax, p.ay, p.bx, p.by, q.ax, q.ay);
  const d4 = orient(p.ax, p.ay, p.bx, p.by, q.bx, q.by);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (
    (d1 === 0 && onSegment(q.ax, q.ay, q.bx, q.by, p.ax, p.ay)) ||
    (d2 === 0 && onSegment(q.ax, q.ay, q.bx, q.by, p.bx, p.by)) ||
    (d3 === 0 && onSegment(p.ax, p.ay, p.bx, p.by, q.ax, q.ay)) ||
    (d4 === 0 && onSegment(p.ax, p.ay, p.bx, p.by, q.bx, q.by))
  );
}

/** Consecutive edges of one ring share a vertex by construction; that is not a crossing unless they fold back. */
function adjacent(p: Edge, q: Edge): boolean {
  if (p.ring !== q.ring) return false;
  const d = Math.abs(p.index - q.index);
  return d === 1 || d === p.ringEdges - 1;
}

function foldsBack(p: Edge, q: Edge): boolean {
  // Adjacent edges meet at their shared vertex; they overlap only when collinear and pointing back over each other.
  const [sx, sy] = p.bx === q.ax && p.by === q.ay ? [p.bx, p.by] : [p.ax, p.ay];
  const [ux, uy] = sx === p.ax && sy === p.ay ? [p.bx - sx, p.by - sy] : [p.ax - sx, p.ay - sy];
  const [vx, vy] = sx === q.ax && sy === q.ay ? [q.bx - sx, q.by - sy] : [q.ax - sx, q.ay - sy];
  return ux * vy - uy * vx === 0 && ux * vx + uy * vy > 0;
}

/**
 * True when any two edges of the geometry cross, touch or overlap (other than neighbours sharing their vertex), or a
 * position repeats (a ring touching itself). Shamos–Hoey sweep line: edges enter and leave an ordered status list
 * at their endpoints and are only tested against their neighbours in it, so n edges cost O(n log n) comparisons.
 */
export function hasSelfIntersection(geometry: PolygonGeometry): boolean {
  const rings = polygonRings(geometry);
  // A repeated position (other than each ring's closing one) is a self-touch; checking it here also keeps shared
  // vertices out of the sweep's tie cases.
  const seen = new Set<string>();
  for (const ring of rings) {
    for (let i = 0; i < ring.length - 1; i++) {
      const key = `${ring[i][0]},${ring[i][1]}`;
      if (seen.has(key)) return true;
      seen.add(key);
    }
  }
  const edges = edgesOf(rings);
  if (edges.length < 3) return false;
  type Event = { x: number; y: number; insert: boolean; e: Edge };
  const events: Event[] = [];
  for (const e of edges) {
    const aFirst = e.ax < e.bx || (e.ax === e.bx && e.ay <= e.by);
    const [lx, ly, rx, ry] = aFirst ? [e.ax, e.ay, e.bx, e.by] : [e.bx, e.by, e.ax, e.ay];
    events.push({ x: lx, y: ly, insert: true, e }, { x: rx, y: ry, insert: false, e });
  }
  events.sort((p, q) => p.x - q.x || p.y - q.y || (p.insert === q.insert ? 0 : p.insert ? -1 : 1));
  let px = 0,
    py = 0;
  const yAt = (e: Edge) => {
    if (e.ax === e.bx) return Math.min(Math.max(py, Math.min(e.ay, e.by)), Math.max(e.ay, e.by));
    return e.ay + ((e.by - e.ay) * (px - e.ax)) / (e.bx - e.ax);
  };
  const slope = (e: Edge) => (e.ax === e.bx ? Infinity : (e.by - e.ay) / (e.bx - e.ax));
  const order = (a: Edge, b: Edge) => yAt(a) - yAt(b) || slope(a) - slope(b);
  const meet = (a: Edge | undefined, b: Edge | undefined) =>
    a !== undefined && b !== undefined && (adjacent(a, b) ? foldsBack(a, b) : segmentsMeet(a, b));
  const status: Edge[] = [];
  const lowerBound = (e: Edge) => {
    let lo = 0,
      hi = status.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(status[mid], e) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const ev of events) {
    px = ev.x;
    py = ev.y;
    if (ev.insert) {
      const i = lowerBound(ev.e);
      status.splice(i, 0, ev.e);
      if (meet(ev.e, status[i - 1]) || meet(ev.e, status[i + 1])) return true;
    } else {
      // Find the edge near its ordered place (rounding can shift it by a few slots), else anywhere.
      let i = lowerBound(ev.e);
      if (status[i] !== ev.e) {
        let k = 1;
        while (k < 8 && status[i - k] !== ev.e && status[i + k] !== ev.e) k++;
        i = status[i - k] === ev.e ? i - k : status[i + k] === ev.e ? i + k : status.indexOf(ev.e);
      }
      if (i < 0) continue;
      status.splice(i, 1);
      if (meet(status[i - 1], status[i])) return true;
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
