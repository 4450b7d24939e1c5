// Next.js start-up hook: build the map's site tile index in the background as the server starts, so the first
// visitor of a large registry does not wait for the registry load and the index build. Very large registries
// (over WARM_UP_MAX_SITES) are left to the first tile request: loading them takes long enough to slow start-up.
const WARM_UP_MAX_SITES = 300_000;

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ siteTileIndex }, { countSites }] = await Promise.all([
    import("./app/application/site-tiles"),
    import("./app/data/registry"),
  ]);
  const warm = async () => {
    const n = await countSites();
    if (n <= WARM_UP_MAX_SITES) await siteTileIndex();
  };
  warm().catch((e: unknown) => console.error("[atlas] site tile index warm-up failed:", e));
}
