import { siteTileIndex } from "../../../application/site-tiles";
import { SITE_TILE_MAX_ZOOM, type SiteTileJson } from "../../../domain/site-tiles";
import { json } from "../../../http/responses";
import { refuseUnknownParameters } from "../../../http/query";
import { route } from "../../../http/route";

export const dynamic = "force-dynamic";

/** GET /api/tiles/sites → TileJSON for the site tiles, with the registry's site count and filter facets. */
export const GET = route(async (request) => {
  refuseUnknownParameters(new URL(request.url).searchParams);
  const info = await siteTileIndex();
  const body: SiteTileJson = {
    tilejson: "3.0.0",
    // Relative to this server (clients resolve it against the page URL), with the version as a cache-buster.
    tiles: [`/api/tiles/sites/{z}/{x}/{y}.pbf?v=${info.version}`],
    minzoom: 0,
    maxzoom: SITE_TILE_MAX_ZOOM,
    bounds: [-180, -85.0511, 180, 85.0511],
    vector_layers: [
      {
        id: "sites",
        fields: {
          id: "String",
          name: "String",
          nameEn: "String",
          role: "String",
          produces: "String",
          absorbs: "String",
          synthetic: "Boolean",
          status: "String",
          sizeTonnesPerYear: "Number",
        },
      },
      {
        id: "clusters",
        fields: {
          count: "Number",
          countLabel: "String",
          nProducer: "Number",
          nConsumer: "Number",
          nBoth: "Number",
          nNone: "Number",
          nSynthetic: "Number",
          produces: "String",
          absorbs: "String",
          statuses: "String",
        },
      },
    ],
    version: info.version,
    siteCount: info.siteCount,
    clustered: info.clustered,
    facets: info.facets,
  };
  return json(body, {
    headers: {
      "Cache-Control": "no-store",
      // How long the tile thread took to read the registry from SQLite and build this index.
      "Server-Timing": `read;dur=${info.readMs.toFixed(0)}, build;dur=${info.buildMs.toFixed(0)}`,
    },
  });
});
