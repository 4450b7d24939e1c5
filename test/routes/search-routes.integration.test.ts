/**
 * Route-handler tests of the nearby-consumer search and the site API's status/synthetic filters, against the fixture
 * database (they replace the API-only tests of e2e/search.spec.ts and e2e/real-data.spec.ts, which needed no browser).
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

// Next's request cookies are an in-memory jar standing in for the browser's, so an editor can sign in.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === "object") jar.set(name.name, name.value);
      else jar.set(name, value ?? "");
    },
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => new Headers(),
}));
process.env.ATLAS_SESSION_SECRET ??= "integration-test-secret-0123456789abcdef";
import { seedFixtures, HEJIN, PARK_ID, SITES } from "../../app/data/testing/fixtures";
import { prisma } from "../../app/data/db";
import { markRegistryChanged } from "../../app/data/registry";
import { createUser } from "../../app/data/users";
import { signIn } from "../../app/application/auth";
import * as nearbyRoute from "../../app/api/consumers/nearby/route";
import * as siteConsumersRoute from "../../app/api/sites/[id]/consumers/route";
import * as siteRoute from "../../app/api/sites/[id]/route";
import * as sitesRoute from "../../app/api/sites/route";
import * as placesRoute from "../../app/api/places/route";
import type { NearbyResponse } from "../../app/application/nearby";
import type { SiteFeature } from "../../app/domain/site-features";
import type { SiteFeatureCollection } from "../../app/domain/site-features";

const ORIGIN = "http://localhost:3000";
const get = (url: string) => new NextRequest(new URL(url, ORIGIN));
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const noCtx = { params: Promise.resolve({}) };

/** Calls the search handler a URL belongs to (point search, site search or places). */
async function search(url: string): Promise<{ status: number; body: NearbyResponse & { error?: string } }> {
  const site = url.match(/^\/api\/sites\/([^/]+)\/consumers/);
  const res = site
    ? await siteConsumersRoute.GET(get(url), ctx(decodeURIComponent(site[1])))
    : url.startsWith("/api/places")
      ? await placesRoute.GET(get(url), noCtx)
      : await nearbyRoute.GET(get(url), noCtx);
  return { status: res.status, body: await res.json() };
}

const sites = async (query = "") =>
  (await (await sitesRoute.GET(get(`/api/sites${query}`), noCtx)).json()) as SiteFeatureCollection;

beforeAll(seedFixtures);

