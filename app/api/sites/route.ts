import { type NextRequest } from "next/server";
import { encodeSiteCursor, parseSiteQuery } from "../../domain/site-query";
import { siteFeature } from "../../domain/site-features";
import { loadSitesPageForApi } from "../../application/sites-geojson";
import { createSite } from "../../data/site-edit";
import { siteInputSchema } from "../../domain/import/site-input";
import { AppError } from "../../http/app-error";
import { readJson } from "../../http/body";
import { guardMutation } from "../../http/guard";
import { json } from "../../http/responses";
import { route } from "../../http/route";

export const dynamic = "force-dynamic";

/** Features serialised per stream chunk: small enough that no event-loop turn is long. */
const FEATURES_PER_CHUNK = 250;

/**
 * GET /api/sites?material=&bbox=&role=&status=&includeSynthetic=&limit=&cursor= → one page of registry sites (by id,
 * read from the database a page at a time, so the cost does not grow with the registry) as a GeoJSON
 * FeatureCollection with `numberMatched`, `numberReturned` and a `next` link (see README "## API"). The body is
 * streamed: features are serialised a chunk at a time as the client reads.
 */
export const GET = route(async (req) => {
  const request = req as NextRequest;
  const query = parseSiteQuery(request.nextUrl.searchParams);
  if (!query.ok) throw new AppError(400, query.error);
  const {
    sites: page,
    nextAfterId,
    numberMatched,
    lookups,
  } = await loadSitesPageForApi(query.value, query.value.paging);
  const links: { rel: string; href: string; type: string }[] = [];
  const headers: Record<string, string> = { "Content-Type": "application/geo+json; charset=utf-8" };
  if (nextAfterId !== null) {
    const next = new URL(request.nextUrl.href);
    next.searchParams.set("cursor", encodeSiteCursor(nextAfterId));
    links.push({ rel: "next", href: next.href, type: "application/geo+json" });
    headers.Link = `<${next.href}>; rel="next"`;
  }
  const head = `{"type":"FeatureCollection","numberMatched":${numberMatched},"numberReturned":${page.length},"links":${JSON.stringify(links)},"features":[`;
  const encoder = new TextEncoder();
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(head));
    },
    pull(controller) {
      const end = Math.min(i + FEATURES_PER_CHUNK, page.length);
      let text = "";
      for (; i < end; i++) text += (i > 0 ? "," : "") + JSON.stringify(siteFeature(page[i], lookups));
      if (i >= page.length) {
        controller.enqueue(encoder.encode(`${text}]}`));
        controller.close();
      } else controller.enqueue(encoder.encode(text));
    },
  });
  return new Response(body, { headers });
});

/** POST /api/sites (JSON site with outputs/intakes; editor role; unknown keys are errors) → 201 { id }. County by point-in-polygon. */
export const POST = route(async (request) => {
  const actor = await guardMutation(request, "editor");
  const input = await readJson(request, siteInputSchema);
  const result = await createSite(actor.label, input);
  if ("error" in result) {
    throw new AppError(
      422,
      result.error === "outside-province"
        ? "the position is outside Shanxi: check the coordinates or set outsideProvince: true"
        : "parkId does not name a park",
    );
  }
  return json(result, { status: 201 });
});
