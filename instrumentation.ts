// Next.js start-up hook: build the map's site tile index in the background as the server starts, so the first
// visitor of a large registry does not wait for the registry load and the index build.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { siteTileIndex } = await import("./app/data/site-tiles");
  siteTileIndex().catch((e: unknown) => console.error("[atlas] site tile index warm-up failed:", e));
}
