/**
 * Typed-place search: ranks sites, counties, cities and parks against partial input in Chinese or English.
 * Pure and deterministic; the data layer supplies the places.
 */
import { z } from "zod";

export type PlaceKind = "county" | "city" | "park" | "site";

export interface Place {
  kind: PlaceKind;
  id: string;
  name: string;
  nameEn: string;
  lng: number;
  lat: number;
  /** Extra searchable words (e.g. the county a site is in), not shown as the name. */
  aliases?: readonly string[];
  /** For a site: the park it belongs to (a site matched by its own name ranks above its park). */
  parkId?: string | null;
}

export interface RankedPlace extends Place {
  score: number;
  /** How the best name matched, for explaining the order. */
  match: MatchKind;
}

export type MatchKind = "exact" | "prefix" | "word-prefix" | "substring" | "fuzzy";

const MATCH_SCORE: Record<MatchKind, number> = {
  exact: 1000,
  prefix: 800,
  "word-prefix": 650,
  substring: 500,
  fuzzy: 200,
};
// Within a match kind, places (areas) before sites, because a typed county or park is usually the intent.
const ALIAS_CAP = 300;
const KIND_BONUS: Record<PlaceKind, number> = { county: 40, city: 35, park: 30, site: 0 };
// Administrative suffixes a user often leaves out ("河津" for 河津市) or adds.
const SUFFIXES = ["特别行政区", "自治县", "新区", "市", "县", "区", "county", "city", "district"];

/** Lower-case, full-width to half-width (NFKC), spaces/punctuation removed: the form names are compared in. */
export function normalizePlaceText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

function stripSuffix(text: string): string {
  for (const s of SUFFIXES) if (text.length > s.length && text.endsWith(s)) return text.slice(0, -s.length);
  return text;
}

/** Words of an English name, normalised (for "shan" → "Shanxi Coal" word-prefix matches). */
function words(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
}

/** Characters of `query` appear in `name` in order; returns the number of gaps, or -1. */
function subsequenceGaps(query: string, name: string): number {
  let qi = 0;
  let gaps = 0;
  let last = -1;
  for (let i = 0; i < name.length && qi < query.length; i++) {
    if (name[i] === query[qi]) {
      if (last >= 0 && i !== last + 1) gaps++;
      last = i;
      qi++;
    }
  }
  return qi === query.length ? gaps : -1;
}

// Normalised forms of names, computed once per distinct name: a search over 10^5 places otherwise normalises every
// name again on every keystroke. Bounded: cleared when it grows past a registry's worth of names.
const normalised = new Map<string, { n: string; words: string[] }>();
const NORMALISED_MAX = 400_000;

function normalisedName(name: string): { n: string; words: string[] } {
  let hit = normalised.get(name);
  if (!hit) {
    if (normalised.size >= NORMALISED_MAX) normalised.clear();
    hit = { n: normalizePlaceText(name), words: words(name) };
    normalised.set(name, hit);
  }
  return hit;
}

/** Normalises a place's names ahead of searches (searches then only look them up); for spreading the work out. */
export function preparePlaceNames(place: Place): void {
  normalisedName(place.name);
  normalisedName(place.nameEn);
  for (const alias of place.aliases ?? []) normalisedName(alias);
}

/** Best match of a normalised query against one name, with a score (higher is better), or null. */
export function matchName(query: string, name: string): { kind: MatchKind; score: number } | null {
  const { n, words: ws } = normalisedName(name);
  if (!query || !n) return null;
  const shorter = (base: number) => base - Math.min(100, Math.max(0, n.length - query.length));
  if (n === query || stripSuffix(n) === stripSuffix(query)) return { kind: "exact", score: MATCH_SCORE.exact };
  if (n.startsWith(query)) return { kind: "prefix", score: shorter(MATCH_SCORE.prefix) };
  if (ws.length > 1 && ws.some((w) => w.startsWith(query)))
    return { kind: "word-prefix", score: shorter(MATCH_SCORE["word-prefix"]) };
  const at = n.indexOf(query);
  if (at >= 0) return { kind: "substring", score: shorter(MATCH_SCORE.substring) - Math.min(50, at) };
  // Fuzzy only for queries of 2+ characters, so single letters do not match everything.
  if (query.length >= 2) {
    const gaps = subsequenceGaps(query, n);
    if (gaps >= 0 && gaps <= Math.max(1, Math.min(2, Math.floor(query.length / 3))))
      return { kind: "fuzzy", score: shorter(MATCH_SCORE.fuzzy) - 20 * gaps };
  }
  return null;
}

