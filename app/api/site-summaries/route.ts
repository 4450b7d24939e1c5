import { type NextRequest } from "next/server";
import { encodeSiteCursor } from "../../domain/site-query";
import { parseSiteSummaryQuery } from "../../domain/site-summary";
import { loadSiteSummaries } from "../../data/site-summaries";
import { AppError } from "../../http/app-error";
import { json } from "../../http/responses";
import { route } from "../../http/route";

export const dynamic = "force-dynamic";

/**
 * GET /api/site-summaries?q=&ids=&bbox=&material=&role=&status=&includeSynthetic=&limit=&cursor= → one page of
 * `{ sites: [{ id, name, nameEn, synthetic, status, lng, lat, materials }], numberMatched, numberReturned, next }`
 * (id order; `next` is the URL of the following page or null). For pickers: small answers at any registry size.
 */
export const GET = route(async (req) => {
  const request = req as NextRequest;
  const parsed = parseSiteSummaryQuery(request.nextUrl.searchParams);
  if (!parsed.ok) throw new AppError(400, parsed.error);
  const { sites, nextAfterId, numberMatched } = await loadSiteSummaries(parsed.value.query, parsed.value.paging);
  let next: string | null = null;
  if (nextAfterId !== null) {
    const url = new URL(request.nextUrl.href);
    url.searchParams.set("cursor", encodeSiteCursor(nextAfterId));
    next = `${url.pathname}${url.search}`;
  }
  return json(
    { sites, numberMatched, numberReturned: sites.length, next },
    { headers: { "Cache-Control": "no-store" } },
  );
});