describe("nearby search API", () => {
  it("rejects bad parameters with 400 and a specific message, unknown sites and parks with 404", async () => {
    const cases: [string, RegExp][] = [
      ["/api/consumers/nearby?lng=110.7&lat=35.6&material=gold", /unknown material "gold"/],
      ["/api/consumers/nearby?lng=110.7&lat=35.6&material=red-mud&radiusKm=0", /radiusKm must be > 0/],
      ["/api/consumers/nearby?lng=110.7&lat=35.6&material=red-mud&radiusKm=-5", /radiusKm must be > 0/],
      ["/api/consumers/nearby?lng=110.7&lat=35.6&material=red-mud&radiusKm=5000", /≤ 1000/],
      ["/api/consumers/nearby?lng=190&lat=35.6&material=red-mud", /lng must be ≥ -180 and ≤ 180/],
      ["/api/consumers/nearby?lng=110.7&lat=95&material=red-mud", /lat must be ≥ -90 and ≤ 90/],
      ["/api/consumers/nearby?lat=35.6&material=red-mud", /lng is required/],
      ["/api/consumers/nearby?lng=110.7&lat=35.6&material=red-mud&limit=0", /limit must be ≥ 1/],
      ["/api/sites/anything/consumers?material=red-mud&radiusKm=abc", /radiusKm must be a number/],
      ["/api/places?q=", /q must not be blank/],
      [
        "/api/consumers/nearby?lng=110.7&lat=35.6&material=red-mud&includeSynthetic=maybe",
        /^includeSynthetic must be true or false \(got "maybe"\)$/,
      ],
      [
        "/api/sites/anything/consumers?material=red-mud&includeNonOperating=2",
        /^includeNonOperating must be true or false \(got "2"\)$/,
      ],
      [
        "/api/consumers/nearby?lng=112.4&lat=39.3&material=coal-gangue&includeNonOperating=sometimes",
        /^includeNonOperating must be true or false/,
      ],
    ];
    for (const [url, message] of cases) {
      const { status, body } = await search(url);
      expect(status, url).toBe(400);
      expect(body.error, url).toMatch(message);
    }
    const missing = await search("/api/sites/no-such-site/consumers?material=red-mud");
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatch(/unknown site id "no-such-site"/);
    const noPark = await search("/api/consumers/nearby?lng=110.7&lat=35.6&material=red-mud&parkId=no-such-park");
    expect(noPark.status).toBe(404);
    expect(noPark.body.error).toMatch(/unknown park id "no-such-park"/);
  });

  it("from a park origin, consumers in that park are the park cycle and the others regional", async () => {
    // The cement plant joins the park for this test; the brickworks (another county, ~60 km) stays outside.
    await prisma.site.update({ where: { id: SITES.near }, data: { parkId: PARK_ID } });
    markRegistryChanged();
    try {
      const { status, body } = await search(
        `/api/consumers/nearby?lng=${HEJIN.lng}&lat=${HEJIN.lat}&material=red-mud&radiusKm=100&parkId=${PARK_ID}&includeSynthetic=true`,
      );
      expect(status).toBe(200);
      expect(body.query.origin).toMatchObject({ kind: "park", parkId: PARK_ID, name: "河津测试园区" });
      expect(body.results.map((r) => [r.site.id, r.cycleLevel])).toEqual([
        [SITES.near, "park"],
        [SITES.far, "region"],
      ]);
      for (const r of body.results) expect(r.cycleLevel).toBe(r.site.parkId === PARK_ID ? "park" : "region");
    } finally {
      await prisma.site.update({ where: { id: SITES.near }, data: { parkId: null } });
      markRegistryChanged();
    }
  });

  it("follows registry edits: committing a consumer's whole capacity marks it full, undoing restores it", async () => {
    const url = `/api/sites/${SITES.producer}/consumers?material=red-mud&includeSynthetic=true`;
    const before = (await search(url)).body;
    const target = before.results.find((r) => r.site.id === SITES.near)!;
    expect(target).toMatchObject({ full: false, remainingCapacityTonnes: 60_000 });

    await createUser("cli", "search-editor", "search-editor-password-42", "editor");
    expect(await signIn("search-editor", "search-editor-password-42")).not.toBeNull();
    const feature = (await (
      await siteRoute.GET(get(`/api/sites/${SITES.near}`), ctx(SITES.near))
    ).json()) as SiteFeature & {
      properties: { version: number };
    };
    const original = feature.properties.intakes.map(
      ({ material, route, capacityTonnesPerYear, committedTonnesPerYear }) => ({
        material,
        route,
        capacityTonnesPerYear,
        committedTonnesPerYear,
      }),
    );
    const patch = async (intakes: typeof original) =>
      siteRoute.PATCH(
        new NextRequest(new URL(`/api/sites/${SITES.near}`, ORIGIN), {
          method: "PATCH",
          body: JSON.stringify({ intakes }),
          headers: { host: "localhost:3000", origin: ORIGIN, "content-type": "application/json" },
        }),
        ctx(SITES.near),
      );

    const committed = original.map((i) =>
      i.material === "red-mud" ? { ...i, committedTonnesPerYear: i.capacityTonnesPerYear } : i,
    );
    expect((await patch(committed)).status).toBe(200);
    const full = (await search(url)).body;
    expect(full.query.registryVersion).toBeGreaterThan(before.query.registryVersion);
    const now = full.results.find((r) => r.site.id === SITES.near)!;
    expect(now).toMatchObject({ full: true, remainingCapacityTonnes: 0 });
    // Still listed (a planner wants to see it), at the same distance.
    expect(now.distanceKm).toBe(target.distanceKm);

    expect((await patch(original)).status).toBe(200);
    const restored = (await search(url)).body.results.find((r) => r.site.id === SITES.near)!;
    expect(restored).toMatchObject({ full: false, remainingCapacityTonnes: target.remainingCapacityTonnes });
  });
});

describe("site API: status and synthetic filters", () => {
  it("filters by status and synthetic label and rejects bad values with specific messages", async () => {
    // One site that is not operating, so the status filter has something to drop.
    await prisma.site.update({ where: { id: SITES.power }, data: { status: "retired" } });
    markRegistryChanged();
    try {
      const all = await sites();
      expect(all.features.map((f) => f.id).sort()).toEqual(Object.values(SITES).sort());
      const real = await sites("?includeSynthetic=false");
      expect(real.features.map((f) => f.id)).toEqual(
        all.features.filter((f) => !f.properties.provenance.synthetic).map((f) => f.id),
      );
      expect(real.features.map((f) => f.id)).not.toContain(SITES.far);
      const operating = await sites("?status=operating");
      expect(operating.features.map((f) => f.id)).toEqual(
        all.features.filter((f) => f.properties.status === "operating").map((f) => f.id),
      );
      expect(operating.features.map((f) => f.id)).not.toContain(SITES.power);
      expect((await sites("?status=retired")).features.map((f) => f.id)).toEqual([SITES.power]);
      for (const f of all.features)
        expect(["operating", "construction", "proposed", "mothballed", "retired", "cancelled", "unknown"]).toContain(
          f.properties.status,
        );
      const cases: [string, RegExp][] = [
        ["?status=closed", /^status: unknown status "closed"; known statuses: operating, construction, proposed/],
        ["?includeSynthetic=yes", /^includeSynthetic: includeSynthetic must be true or false \(got "yes"\)$/],
      ];
      for (const [query, message] of cases) {
        const res = await sitesRoute.GET(get(`/api/sites${query}`), noCtx);
        expect(res.status, query).toBe(400);
        expect(((await res.json()) as { error: string }).error, query).toMatch(message);
      }
    } finally {
      await prisma.site.update({ where: { id: SITES.power }, data: { status: "operating" } });
      markRegistryChanged();
    }
  });
});
