/**
 * Route-handler tests: the API routes' exported handlers called with a Request against the fixture database
 * (these replace e2e tests that only exercised the HTTP API and needed no browser).
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

// No session. Next's request cookies are an in-memory jar standing in for the browser's: it keeps the anonymous creator
// cookie a POST sets, so later requests act as that creator until the test clears it.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => new Headers(),
}));
process.env.ATLAS_SESSION_SECRET ??= "integration-test-secret-0123456789abcdef";
import { seedFixtures, HEJIN, PARK_ID, SITES } from "../../app/data/testing/fixtures";
import * as sitesRoute from "../../app/api/sites/route";
import * as regionsRoute from "../../app/api/regions/route";
import * as parksRoute from "../../app/api/parks/route";
import * as pairingsRoute from "../../app/api/pairings/route";
import * as proposalsRoute from "../../app/api/proposals/route";
import * as proposalRoute from "../../app/api/proposals/[id]/route";
import * as exportRoute from "../../app/api/proposals/[id]/export/route";
import * as candidatesRoute from "../../app/api/proposals/candidates/route";
import type { SiteFeature } from "../../app/domain/site-features";
import { OWNER_COOKIE } from "../../app/http/guard";

const ORIGIN = "http://localhost:3000";
const get = (url: string) => new NextRequest(new URL(url, ORIGIN));
// State changes must come from the app's own origin (app/http/guard.ts) and carry JSON.
const send = (method: string, url: string, body?: unknown, origin = ORIGIN) =>
  new NextRequest(new URL(url, ORIGIN), {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { host: "localhost:3000", origin, "content-type": "application/json" },
  });
const post = (url: string, body: unknown, origin?: string) => send("POST", url, body, origin);
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
/** Handlers without dynamic segments take a context too; Next passes `{ params }`. */
const noCtx = { params: Promise.resolve({}) };
const errorOf = async (res: Response) => ((await res.json()) as { error: string }).error;

beforeAll(seedFixtures);

describe("map API", () => {
  it("GET /api/sites returns GeoJSON features keyed by site id with the documented properties", async () => {
    const res = await sitesRoute.GET(get("/api/sites"), noCtx);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/geo+json");
    const fc = (await res.json()) as { type: string; features: SiteFeature[] };
    expect(fc.type).toBe("FeatureCollection");
    const f = fc.features.find((x) => x.id === SITES.producer)!;
    expect(f.properties.id).toBe(f.id);
    expect(f.geometry).toEqual({ type: "Point", coordinates: [110.7, 35.6] });
    for (const key of ["name", "nameEn", "countyAdcode", "parkId", "outputs", "intakes", "provenance", "role"])
      expect(f.properties).toHaveProperty(key);
    expect(Object.keys(f.properties.outputs[0])).toEqual(
      expect.arrayContaining(["coefficient", "estimated", "material", "stockpileTonnes", "tonnesPerYear"]),
    );
    expect(Object.keys(f.properties.provenance)).toEqual(
      expect.arrayContaining(["source", "licence", "precision", "synthetic"]),
    );
  });

  it("filters by material, role and bbox", async () => {
    const ids = async (q: string) =>
      ((await (await sitesRoute.GET(get(`/api/sites?${q}`), noCtx)).json()) as { features: SiteFeature[] }).features
        .map((f) => f.id)
        .sort();
    expect(await ids("material=red-mud&role=producer")).toEqual([SITES.producer]);
    expect(await ids("material=red-mud&role=consumer")).toEqual([SITES.near, SITES.far].sort());
    expect(await ids("material=fly-ash,red-mud&role=both")).toEqual([]);
    expect(await ids("bbox=110.5,35.5,110.9,35.75")).toEqual([SITES.near, SITES.power, SITES.producer].sort());
  });

  it("rejects bad parameters with 400 and a specific JSON error", async () => {
    // Some GETs are plain handlers, others route() wrappers taking Next's context as well.
    const cases: [(request: NextRequest, ctx: typeof noCtx) => Promise<Response>, string, RegExp][] = [
      [sitesRoute.GET, "/api/sites?material=unobtainium", /unknown material "unobtainium"/],
      [sitesRoute.GET, "/api/sites?bbox=110,35,111", /bbox must be four comma-separated numbers/],
      [sitesRoute.GET, "/api/sites?bbox=110,35,200,40", /longitudes must be within -180..180/],
      [sitesRoute.GET, "/api/sites?bbox=110,95,111,40", /latitudes must be within -90..90/],
      [sitesRoute.GET, "/api/sites?role=recycler", /unknown role "recycler"/],
      [regionsRoute.GET, "/api/regions?level=town", /unknown level "town"/],
      [parksRoute.GET, "/api/parks?x=1", /unknown parameter/],
    ];
    for (const [handler, url, message] of cases) {
      const res = await handler(get(url), noCtx);
      expect(res.status, url).toBe(400);
      expect(await errorOf(res), url).toMatch(message);
    }
  });

  it("GET /api/regions and /api/parks return GeoJSON", async () => {
    const counties = (await (await regionsRoute.GET(get("/api/regions?level=county"), noCtx)).json()) as {
      features: { properties: { adcode: string }; geometry: { type: string } }[];
    };
    expect(counties.features).toHaveLength(2);
    const hejin = counties.features.find((f) => f.properties.adcode === HEJIN.adcode)!;
    expect(hejin.properties).toMatchObject({ name: "河津市", level: "county", parent: "140800" });
    expect(hejin.geometry.type).toBe("Polygon");
    const cities = await regionsRoute.GET(get("/api/regions?level=city"), noCtx);
    expect(cities.headers.get("cache-control")).toContain("max-age");
    expect(((await cities.json()) as { features: unknown[] }).features).toHaveLength(1);
    const parks = (await (await parksRoute.GET(get("/api/parks"), noCtx)).json()) as {
      features: { id: string; geometry: { type: string }; properties: { id: string; name: string } }[];
    };
    expect(parks.features.map((p) => [p.id, p.properties.id, p.geometry.type, p.properties.name])).toEqual([
      [PARK_ID, PARK_ID, "Polygon", "河津测试园区"],
    ]);
  });
});

