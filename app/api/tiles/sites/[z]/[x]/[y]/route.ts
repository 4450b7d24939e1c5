import { siteTile } from "../../../../../../application/site-tiles";
import { parseTileAddress, SITE_TILE_MAX_ZOOM } from "../../../../../../domain/site-tiles";
import { queryOr400, refuseUnknownParameters } from "../../../../../../http/query";
import { route } from "../../../../../../http/route";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ z: string; x: string; y: string }> };

/** GET /api/tiles/sites/{z}/{x}/{y}.pbf → the registry's sites as a Mapbox Vector Tile (layers "sites", "clusters"). */
export const GET = route<Ctx>(async (request, { params }) => {
  const { z, x, y } = await params;
  const searchParams = new URL(request.url).searchParams;
  refuseUnknownParameters(searchParams, ["v"], "only v (a cache-buster) is allowed");
  const address = queryOr400(parseTileAddress(z, x, y, SITE_TILE_MAX_ZOOM));
  const started = performance.now();
  const { bytes, version, threadMs, cached } = await siteTile(address.z, address.x, address.y);
  const etag = `"${version}"`;
  const headers = {
    ETag: etag,
    // A tile URL carrying the current version (the TileJSON's template) never changes: the browser keeps it without
    // asking again. Without it (or with an old one), revalidate each time and get a body-less 304 while unchanged.
    "Cache-Control": searchParams.get("v") === version ? "public, max-age=31536000, immutable" : "no-cache",
    "Content-Type": "application/vnd.mapbox-vector-tile",
    // Where the time went: on the tile thread (cut + encode; 0 when served from the cache) and in this handler.
    "Server-Timing": `tile;dur=${threadMs.toFixed(1)};desc="${cached ? "cache" : "thread"}", total;dur=${(performance.now() - started).toFixed(1)}`,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(bytes.length ? (bytes as Uint8Array<ArrayBuffer>) : null, {
    status: bytes.length ? 200 : 204,
    headers,
  });
});
