import { NextResponse, type NextRequest } from "next/server";
import { encodeSiteCursor, parseSiteQuery } from "../../domain/site-query";
import { siteFeature } from "../../domain/site-features";
import { loadSitesPageForApi } from "../../data/sites-geojson";
import { authorizeMutation } from "../../data/auth";
import { createSite } from "../../data/site-edit";
import { siteInputSchema } from "../../domain/import/site-input";

export const dynamic = "force-dynamic";

/** Features serialised per stream chunk: small enough that no event-loop turn is long. */
const FEATURES_PER_CHUNK = 250;

/**
 * GET /api/sites?material=&bbox=&role=&status=&includeSynthetic=&limit=&cursor= → one page of registry sites (by id,
 * read from the database a page at a time, so the cost does not grow with the registry) as a GeoJSON
 * FeatureCollection with `numberMatched`, `numberReturned` and a `next` link (see README "## API"). The body is
 * streamed: features are serialised a chunk at a time as the client reads.
 */
export async function GET(request: NextRequest) {
  const query = parseSiteQuery(request.nextUrl.searchParams);
  if (!query.ok) return NextResponse.json({ error: query.error }, { status: 400 });
  const { sites: page, nextAfterId, numberMatched, lookups } = await loadSitesPageForApi(query.value, query.value.paging);
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
}

/** POST /api/sites (JSON site with outputs/intakes; editor role) → 201 { id }. County by point-in-polygon. */
export async function POST(request: Request) {
  const auth = await authorizeMutation(request, "editor");
  if (!auth.ok) return auth.response;
  const body = await request.json().catch(() => undefined);
  const input = siteInputSchema.safeParse(body);
  if (!input.success) {
    const issues = input.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    return NextResponse.json({ error: issues.map((i) => `${i.path}: ${i.message}`).join("; "), issues }, { status: 422 });
  }
  const result = await createSite(auth.user.username, input.data);
  if ("error" in result) {
    const message = result.error === "outside-province" ? "the position is outside Shanxi: check the coordinates or set outsideProvince: true" : "parkId does not name a park";
    return NextResponse.json({ error: message }, { status: 422 });
  }
  return NextResponse.json(result, { status: 201 });
}
