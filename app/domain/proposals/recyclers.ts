/**
 * Which sites count as "primarily a recycler" for Chertow's 3-2 test.
 *
 * Chertow counts only entities whose main business is not recycling, so a recycling yard linking
 * two firms is not symbiosis. A site is a recycler when its industry code is GB/T 4754-2017
 * division 42 (废弃资源综合利用业, "42", "421", "422") or one of the industry codes below: the
 * app's own (app/domain/industries.ts) whose whole business is recovering material from waste —
 * recycled-aggregate plants and iron recovery from red mud — plus common recycler slugs that imports
 * may carry. Building-material makers that use wastes as feedstock (cement, bricks, gypsum board,
 * ceramsite, alumina extraction) are NOT recyclers: their primary business is their product.
 */
export const RECYCLER_INDUSTRIES: ReadonlySet<string> = new Set([
  "recycled-aggregate",
  "iron-recovery",
  "recycling",
  "waste-recycling",
  "resource-recycling",
  "resource-recovery",
  "scrap-recycling",
  "scrap-metal",
  "waste-treatment",
  "waste-disposal",
  "construction-waste-recycling",
]);

/** True when the site's industry marks it as primarily a recycler (see module comment). */
export function isRecycler(industry: string | null | undefined): boolean {
  if (!industry) return false;
  const code = industry.trim().toLowerCase();
  if (/^42\d{0,2}$/.test(code)) return true;
  return RECYCLER_INDUSTRIES.has(code);
}
