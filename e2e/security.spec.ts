/**
 * Hardening (issue 10): one test per attack class. Every hostile request gets its 4xx and the database is unchanged;
 * the legitimate path still works. Client addresses are set per test with X-Forwarded-For, so the per-address
 * throttles and quotas of one test never touch another.
 */
import { test, expect } from "./support/offline";
import { createAccount } from "./drivers/registry-driver";
import { BASE, client, count, CROSS_SITE, crossSiteTextPlainPost, db, signIn } from "./drivers/security-driver";
import { hostileXlsx, importCsv } from "./fixtures/hostile-files";

const PROVINCE_RUN = { scope: { kind: "province" }, materials: ["red-mud"], label: "security e2e" };

test("1 · strangers cannot cancel or delete runs or proposals; the creator can, and it is audited", async ({
  page,
}) => {
  const owner = await client("203.0.113.11");
  const created = await owner.post("/api/pairings", { data: PROVINCE_RUN });
  expect(created.status()).toBe(202);
  const id = ((await created.json()) as { id: string }).id;
  const audits = () => count("AuditLog", "entityId = ?", id);

  // A stranger with no session and no creator token, from any address.
  const stranger = await client("198.51.100.7");
  expect((await stranger.delete(`/api/pairings/${id}`)).status()).toBe(401);
  expect((await stranger.post(`/api/pairings/${id}/cancel`)).status()).toBe(401);
  // The creator's own cookie, but sent from a foreign origin (what a CSRF attack would do).
  expect((await owner.delete(`/api/pairings/${id}`, { headers: CROSS_SITE })).status()).toBe(403);
  // A real browser submitting a cross-site <form enctype="text/plain"> that smuggles JSON.
  expect(await crossSiteTextPlainPost(page, `/api/pairings/${id}/cancel`, '{"x":"y"}')).toBe(403);
  expect(await crossSiteTextPlainPost(page, "/api/pairings", JSON.stringify(PROVINCE_RUN))).toBe(403);
  expect(count("PairingRun", "id = ?", id)).toBe(1);
  expect(audits()).toBe(0);

  // The example proposal belongs to nobody: only editors may touch it.
  const proposals = count("Proposal");
  expect((await stranger.delete("/api/proposals/example-hejin")).status()).toBe(401);
  expect((await stranger.patch("/api/proposals/example-hejin", { data: { name: "pwned" } })).status()).toBe(401);
  expect(count("Proposal")).toBe(proposals);
  expect(
    db((d) => (d.prepare('SELECT name FROM "Proposal" WHERE id = ?').get("example-hejin") as { name: string }).name),
  ).not.toBe("pwned");

  // The creator deletes it from the app's origin: 204, gone, audited under the anonymous creator.
  const gone = await owner.delete(`/api/pairings/${id}`);
  expect(gone.status()).toBe(204);
  expect(count("PairingRun", "id = ?", id)).toBe(0);
  const audit = db((d) => d.prepare('SELECT action, entity, username FROM "AuditLog" WHERE entityId = ?').all(id)) as {
    action: string;
    entity: string;
    username: string;
  }[];
  expect(audit).toEqual([
    { action: "delete", entity: "pairing-run", username: expect.stringMatching(/^anonymous:[0-9a-f]{8}$/) },
  ]);
  await Promise.all([owner.dispose(), stranger.dispose()]);
});

