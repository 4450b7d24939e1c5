/**
 * Field-by-field changes between an audit entry's before and after (sites as stored by canonicalSite): scalars by
 * field, flows (outputs, intakes) matched by material (and route) and compared property by property, so a change
 * of one output's tonnage reads "outputs · red-mud · tonnesPerYear: 250000 → 260000", not two JSON blobs.
 */

export type AuditValue = string | number | boolean | null;

export interface AuditChange {
  /** Top-level field ("name", "outputs", …). */
  field: string;
  /** For a flow: its material and (intakes) route; null for a plain field. */
  item: { material: string; route: string | null } | null;
  /** For a flow: the property that changed ("tonnesPerYear"), or null when the whole flow was added or removed. */
  property: string | null;
  before: AuditValue;
  after: AuditValue;
}

type Row = Record<string, unknown>;

const FLOW_FIELDS = new Set(["outputs", "intakes"]);
/** Bookkeeping keys of the after record, not fields of the site. */
const SKIP = new Set(["changed"]);

function scalar(v: unknown): AuditValue {
  if (v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return JSON.stringify(v);
}

function flowKey(f: Row): string {
  return `${String(f.material)}|${f.route === undefined || f.route === null ? "" : String(f.route)}`;
}

function flowChanges(field: string, before: unknown, after: unknown): AuditChange[] {
  const list = (v: unknown) => (Array.isArray(v) ? (v as Row[]) : []);
  const b = new Map(list(before).map((f) => [flowKey(f), f]));
  const a = new Map(list(after).map((f) => [flowKey(f), f]));
  const out: AuditChange[] = [];
  for (const key of new Set([...b.keys(), ...a.keys()])) {
    const fb = b.get(key);
    const fa = a.get(key);
    const src = (fa ?? fb)!;
    const item = { material: String(src.material), route: src.route == null ? null : String(src.route) };
    if (!fb || !fa) {
      // Added or removed as a whole: its main quantity stands for it.
      const q = (f: Row | undefined) =>
        f ? scalar(f.tonnesPerYear ?? f.capacityTonnesPerYear ?? Object.keys(f).length) : null;
      out.push({ field, item, property: null, before: q(fb), after: q(fa) });
      continue;
    }
    for (const p of new Set([...Object.keys(fb), ...Object.keys(fa)])) {
      if (p === "material" || p === "route") continue;
      if (JSON.stringify(fb[p] ?? null) !== JSON.stringify(fa[p] ?? null))
        out.push({ field, item, property: p, before: scalar(fb[p]), after: scalar(fa[p]) });
    }
  }
  return out;
}

/** Every change between two audit snapshots (either may be null: created or deleted), fields in their stored order. */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const b = (before ?? {}) as Row;
  const a = (after ?? {}) as Row;
  const out: AuditChange[] = [];
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (SKIP.has(field)) continue;
    if (FLOW_FIELDS.has(field)) out.push(...flowChanges(field, b[field], a[field]));
    else if (JSON.stringify(b[field] ?? null) !== JSON.stringify(a[field] ?? null))
      out.push({ field, item: null, property: null, before: scalar(b[field]), after: scalar(a[field]) });
  }
  return out;
}

/** "250,000 → 260,000": both sides formatted by `format` ("—" for none). */
export function changeText(change: Pick<AuditChange, "before" | "after">, format: (v: AuditValue) => string): string {
  const side = (v: AuditValue) => (v === null ? "—" : format(v));
  return `${side(change.before)} → ${side(change.after)}`;
}
