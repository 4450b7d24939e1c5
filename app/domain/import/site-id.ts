/** Ids of user-created and imported sites. */

/** A new random site id (`usr-` + 12 hex digits; Web Crypto, so it works on any thread). */
export function newSiteId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(6));
  return `usr-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * The id each planned site of an import is created under (null for sites that are not created): the file's own id
 * when no existing site and no earlier row has it, else a fresh one, never one of `taken`.
 */
export function idsForCreatedSites(
  planned: readonly { action: string; targetId: string | null }[],
  taken: Iterable<string>,
  fresh: () => string = newSiteId,
): (string | null)[] {
  const used = new Set(taken);
  return planned.map((p) => {
    if (p.action !== "create") return null;
    let id = p.targetId && !used.has(p.targetId) ? p.targetId : fresh();
    while (used.has(id)) id = fresh();
    used.add(id);
    return id;
  });
}