test("2 · sign-in: parallel guesses are throttled, redirects stay on the site, sign-out revokes the cookie", async () => {
  const user = { username: "sec-e2e-user", password: "security-password-42" };
  createAccount(user.username, "editor", user.password);

  // 50 parallel guesses from 50 addresses: one password check runs at a time and the rest are told to wait, so only
  // the few that arrive after a check has finished (within the 5 free failures) are checked at all.
  const attackers = await Promise.all(Array.from({ length: 50 }, (_, i) => client(`192.0.2.${i + 1}`)));
  const answers = await Promise.all(attackers.map((c) => signIn(c, user.username, "wrong-guess-123")));
  const checked = answers.filter((r) => (r.headers().location ?? "").includes("badCredentials"));
  const throttled = answers.filter((r) => (r.headers().location ?? "").includes("tooManyAttempts"));
  expect(checked.length).toBeGreaterThanOrEqual(1);
  expect(checked.length).toBeLessThanOrEqual(5);
  expect(throttled).toHaveLength(50 - checked.length);
  expect(throttled[0].headers()["retry-after"]).toMatch(/^\d+$/);
  await Promise.all(attackers.map((c) => c.dispose()));

  // The real user, from their own address, is not locked out: at most a short wait, then in.
  const me = await client("10.20.30.40");
  let res = await signIn(me, user.username, user.password, "/registry");
  if ((res.headers().location ?? "").includes("tooManyAttempts")) {
    const wait = Number(res.headers()["retry-after"]);
    expect(wait).toBeLessThanOrEqual(30);
    await new Promise((r) => setTimeout(r, wait * 1000 + 200));
    res = await signIn(me, user.username, user.password, "/registry");
  }
  expect(res.status()).toBe(303);
  expect(new URL(res.headers().location, BASE).pathname).toBe("/registry");
  const cookie = (await me.storageState()).cookies.find((c) => c.name === "atlas-session")!;
  expect(cookie).toBeTruthy();
  expect(((await (await me.get("/api/auth/me")).json()) as { user: { username: string } | null }).user?.username).toBe(
    user.username,
  );

  // Off-site `next` targets all land on "/".
  for (const next of [
    "/%09/evil.example",
    "/\t/evil.example",
    "/%5Cevil.example",
    "/\\evil.example",
    "//evil.example",
    "https://evil.example/",
  ]) {
    const again = await signIn(me, user.username, user.password, next);
    const location = new URL(again.headers().location, BASE);
    expect(location.origin, next).toBe(BASE);
    expect(location.pathname, next).toBe("/");
  }

  // Sign out; the old cookie, replayed by someone who copied it, no longer works.
  expect((await me.post("/api/auth/logout", { maxRedirects: 0 })).status()).toBe(303);
  const replay = await client("10.20.30.41");
  const replayed = await replay.get("/api/auth/me", { headers: { cookie: `atlas-session=${cookie.value}` } });
  expect(((await replayed.json()) as { user: unknown }).user).toBeNull();
  const write = await replay.post("/api/sites", {
    headers: { cookie: `atlas-session=${cookie.value}` },
    data: { name: "x", industry: "cement", lng: 112.5, lat: 37.8 },
  });
  expect(write.status()).toBe(401);
  await Promise.all([me.dispose(), replay.dispose()]);
});

test("3 · work that would freeze the server is refused early, naming the limit, and writes nothing", async ({
  page,
}) => {
  const runs = count("PairingRun");
  const c = await client("203.0.113.33");
  const ring = (n: number) => {
    const pts = Array.from({ length: n }, (_, i) => [
      112 + Math.cos((2 * Math.PI * i) / n),
      37.5 + Math.sin((2 * Math.PI * i) / n),
    ]);
    return [[...pts, pts[0]]];
  };
  const huge = await c.post("/api/pairings", {
    data: {
      scope: { kind: "polygon", geometry: { type: "Polygon", coordinates: ring(100_000) } },
      materials: ["fly-ash"],
    },
  });
  expect(huge.status()).toBe(413);
  expect(((await huge.json()) as { error: string }).error).toMatch(/1\.0 MB limit/);
  const big = await c.post("/api/pairings", {
    data: {
      scope: { kind: "polygon", geometry: { type: "Polygon", coordinates: ring(20_000) } },
      materials: ["fly-ash"],
    },
  });
  expect(big.status()).toBe(422);
  expect(((await big.json()) as { error: string }).error).toMatch(/at most 10000/);
  expect(count("PairingRun")).toBe(runs);
  // The health probe answers while a 10,000-vertex area (the limit) is validated.
  const t0 = Date.now();
  const [limit, health] = await Promise.all([
    c.post("/api/pairings", {
      data: {
        scope: { kind: "polygon", geometry: { type: "Polygon", coordinates: ring(9_999) } },
        materials: ["fly-ash"],
      },
    }),
    c.get("/api/health"),
  ]);
  expect(health.status()).toBe(200);
  expect(limit.status()).toBe(202);
  expect(Date.now() - t0).toBeLessThan(30_000);
  await c.post(`/api/pairings/${((await limit.json()) as { id: string }).id}/cancel`);
  // The same area with two far-apart vertices swapped crosses itself: refused (checked on a worker), nothing stored.
  const crossing = ring(9_999);
  [crossing[0][10], crossing[0][5_000]] = [crossing[0][5_000], crossing[0][10]];
  const runsBefore = count("PairingRun");
  const crossed = await (
    await client("203.0.113.35")
  ).post("/api/pairings", {
    data: { scope: { kind: "polygon", geometry: { type: "Polygon", coordinates: crossing } }, materials: ["fly-ash"] },
  });
  expect(crossed.status()).toBe(400);
  expect(((await crossed.json()) as { error: string }).error).toBe(
    "scope.geometry: invalid polygon: polygon edges cross themselves",
  );
  expect(count("PairingRun")).toBe(runsBefore);

  // Imports: a 4 MB-class XLSX that expands to 300,000 rows, and a body over the 5 MB limit.
  const editor = { username: "sec-e2e-editor", password: "security-editor-42" };
  createAccount(editor.username, "editor", editor.password);
  const ed = await client("203.0.113.34");
  expect((await signIn(ed, editor.username, editor.password)).status()).toBe(303);
  const sites = count("Site");
  const bomb = await ed.post("/api/import", {
    multipart: {
      file: { name: "bomb.xlsx", mimeType: "application/octet-stream", buffer: hostileXlsx() },
      dryRun: "0",
      lang: "en",
    },
  });
  expect(bomb.status()).toBe(422);
  expect(JSON.stringify(await bomb.json())).toMatch(/too-many-rows/);
  const oversized = await ed.post("/api/import", {
    multipart: {
      file: {
        name: "big.csv",
        mimeType: "text/csv",
        buffer: Buffer.concat([importCsv(20_000), Buffer.alloc(4 * 1024 * 1024, 0x0a)]),
      },
      dryRun: "0",
    },
  });
  expect(oversized.status()).toBe(413);
  expect(((await oversized.json()) as { error: string }).error).toMatch(/5 MB/);
  expect(count("Site")).toBe(sites);
  await Promise.all([c.dispose(), ed.dispose()]);
  void page;
});

