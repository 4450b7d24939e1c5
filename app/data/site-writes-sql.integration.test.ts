// The worker threads' SQL site writers (imports) store exactly what the editor's Prisma writers store, column by
// column and storage type by storage type, for a create and for a replace.
import { beforeAll, describe, expect, it } from "vitest";
import { seedFixtures, HEJIN, PARK_ID, YANHU } from "./testing/fixtures";
import { prisma } from "./db";
import { insertSite, loadStoredSite, replaceSite } from "./site-edit";
import { membershipParksFrom, sqlSiteWriter } from "./site-writes-sql";
import { openWorkerDb, type WorkerDb } from "./worker-db";
import { siteInputSchema, type SiteInput } from "../domain/import/site-input";

beforeAll(seedFixtures);

const FIRST: SiteInput = siteInputSchema.parse({
  name: "等价测试厂",
  nameEn: "Parity works",
  ownerGroup: "G9",
  industry: "cement",
  lng: 110.72,
  lat: 35.61,
  capacityMw: 12.5,
  parkId: PARK_ID,
  source: "test",
  sourceRef: "ref-1",
  licence: "CC0",
  precision: "county",
  synthetic: true,
  notes: "备注",
  outputs: [
    {
      material: "fly-ash",
      tonnesPerYear: 1234.5,
      stockpileTonnes: 10,
      estimated: true,
      coefficient: "k1",
      wasteCode: "w",
    },
    { material: "red-mud", tonnesPerYear: 2000 },
  ],
  intakes: [{ material: "red-mud", route: "cement", capacityTonnesPerYear: 5000, committedTonnesPerYear: 100 }],
});
// Moved to another county, out of the park, other flows.
const SECOND: SiteInput = siteInputSchema.parse({
  ...FIRST,
  lng: 111.05,
  lat: 35.05,
  parkId: null,
  synthetic: false,
  status: "construction",
  outputs: [{ material: "fly-ash", tonnesPerYear: 99 }],
  intakes: [
    { material: "fly-ash", route: "cement", capacityTonnesPerYear: 7000, estimated: true, coefficient: "k2" },
    { material: "red-mud", route: "backfill", capacityTonnesPerYear: 300 },
  ],
});

const PRISMA_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/;

/** Each column's value and SQLite storage type, minus the row's own id (different per path by design). */
function typed(db: WorkerDb, table: string, where: string, arg: string, skip: string[]): Record<string, unknown>[] {
  const cols = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[])
    .map((c) => c.name)
    .filter((c) => !skip.includes(c));
  const select = cols.map((c) => `"${c}", typeof("${c}") AS "${c}:type"`).join(", ");
  return db.prepare(`SELECT ${select} FROM "${table}" WHERE ${where} ORDER BY rowid`).all(arg) as Record<
    string,
    unknown
  >[];
}

/** What the database holds for one site, with its id replaced by "ID" and dates checked then dropped. */
function stored(db: WorkerDb, id: string) {
  const dates = db.prepare(`SELECT createdAt, updatedAt FROM "Site" WHERE id = ?`).get(id) as Record<string, string>;
  const ats = (db.prepare(`SELECT at FROM "AuditLog" WHERE entityId = ?`).all(id) as { at: string }[]).map((r) => r.at);
  for (const d of [...Object.values(dates), ...ats]) expect(d).toMatch(PRISMA_DATE);
  const text = JSON.stringify({
    site: typed(db, "Site", "id = ?", id, ["id", "createdAt", "updatedAt"]),
    outputs: typed(db, "Output", "siteId = ?", id, ["id"]),
    intakes: typed(db, "Intake", "siteId = ?", id, ["id"]),
    parks: typed(db, "SitePark", "siteId = ?", id, []),
    audit: typed(db, "AuditLog", "entityId = ?", id, ["id", "at"]),
  });
  return JSON.parse(text.replaceAll(`"${id}"`, `"ID"`));
}

describe("sqlSiteWriter", () => {
  it("creates and replaces a site with the same rows as the Prisma writers", async () => {
    const db = openWorkerDb();
    try {
      const writer = () => sqlSiteWriter(db, membershipParksFrom(db));
      await prisma.$transaction((tx) => insertSite(tx, "alice", "parity-prisma", FIRST, HEJIN.adcode, "import"));
      db.transaction(() => writer().insert("alice", "parity-sql", FIRST, HEJIN.adcode, "import")).immediate();
      const created = stored(db, "parity-prisma");
      expect(created.parks).toEqual([{ siteId: "ID", "siteId:type": "text", parkId: PARK_ID, "parkId:type": "text" }]);
      expect(created.site[0]).toMatchObject({ synthetic: 1, "synthetic:type": "integer", version: 1 });
      expect(created.outputs).toHaveLength(2);
      expect(stored(db, "parity-sql")).toEqual(created);

      const viaPrisma = (await loadStoredSite("parity-prisma"))!;
      const viaSql = (await loadStoredSite("parity-sql"))!;
      expect({ ...viaSql, id: "X" }).toEqual({ ...viaPrisma, id: "X" });
      await prisma.$transaction((tx) => replaceSite(tx, "bob", viaPrisma, SECOND, YANHU.adcode, "import"));
      const changed = db.transaction(() => writer().replace("bob", viaSql, SECOND, YANHU.adcode, "import")).immediate();
      expect(changed).toBe(true);
      const replaced = stored(db, "parity-prisma");
      expect(replaced.site[0]).toMatchObject({ version: 2, countyAdcode: YANHU.adcode, status: "construction" });
      expect(replaced.parks).toEqual([]);
      expect(replaced.audit).toHaveLength(2);
      expect(stored(db, "parity-sql")).toEqual(replaced);
      // Nothing to change: no write, no version bump, no audit entry (as replaceSite).
      const again = (await loadStoredSite("parity-sql"))!;
      expect(db.transaction(() => writer().replace("bob", again, SECOND, YANHU.adcode, "import")).immediate()).toBe(
        false,
      );
      expect(stored(db, "parity-sql")).toEqual(replaced);
    } finally {
      db.close();
    }
  });
});