describe("pairing API", () => {
  it("rejects bad requests with specific errors", async () => {
    const bad = async (data: unknown, status: number, pattern: RegExp) => {
      const res = await pairingsRoute.POST(post("/api/pairings", data), noCtx);
      expect(res.status).toBe(status);
      expect(await errorOf(res)).toMatch(pattern);
    };
    await bad({ scope: { kind: "province" }, materials: ["lava"] }, 400, /unknown material: lava/);
    await bad({ scope: { kind: "city", adcode: "149900" }, materials: ["fly-ash"] }, 404, /unknown city adcode/);
    await bad({ scope: { kind: "park", id: "no-such-park" }, materials: ["fly-ash"] }, 404, /unknown park/);
    await bad(
      {
        scope: {
          kind: "polygon",
          geometry: {
            type: "Polygon",
            coordinates: [
              [
                [111, 37],
                [112, 37],
                [111, 37],
              ],
            ],
          },
        },
        materials: ["fly-ash"],
      },
      400,
      /invalid polygon/,
    );
    await bad(
      { scope: { kind: "province" }, materials: ["fly-ash"], params: { landfillYuanPerTonne: -3 } },
      400,
      /must not be negative/,
    );
    await bad(
      { scope: { kind: "province" }, materials: ["fly-ash"], params: { circuity: 4 } },
      400,
      /circuity must be at most 3/,
    );
    await bad(
      { scope: { kind: "province" }, materials: ["fly-ash"], params: { includeSynthetic: "yes" } },
      400,
      /^params\.includeSynthetic: includeSynthetic must be true or false \(got "yes"\)$/,
    );
    await bad(
      { scope: { kind: "province" }, materials: ["fly-ash"], params: { includeNonOperating: null } },
      400,
      /^params\.includeNonOperating: includeNonOperating must be true or false \(got null\)$/,
    );
    const notJson = await pairingsRoute.POST(
      new NextRequest(`${ORIGIN}/api/pairings`, {
        method: "POST",
        body: "{",
        headers: { origin: ORIGIN, host: "localhost:3000", "content-type": "application/json" },
      }),
      noCtx,
    );
    expect(notJson.status).toBe(400);
    // The same-origin guard comes first: a cross-site POST is refused before its body is read.
    const cross = await pairingsRoute.POST(
      post("/api/pairings", { scope: { kind: "province" }, materials: ["fly-ash"] }, "https://evil.example"),
      noCtx,
    );
    expect(cross.status).toBe(403);
    expect(await errorOf(cross)).toMatch(/cross-origin/);
  });
});