test("4 · anonymous solver work is bounded: per-client quota answered 429 with Retry-After", async () => {
  const c = await client("203.0.113.44");
  const heavy = {
    scope: { kind: "province" },
    materials: ["fly-ash", "coal-gangue", "red-mud", "steel-slag"],
    params: { nearestN: 2000 },
  };
  // Four at once: the quota check and its reservation are atomic, so exactly two get in.
  const answers = await Promise.all(Array.from({ length: 4 }, () => c.post("/api/pairings", { data: heavy })));
  const accepted = answers.filter((r) => r.status() === 202);
  const refused = answers.filter((r) => r.status() === 429);
  expect(accepted).toHaveLength(2);
  expect(refused).toHaveLength(2);
  expect(Number(refused[0].headers()["retry-after"])).toBeGreaterThan(0);
  expect(((await refused[0].json()) as { error: string }).error).toMatch(/at most 2 at a time/);
  // Refused runs were never stored; the accepted ones are the client's own to cancel.
  expect(count("PairingRun", "clientKey = ?", "addr:203.0.113.44")).toBe(accepted.length);
  for (const r of accepted) await c.post(`/api/pairings/${((await r.json()) as { id: string }).id}/cancel`);
  await c.dispose();
});

test("5 · a stale edit answers 409 with both versions and the form shows the conflict instead of overwriting", async ({
  page,
}) => {
  const editor = { username: "sec-e2e-versions", password: "security-versions-42" };
  createAccount(editor.username, "editor", editor.password);
  const id = "plan-red-mud-yangquan";
  const api = await client("203.0.113.55");
  expect((await signIn(api, editor.username, editor.password)).status()).toBe(303);
  const site = (await (await api.get(`/api/sites/${id}`)).json()) as {
    id: string;
    properties: { version: number; name: string };
  };
  expect(site.id).toBe(id);
  const v = site.properties.version;

  // The form is opened at version v.
  await page.goto("/login");
  await page.getByTestId("login-username").fill(editor.username);
  await page.getByTestId("login-password").fill(editor.password);
  await page.getByTestId("login-submit").click();
  await expect(page.getByTestId("user-menu-name")).toContainText(editor.username);
  await page.goto(`/registry/sites/${id}`);
  await expect(page.getByTestId("site-version")).toContainText(String(v));

  // Someone else saves first.
  const first = await api.patch(`/api/sites/${id}`, { data: { notes: "first editor's change", version: v } });
  expect(first.status()).toBe(200);
  expect(((await first.json()) as { version: number }).version).toBe(v + 1);
  const stale = await api.patch(`/api/sites/${id}`, { data: { notes: "stale overwrite", version: v } });
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toMatchObject({ currentVersion: v + 1, yourVersion: v });

  // The stale form shows the conflict and does not overwrite.
  await page.getByTestId("site-name").fill(`${site.properties.name} (stale)`);
  await page.getByTestId("site-save").click();
  await expect(page.getByTestId("site-conflict")).toBeVisible();
  const row = db((d) => d.prepare('SELECT nameZh, notes, version FROM "Site" WHERE id = ?').get(id)) as {
    nameZh: string;
    notes: string;
    version: number;
  };
  expect(row).toEqual({ nameZh: site.properties.name, notes: "first editor's change", version: v + 1 });
  await api.dispose();
});

