/**
 * Where each park's name goes on the map. Several parks share a centre (Hejin: the demonstration base, Chalco's
 * base and the red-mud area sit on the county seat), so labels at one point get different anchors (below, above,
 * west, east) with offsets that clear each other; and labels carry a priority so the plan's bases and pilot parks
 * win collisions (and show at the provincial zoom).
 */
import { greatCircleKm } from "./distance";

/** Label priority per park kind: lower is placed first (MapLibre symbol-sort-key). */
export const PARK_LABEL_RANK: Record<string, number> = {
  "national-base": 0,
  "demo-base": 1,
  "pilot-park": 2,
  "red-mud-area": 3,
  "coal-chemical-base": 4,
  "chemical-park": 5,
  "energy-park": 6,
};
/** Kinds whose labels show from the provincial zoom; the rest from county zoom. */
export const MAJOR_PARK_LABEL_MAX_RANK = 2;

/**
 * Parks closer than this share a label point (the first one's centre): at county zoom their names would collide
 * anyway, e.g. Chalco's base sits at the real aluminium complex 7.5 km from the Hejin seat where three others are.
 */
const SHARED_POINT_KM = 10;
/** Label width in em (MapLibre text-max-width) and a line's height in em. */
export const PARK_LABEL_MAX_WIDTH_EM = 9;
const LINE_EM = 1.2;
/** Gap between the point and the nearest label edge, in em. */
const GAP_EM = 0.6;

export type LabelAnchor = "top" | "bottom" | "left" | "right";

export interface ParkLabelInput {
  id: string;
  kind: string;
  center: [number, number];
  /** The label text (in the UI language). */
  name: string;
}

export interface ParkLabelPlacement {
  id: string;
  rank: number;
  anchor: LabelAnchor;
  /** MapLibre text-offset, em. */
  offsetEm: [number, number];
  /** Where the label is anchored: the park's centre, or the shared point of its group. */
  labelCenter: [number, number];
}

/** Rank of a park kind (unknown kinds last). */
export function parkLabelRank(kind: string): number {
  return PARK_LABEL_RANK[kind] ?? 9;
}

/** Upper estimate of the lines a name wraps to at PARK_LABEL_MAX_WIDTH_EM (CJK ≈ 1 em, Latin ≈ 0.55 em a character). */
export function labelLines(name: string): number {
  let em = 0;
  for (const ch of name) em += /[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.55;
  // A name exactly as wide as the limit still wraps (MapLibre breaks CJK lines to balance them), so count one more.
  return Math.floor(em / PARK_LABEL_MAX_WIDTH_EM) + 1;
}

/** Anchors and offsets for every park label: a lone park sits on its centre; co-located parks spread out. */
export function placeParkLabels(parks: readonly ParkLabelInput[]): ParkLabelPlacement[] {
  const ordered = [...parks].sort((a, b) => parkLabelRank(a.kind) - parkLabelRank(b.kind) || a.id.localeCompare(b.id));
  const groups: ParkLabelInput[][] = [];
  for (const p of ordered) {
    const group = groups.find((g) => greatCircleKm(g[0].center, p.center) < SHARED_POINT_KM);
    if (group) group.push(p);
    else groups.push([p]);
  }
  const out = new Map<string, ParkLabelPlacement>();
  for (const group of groups) {
    if (group.length === 1) {
      const p = group[0];
      out.set(p.id, { id: p.id, rank: parkLabelRank(p.kind), anchor: "top", offsetEm: [0, 0], labelCenter: p.center });
      continue;
    }
    // Side labels (3rd and 4th) are vertically centred on the point; labels above and below start past their half height.
    const sides = group.slice(2, 4);
    const sideHalf = Math.max(0, ...sides.map((p) => (labelLines(p.name) * LINE_EM) / 2));
    // Collision boxes add padding around each line, so leave a clear em between the side label and the others.
    const vertical = Math.max(GAP_EM, sideHalf + 1.0);
    const slots: { anchor: LabelAnchor; offsetEm: [number, number] }[] = [
      { anchor: "top", offsetEm: [0, vertical] }, // below the point
      { anchor: "bottom", offsetEm: [0, -vertical] }, // above
      { anchor: "right", offsetEm: [-GAP_EM - 0.4, 0] }, // west
      { anchor: "left", offsetEm: [GAP_EM + 0.4, 0] }, // east
    ];
    group.forEach((p, i) => {
      // A fifth park at one point gets no slot of its own: it sits below the first, after it in priority.
      const slot = slots[i] ?? {
        anchor: "top" as const,
        offsetEm: [0, vertical + labelLines(group[0].name) * LINE_EM + GAP_EM] as [number, number],
      };
      out.set(p.id, { id: p.id, rank: parkLabelRank(p.kind), ...slot, labelCenter: group[0].center });
    });
  }
  return parks.map((p) => out.get(p.id)!);
}
