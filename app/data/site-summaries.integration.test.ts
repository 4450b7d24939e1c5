// Site summaries (what the /proposals pickers ask for) on the fixture database, through the route handler.
import { beforeAll, describe, expect, it } from "vitest";
import { seedFixtures, SITES } from "./testing/fixtures";
import { GET } from "../api/site-summaries/route";
import { NextRequest } from "next/server";
import type { SiteSummary } from "../domain/site-summary";

beforeAll(seedFixtures);

async function get(query: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await GET(new NextRequest(`http://localhost/api/site-summaries?${query}`), undefined as never);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
const ids = (body: Record<string, unknown>) => (body.sites as SiteSummary[]).map((s) => s.id);

describe("GET /api/site-summaries", () => {
  it("finds sites by Chinese or English name (Latin letters in any case) or id, with the picker's fields", async () => {
    const zh = await get(`q=${encodeURIComponent("水泥")}`);
    expect(zh.status).toBe(200);
    expect(zh.body).toMatchObject({ numberMatched: 1, numberReturned: 1, next: null });
    expect(zh.body.sites).toEqual([
      {
        id: SITES.near,
        name: "测试水泥厂",
        nameEn: "Fixture cement",
        synthetic: false,
        status: "operating",
        lng: 110.755,
        lat: 35.6,
        materials: ["fly-ash", "red-mud"],
      },
    ]);
    expect(ids((await get("q=FIXTURE%20POWER")).body)).toEqual([SITES.power]);
    expect(ids((await get("q=fx-consumer")).body)).toEqual([SITES.far, SITES.near]);
    expect((await get(`q=${encodeURIComponent("无此企业")}`)).body).toMatchObject({ numberMatched: 0, sites: [] });
  });

  it("lists given ids, and narrows by bbox, material and synthetic like the map API", async () => {
    expect(ids((await get(`ids=${SITES.power},${SITES.producer},nope`)).body)).toEqual([SITES.power, SITES.producer]);
    expect(ids((await get("bbox=110.5,35.5,110.8,35.8")).body)).toEqual([SITES.near, SITES.power, SITES.producer]);
    expect(ids((await get("bbox=110.5,35.5,110.8,35.8&material=red-mud")).body)).toEqual([SITES.near, SITES.producer]);
    expect(ids((await get("q=fixture&includeSynthetic=false")).body)).not.toContain(SITES.far);
  });

  it("pages in id order with a next URL that keeps the filters", async () => {
    const first = await get("q=fixture&limit=3");
    expect(first.body).toMatchObject({ numberMatched: 4, numberReturned: 3 });
    const next = String(first.body.next);
    expect(next).toMatch(/^\/api\/site-summaries\?q=fixture&limit=3&cursor=/);
    const second = await get(next.split("?")[1]);
    expect([...ids(first.body), ...ids(second.body)]).toEqual(
      [SITES.far, SITES.near, SITES.power, SITES.producer].sort(),
    );
    expect(second.body.next).toBeNull();
  });

  it("answers 400 naming the bad parameter", async () => {
    expect(await get("q=")).toEqual({
      status: 400,
      body: { error: "q: q must not be empty; omit it to list every site" },
    });
    expect((await get("limit=0")).body.error).toMatch(/^limit: limit must be an integer 1..10000/);
    expect((await get("sort=name")).body.error).toBe("unknown parameter(s): sort");
  });
});
