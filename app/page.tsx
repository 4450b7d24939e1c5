import { AtlasApp } from "./ui/atlas/atlas-app";

/** The provincial map (`/`); `?site=<id>` opens a site's panel, `#map=zoom/lat/lng` sets the view. */
export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { site } = await searchParams;
  return (
    <main className="page-map">
      <AtlasApp initialSiteId={typeof site === "string" && site ? site : null} />
    </main>
  );
}
