import { AtlasApp } from "./ui/atlas/atlas-app";
import { SearchMapLayers } from "./ui/search/search-map-layers";
import { SearchPanel } from "./ui/search/search-panel";

/** The provincial map (`/`); `?site=<id>` opens a site's panel, `#map=zoom/lat/lng` sets the view;
 * `nb-*` parameters hold the nearby-consumer search (app/ui/search/search-url.ts). */
export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { site } = await searchParams;
  return (
    <main className="page-map">
      <AtlasApp initialSiteId={typeof site === "string" && site ? site : null} sidebar={<SearchPanel />}>
        <SearchMapLayers />
      </AtlasApp>
    </main>
  );
}
