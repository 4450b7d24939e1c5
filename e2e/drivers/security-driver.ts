/**
 * Driver for the hardening spec (issue 10): raw HTTP as a stranger, a cross-site browser form, read-only counts from
 * the e2e database (to prove a refused request changed nothing), and accounts signed in over the real login form.
 */
import path from "node:path";
import Database from "better-sqlite3";
import { request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";

const E2E_DB = path.join(__dirname, "..", "..", "prisma", "e2e.db");
export const BASE = `http://localhost:${Number(process.env.E2E_PORT ?? 3107)}`;
/** The same server under another origin (another host name): what a foreign site looks like to the browser. */
export const FOREIGN = BASE.replace("localhost", "127.0.0.1");

/** Headers a browser adds to a cross-site request. */
export const CROSS_SITE = { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" };

/** Row counts and rows from the e2e database, read-only (the app is the only writer). */
export function db<T>(fn: (d: Database.Database) => T): T {
  const d = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    return fn(d);
  } finally {
    d.close();
  }
}

export const count = (table: string, where = "1=1", ...args: unknown[]) =>
  db((d) => (d.prepare(`SELECT COUNT(*) AS n FROM "${table}" WHERE ${where}`).get(...args) as { n: number }).n);

/** A fresh cookie jar speaking as a client at `address` (X-Forwarded-For, as a proxy would set it). */
export async function client(address: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: BASE, extraHTTPHeaders: { "X-Forwarded-For": address } });
}

/** Signs in over the login form; returns the 303 answer (not followed). */
export async function signIn(ctx: APIRequestContext, username: string, password: string, next = "/") {
  return ctx.post("/api/auth/login", { form: { username, password, next }, maxRedirects: 0 });
}

/** Serves a page on the foreign origin whose form posts `body` as text/plain to `target` on the app, submits it, returns the status. */
export async function crossSiteTextPlainPost(page: Page, target: string, body: string): Promise<number> {
  const url = `${FOREIGN}/__evil`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<form id="f" method="POST" enctype="text/plain" action="${BASE}${target}"><input name='${body.slice(0, -2)}' value='${body.slice(-2)}'></form>`,
    }),
  );
  await page.goto(url);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url() === `${BASE}${target}`),
    page.evaluate(() => (document.getElementById("f") as HTMLFormElement).submit()),
  ]);
  // Let the form's navigation finish, so the next page.goto is not interrupted by it.
  await page.waitForURL(`${BASE}${target}`);
  return response.status();
}
