/**
 * Offline guard for every e2e spec: the app must work with no network, so any request to a host other than
 * localhost / 127.0.0.1 / [::1] is aborted and fails the test at the end, with the list of offending URLs.
 *
 * Usage (instead of importing from "@playwright/test"):
 *   import { test, expect } from "./support/offline";
 *   test("…", async ({ page, externalRequests }) => { … });   // externalRequests: URLs seen so far
 */
import { test as base, expect, type BrowserContext } from "@playwright/test";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);
// Schemes that never touch the network (inline data, object URLs, the blank page, Chrome internals).
const NON_NETWORK_PROTOCOLS = new Set(["data:", "blob:", "about:", "chrome:", "chrome-extension:", "devtools:"]);

/** True when the URL stays on this machine (or never hits the network at all). */
export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (NON_NETWORK_PROTOCOLS.has(parsed.protocol)) return true;
  return LOCAL_HOSTS.has(parsed.hostname);
}

/** Blocks and records every non-local request made by the context (pages, workers, fetches). */
export async function guardOffline(context: BrowserContext, sink: string[]): Promise<void> {
  context.on("request", (request) => {
    if (!isLocalUrl(request.url())) sink.push(request.url());
  });
  await context.route(
    (url) => !isLocalUrl(url.toString()),
    async (route) => {
      const url = route.request().url();
      if (!sink.includes(url)) sink.push(url);
      await route.abort("blockedbyclient");
    },
  );
  // WebSockets are not covered by context.route.
  await context.routeWebSocket(
    (url) => !isLocalUrl(url.toString()),
    (ws) => {
      sink.push(ws.url());
      void ws.close({ code: 1008, reason: "external host blocked by e2e offline guard" });
    },
  );
}

export const test = base.extend<{ externalRequests: string[] }>({
  externalRequests: [
    async ({ context }, use) => {
      const external: string[] = [];
      await guardOffline(context, external);
      await use(external);
      expect(external, "requests that left localhost").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