/** Scores a place against raw input (best of its Chinese name, English name and aliases); null when no match. */
export function scorePlace(place: Place, input: string): RankedPlace | null {
  return scoreNormalised(place, normalizePlaceText(input));
}

function scoreNormalised(place: Place, query: string): RankedPlace | null {
  if (!query) return null;
  let best: { kind: MatchKind; score: number } | null = null;
  for (const name of [place.name, place.nameEn]) {
    const m = matchName(query, name);
    if (m && (!best || m.score > best.score)) best = m;
  }
  // An alias match (e.g. the site's county) counts for less than any direct match of the place's own name.
  for (const alias of place.aliases ?? []) {
    const m = matchName(query, alias);
    const score = m ? Math.min(m.score, ALIAS_CAP) : -1;
    if (m && (!best || score > best.score)) best = { kind: m.kind, score };
  }
  return best ? { ...place, score: best.score + KIND_BONUS[place.kind], match: best.kind } : null;
}

/** Places matching a query so far, and the best own-name score of each park's member sites. */
export interface PlaceMatches {
  ranked: RankedPlace[];
  bestMemberScore: Map<string, number>;
}

/**
 * Adds the places of `places` that match a normalised query to `into` (so a long list can be matched in slices).
 */
export function matchPlaces(
  places: readonly Place[],
  query: string,
  into: PlaceMatches = { ranked: [], bestMemberScore: new Map() },
): PlaceMatches {
  for (const p of places) {
    const r = scoreNormalised(p, query);
    if (!r) continue;
    into.ranked.push(r);
    if (p.kind === "site" && p.parkId && (matchName(query, p.name) || matchName(query, p.nameEn))) {
      into.bestMemberScore.set(p.parkId, Math.max(into.bestMemberScore.get(p.parkId) ?? -Infinity, r.score));
    }
  }
  return into;
}

/**
 * The best `limit` matches, best first (ties: kind, then Chinese name, then id). An enterprise whose own name matches
 * ranks above the park it belongs to ("中铝" → the Chalco plant before Chalco's base): the user typed the
 * enterprise's name, and the park is where it sits.
 */
export function bestPlaces({ ranked, bestMemberScore }: PlaceMatches, limit: number): RankedPlace[] {
  for (const r of ranked) {
    const member = r.kind === "park" ? bestMemberScore.get(r.id) : undefined;
    if (member !== undefined && r.score >= member) r.score = member - 1;
  }
  const byNumbers = (a: RankedPlace, b: RankedPlace) => b.score - a.score || KIND_BONUS[b.kind] - KIND_BONUS[a.kind];
  // Order by the numeric keys first (cheap), then compare names only among the places tied with or above the last
  // one kept (a one-character query can match 10^4 sites).
  ranked.sort(byNumbers);
  const keep = Math.max(0, limit);
  if (keep === 0) return [];
  let end = Math.min(keep, ranked.length);
  while (end < ranked.length && byNumbers(ranked[end], ranked[keep - 1]) === 0) end++;
  return ranked
    .slice(0, end)
    .sort(
      (a, b) =>
        byNumbers(a, b) || a.name.localeCompare(b.name, "zh-Hans-CN") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, keep);
}

/** Places matching the input, best first; at most `limit` (matchPlaces, then bestPlaces). */
export function searchPlaces(places: readonly Place[], input: string, limit = 10): RankedPlace[] {
  return bestPlaces(matchPlaces(places, normalizePlaceText(input)), limit);
}

/** Validates GET /api/places parameters: q (1–50 characters after trimming) and limit (1–50, default 10). */
export function parsePlaceQuery(
  params: URLSearchParams,
): { ok: true; value: { q: string; limit: number } } | { ok: false; error: string } {
  const known = new Set(["q", "limit"]);
  for (const key of params.keys()) if (!known.has(key)) return { ok: false, error: `unknown parameter(s): ${key}` };
  const parsed = placeQuerySchema.safeParse({
    q: params.get("q") ?? undefined,
    limit: params.get("limit") ?? undefined,
  });
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "invalid query" };
  return { ok: true, value: parsed.data };
}

const placeQuerySchema = z.object({
  q: z
    .string({ error: "q is required: part of a site, county, city or park name (Chinese or English)" })
    .trim()
    .min(1, "q must not be blank")
    .max(50, "q must be at most 50 characters"),
  limit: z
    .string()
    .regex(/^\d+$/, "limit must be a whole number from 1 to 50")
    .transform(Number)
    .refine((n) => n >= 1 && n <= 50, "limit must be a whole number from 1 to 50")
    .default(10),
});