test("6 · security headers on pages, API answers and downloads; the map still runs offline under the CSP", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto("/");
  const h = res!.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'self'");
  expect(h["content-security-policy"]).toContain("worker-src 'self' blob:");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  await expect(page.getByTestId("atlas")).toHaveAttribute("data-site-count", /[1-9]\d*/);
  await expect(page.locator("[data-boundaries='loaded']")).toHaveCount(1);
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { __atlasMap?: { loaded(): boolean } }).__atlasMap?.loaded() ?? false),
    )
    .toBe(true);
  expect(violations).toEqual([]);
  for (const url of [
    "/api/sites?material=red-mud",
    "/api/registry/export?format=csv",
    "/api/import/template?format=xlsx",
    "/api/nope",
  ]) {
    const r = await page.request.get(url);
    expect(r.headers()["x-content-type-options"], url).toBe("nosniff");
  }
});

test("7 · lone surrogates, unknown keys and oversized bodies get specific 4xx answers and nothing is written", async () => {
  const editor = { username: "sec-e2e-input", password: "security-input-42" };
  createAccount(editor.username, "editor", editor.password);
  const c = await client("203.0.113.77");
  expect((await signIn(c, editor.username, editor.password)).status()).toBe(303);
  const sites = count("Site");
  const json = { "content-type": "application/json" };

  const surrogate = await c.post("/api/sites", {
    headers: json,
    data: '{"name":"bad \\ud800 name","industry":"cement","lng":112.5,"lat":37.8}',
  });
  expect(surrogate.status()).toBe(422);
  expect(((await surrogate.json()) as { error: string }).error).toMatch(/^name: .*surrogate/);

  const misspelled = await c.post("/api/sites", {
    data: { name: "typo site", industry: "cement", lng: 112.5, lat: 37.8, capacityMW: 300 },
  });
  expect(misspelled.status()).toBe(422);
  expect(((await misspelled.json()) as { error: string }).error).toMatch(/capacityMW/);
  const patchTypo = await c.patch("/api/sites/plan-tisco", { data: { nmae: "x" } });
  expect(patchTypo.status()).toBe(422);
  const runTypo = await c.post("/api/pairings", {
    data: { scope: { kind: "province", adcode: "140000" }, materials: ["fly-ash"] },
  });
  expect(runTypo.status()).toBe(400);
  expect(((await runTypo.json()) as { error: string }).error).toMatch(/adcode/);

  const tooBig = await c.post("/api/sites", {
    headers: json,
    data: JSON.stringify({ name: "x".repeat(2 * 1024 * 1024), industry: "cement", lng: 112.5, lat: 37.8 }),
  });
  expect(tooBig.status()).toBe(413);
  expect(((await tooBig.json()) as { error: string }).error).toMatch(/over the 1\.0 MB limit/);
  const notJson = await c.post("/api/sites", { headers: { "content-type": "text/plain" }, data: '{"name":"x"}' });
  expect(notJson.status()).toBe(415);

  // The import's dry run reports the surrogate, and the real import refuses it too.
  const geojson = Buffer.from(
    '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[112.55,37.87]},"properties":{"name":"bad \\ud800 name","industry":"cement"}}]}',
  );
  for (const dryRun of ["1", "0"]) {
    const r = await c.post("/api/import", {
      multipart: { file: { name: "s.geojson", mimeType: "application/geo+json", buffer: geojson }, dryRun, lang: "en" },
    });
    expect(r.status(), `dryRun=${dryRun}`).toBe(422);
    expect(((await r.json()) as { errors: { code: string; column: string }[] }).errors).toMatchObject([
      { code: "invalid-text", column: "name" },
    ]);
  }
  expect(count("Site")).toBe(sites);
  await c.dispose();
});