describe("proposal API", () => {
  const bad = async (res: Response, status: number, message: RegExp) => {
    expect(res.status).toBe(status);
    expect(await errorOf(res)).toMatch(message);
  };

  it("rejects bad requests with specific JSON errors", async () => {
    await bad(
      await proposalsRoute.POST(post("/api/proposals", { from: "sites", siteIds: ["only-one"] }), noCtx),
      400,
      /at least 2 sites/,
    );
    await bad(
      await proposalsRoute.POST(
        post("/api/proposals", { from: "run-component", runId: "no-such-run", componentIndex: 0 }),
        noCtx,
      ),
      404,
      /unknown pairing run/,
    );
    await bad(
      await proposalsRoute.POST(post("/api/proposals", { from: "sites", siteIds: ["nope-1", "nope-2"] }), noCtx),
      400,
      /unknown site ids/,
    );
    await bad(
      await proposalsRoute.POST(
        post("/api/proposals", { from: "sites", siteIds: ["a", "b"], includeSynthetic: "yes" }),
        noCtx,
      ),
      400,
      /^includeSynthetic: includeSynthetic must be true or false \(got "yes"\)$/,
    );
    await bad(
      await proposalsRoute.POST(
        post("/api/proposals", { from: "run-component", runId: "r", componentIndex: 0, includeSynthetic: true }),
        noCtx,
      ),
      400,
      /includeSynthetic applies to building from sites/,
    );
    await bad(
      await proposalsRoute.POST(post("/api/proposals", { from: "duplicate", proposalId: "x" }), noCtx),
      401,
      /sign in/,
    );
    await bad(
      await proposalRoute.GET(get("/api/proposals/no-such-proposal"), ctx("no-such-proposal")),
      404,
      /unknown proposal/,
    );
    await bad(
      await exportRoute.GET(get("/api/proposals/no-such-proposal/export?format=csv"), ctx("no-such-proposal")),
      404,
      /unknown proposal/,
    );
    await bad(await exportRoute.GET(get("/api/proposals/x/export?format=odt"), ctx("x")), 400, /format must be one of/);
    await bad(await candidatesRoute.GET(get("/api/proposals/candidates"), noCtx), 400, /runId is required/);
  });

  it("builds a proposal, downloads a CSV sheet as an attachment, and lets only its creator delete it", async () => {
    jar.clear();
    const created = await proposalsRoute.POST(
      post("/api/proposals", { from: "sites", siteIds: [SITES.producer, SITES.near], name: "测试集群" }),
      noCtx,
    );
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const csv = await exportRoute.GET(get(`/api/proposals/${id}/export?format=csv&lang=en&sheet=kpis`), ctx(id));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toBe(
      `attachment; filename="proposal-${id}-kpis-en.csv"; filename*=UTF-8''${encodeURIComponent("测试集群-kpis-en.csv")}`,
    );
    expect(await csv.text()).toContain("Chertow 3-2 test");

    // Built anonymously: the POST gave this visitor a creator cookie; nobody else may delete the proposal.
    const creatorCookie = jar.get(OWNER_COOKIE);
    expect(creatorCookie).toBeTruthy();
    jar.clear();
    await bad(await proposalRoute.DELETE(send("DELETE", `/api/proposals/${id}`), ctx(id)), 401, /only the creator/);
    jar.set(OWNER_COOKIE, "another-visitor-token-0123456789abcdef");
    await bad(await proposalRoute.DELETE(send("DELETE", `/api/proposals/${id}`), ctx(id)), 403, /only the creator/);
    jar.set(OWNER_COOKIE, creatorCookie!);
    await bad(
      await proposalRoute.DELETE(send("DELETE", `/api/proposals/${id}`, undefined, "https://evil.example"), ctx(id)),
      403,
      /cross-origin/,
    );
    expect((await proposalRoute.DELETE(send("DELETE", `/api/proposals/${id}`), ctx(id))).status).toBe(204);
    expect((await proposalRoute.GET(get(`/api/proposals/${id}`), ctx(id))).status).toBe(404);
  });

  it("names a generated proposal in the report's language", async () => {
    const created = await proposalsRoute.POST(
      post("/api/proposals", { from: "sites", siteIds: [SITES.producer, SITES.near] }),
      noCtx,
    );
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const stored = (await (await proposalRoute.GET(get(`/api/proposals/${id}`), ctx(id))).json()) as {
      name: string;
      nameEn: string | null;
    };
    expect(stored.nameEn).toBeTruthy();
    expect(stored.nameEn).not.toBe(stored.name);
    const reportName = async (lang: string) => {
      const res = await exportRoute.GET(get(`/api/proposals/${id}/export?format=geojson&lang=${lang}`), ctx(id));
      expect(res.status).toBe(200);
      return ((await res.json()) as { metadata: { name: string } }).metadata.name;
    };
    expect(await reportName("en")).toBe(stored.nameEn);
    expect(await reportName("zh")).toBe(stored.name);
  });
});
