import { getTranslations } from "next-intl/server";
import { AtlasApp } from "./ui/atlas/atlas-app";
import { SearchMapLayers } from "./ui/search/search-map-layers";
import { SearchPanel } from "./ui/search/search-panel";
import { siteFilterFromSearchParams } from "./ui/map/site-filter-url";
import { parseFitParam } from "./ui/map/fit-url";

/** The provincial map (`/`); `?site=<id>` opens a site's panel, `#map=zoom/lat/lng` sets the view;
 * `nb-*` parameters hold the nearby-consumer search (app/ui/search/search-url.ts); `syn=0` hides synthetic sites and
 * `st=` lists the statuses shown (app/ui/map/site-filter-url.ts); `fit=w,s,e,n` frames an area on load
 * (app/ui/map/fit-url.ts, e.g. the sites of an import). */
export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const { site } = params;
  const t = await getTranslations("map");
  return (
    <main className="page-map">
      <h1 className="visually-hidden">{t("mapLabel")}</h1>
      <AtlasApp
        initialSiteId={typeof site === "string" && site ? site : null}
        initialSiteFilter={siteFilterFromSearchParams(params)}
        initialFit={parseFitParam(params.fit)}
        sidebar={<SearchPanel />}
      >
        <SearchMapLayers />
      </AtlasApp>
    </main>
  );
}
