// Next.js start-up hook: build the map's site tile index in the background as the server starts, so the first
// visitor does not wait for it. The tile thread reads the SQLite file itself, so this costs the server thread
// nothing even at 10^6 sites.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { siteTileIndex } = await import("./app/application/site-tiles");
  siteTileIndex().catch((e: unknown) => console.error("[atlas] site tile index warm-up failed:", e));
}
