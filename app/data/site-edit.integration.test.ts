// Registry writes on the fixture database: create, update, delete, their audit entries and the county lookup.
import { beforeAll, describe, expect, it } from "vitest";
import { seedFixtures, HEJIN, PARK_ID, SITES, YANHU } from "./testing/fixtures";
import { createSite, deleteSite, geoContext, loadStoredSite, mergedSiteInput, updateSite } from "./site-edit";
import { auditFor, recentAudit } from "./audit";
import { registryVersion } from "./registry";
import { loadRegistry } from "../application/registry-cache";
import { siteInputSchema, type SiteInput } from "../domain/import/site-input";
import { prisma } from "./db";

beforeAll(seedFixtures);

const input = (patch: Partial<SiteInput> = {}): SiteInput =>
  siteInputSchema.parse({
    name: "新建测试厂",
    nameEn: "New fixture plant",
    industry: "cement",
    lng: 110.8,
    lat: 35.5,
    intakes: [{ material: "fly-ash", route: "cement", capacityTonnesPerYear: 20_000 }],
    ...patch,
  });

describe("geo context", () => {
  it("locates counties and tests the province outline", async () => {
    const g = await geoContext();
    expect(g.countyOf(110.7, 35.6)).toBe(HEJIN.adcode);
    expect(g.countyOf(111.1, 35.0)).toBe(YANHU.adcode);
    expect(g.countyOf(113, 38)).toBeNull(); // inside the province box but in no fixture county
    expect(g.insideProvince(112, 37)).toBe(true);
    expect(g.insideProvince(116.4, 39.9)).toBe(false); // Beijing
  });
});

describe("site edits", () => {
  it("creates a site in its county, audits it and invalidates the registry cache", async () => {
    const cached = await loadRegistry();
    const v = registryVersion();
    const created = await createSite("alice", input());
    if (!("id" in created)) throw new Error(created.error);
    expect(registryVersion()).toBeGreaterThan(v);
    expect((await loadRegistry()).length).toBe(cached.length + 1);
    const stored = (await loadStoredSite(created.id))!;
    expect(stored).toMatchObject({
      name: "新建测试厂",
      countyAdcode: HEJIN.adcode,
      outsideProvince: false,
      source: "user",
    });
    expect(stored.intakes).toEqual([
      {
        material: "fly-ash",
        route: "cement",
        capacityTonnesPerYear: 20_000,
        committedTonnesPerYear: 0,
        estimated: false,
        coefficient: null,
      },
    ]);
    const [entry] = await auditFor("site", created.id);
    expect(entry).toMatchObject({ username: "alice", action: "create", entity: "site", before: null });
    expect(entry.after).toMatchObject({ name: "新建测试厂", countyAdcode: HEJIN.adcode });
  });

  it("updates with the county recomputed, records before/after, and skips an unchanged save", async () => {
    const created = await createSite("alice", input({ name: "待移动厂" }));
    if (!("id" in created)) throw new Error(created.error);
    const moved = await updateSite("bob", created.id, input({ name: "待移动厂", lng: 111.0, lat: 35.1 }));
    expect(moved).toEqual({ id: created.id, changed: true, version: 2 });
    expect((await loadStoredSite(created.id))!.countyAdcode).toBe(YANHU.adcode);
    const [update] = await auditFor("site", created.id);
    expect(update).toMatchObject({ username: "bob", action: "update" });
    expect(update.before).toMatchObject({ lng: 110.8, countyAdcode: HEJIN.adcode });
    expect(update.after).toMatchObject({
      lng: 111.0,
      countyAdcode: YANHU.adcode,
      changed: expect.arrayContaining(["lng", "lat"]),
    });

    const v = registryVersion();
    expect(await updateSite("bob", created.id, input({ name: "待移动厂", lng: 111.0, lat: 35.1 }))).toEqual({
      id: created.id,
      changed: false,
      version: 2,
    });
    expect(registryVersion()).toBe(v);
    // A save based on an older version is refused, not applied over the newer one.
    expect(await updateSite("carol", created.id, input({ name: "旧版本", lng: 111.0, lat: 35.1 }), 1)).toEqual({
      error: "conflict",
      currentVersion: 2,
      yourVersion: 1,
    });
    expect(await auditFor("site", created.id)).toHaveLength(2);
  });

  it("merges a PATCH onto the stored site; outputs and intakes replace the lists", async () => {
    const merged = (await mergedSiteInput(SITES.near, { capacityMw: 12, intakes: [] }))!;
    expect(merged).toMatchObject({ name: "测试水泥厂", capacityMw: 12, intakes: [] });
    expect(merged).not.toHaveProperty("id");
    expect(merged).not.toHaveProperty("countyAdcode");
    expect(await mergedSiteInput("nope", {})).toBeNull();
  });

  it("refuses a site outside the province unless flagged, and an unknown park, writing nothing", async () => {
    const count = await prisma.site.count();
    expect(await createSite("alice", input({ lng: 116.4, lat: 39.9 }))).toEqual({ error: "outside-province" });
    expect(await createSite("alice", input({ parkId: "no-such-park" }))).toEqual({ error: "unknown-park" });
    expect(await prisma.site.count()).toBe(count);
    const outside = await createSite("alice", input({ lng: 116.4, lat: 39.9, outsideProvince: true }));
    if (!("id" in outside)) throw new Error(outside.error);
    expect(await loadStoredSite(outside.id)).toMatchObject({ outsideProvince: true, countyAdcode: null });
    const inPark = await createSite("alice", input({ parkId: PARK_ID }));
    expect("id" in inPark).toBe(true);
  });

  it("deletes a site with its flows and keeps the full before state in the audit log", async () => {
    const created = await createSite("alice", input({ name: "将删除厂" }));
    if (!("id" in created)) throw new Error(created.error);
    expect(await deleteSite("carol", created.id)).toEqual({ id: created.id });
    expect(await loadStoredSite(created.id)).toBeNull();
    expect(await prisma.intake.count({ where: { siteId: created.id } })).toBe(0);
    const [del] = await auditFor("site", created.id);
    expect(del).toMatchObject({ username: "carol", action: "delete", after: null });
    expect(del.before).toMatchObject({ name: "将删除厂", intakes: [expect.objectContaining({ material: "fly-ash" })] });
    expect(await deleteSite("carol", created.id)).toEqual({ error: "not-found" });
    expect(await updateSite("carol", created.id, input())).toEqual({ error: "not-found" });
  });

  it("lists recent audit entries newest first across the registry", async () => {
    const recent = await recentAudit(3);
    expect(recent).toHaveLength(3);
    expect(recent[0].id).toBeGreaterThan(recent[1].id);
    expect(recent[0]).toMatchObject({ action: "delete", username: "carol" });
    expect(typeof recent[0].at).toBe("string");
  });
});
