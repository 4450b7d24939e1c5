// Imports on the fixture database through the real worker thread (app/application/import-task.ts): dry run,
// all-or-nothing writes (an issue or a database error mid-way leaves every table as it was), duplicates and the
// re-import no-op.
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { seedFixtures, HEJIN, PARK_ID, YANHU } from "./testing/fixtures";
import type { ImportRequest, ImportReport } from "./import";
import { importRegistryFile } from "../application/registry-files";
import { auditFor } from "./audit";
import { loadRegistry } from "../application/registry-cache";
import { prisma } from "./db";
import { databaseUrl } from "../../prisma/database-url";

beforeAll(seedFixtures);

const HEADER = "id,name,name (English),industry,longitude,latitude,flow,material,route,tonnes per year";
const csv = (...rows: string[]) => new TextEncoder().encode([HEADER, ...rows].join("\n") + "\n");
const request = (bytes: Uint8Array, patch: Partial<ImportRequest> = {}): ImportRequest => ({
  bytes,
  format: "csv",
  crs: "wgs84",
  onDuplicate: "update",
  allowOutsideProvince: false,
  dryRun: false,
  actor: "importer",
  ...patch,
});
// The app's entry point: the whole import on a worker thread; the report comes back as the API answer's JSON bytes.
async function runImport(req: ImportRequest) {
  const r = await importRegistryFile(req);
  if (!r.ok) return r;
  const { report } = JSON.parse(new TextDecoder().decode(r.reportJson)) as { report: ImportReport };
  return { ok: true as const, report };
}

/** Every row of the tables an import writes, read straight from the file. */
function snapshot(): string {
  const db = new Database(databaseUrl().replace(/^file:/, ""), { readonly: true });
  try {
    const tables = ["Site", "Output", "Intake", "SitePark", "AuditLog"];
    return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()));
  } finally {
    db.close();
  }
}
const GOOD = csv(
  "imp-a,导入甲厂,Import A,cement,110.80,35.50,intake,red-mud,cement,30000",
  "imp-a,导入甲厂,Import A,cement,110.80,35.50,intake,fly-ash,cement,10000",
  "imp-b,导入乙厂,Import B,coal-power,111.05,35.05,output,fly-ash,,200000",
);

describe("runImport", () => {
  it("reports a dry run without writing anything", async () => {
    const before = await prisma.site.count();
    const r = await runImport(request(GOOD, { dryRun: true }));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.report).toMatchObject({ dryRun: true, rows: 3, sites: 2, created: 2, updated: 0 });
    expect(await prisma.site.count()).toBe(before);
  });

  it("writes sites with flows and counties, audited, and re-importing the same file changes nothing", async () => {
    const r = await runImport(request(GOOD));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.report).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(r.report.items.map((i) => [i.id, i.countyAdcode])).toEqual([
      ["imp-a", HEJIN.adcode],
      ["imp-b", YANHU.adcode],
    ]);
    const a = (await loadRegistry()).find((s) => s.id === "imp-a")!;
    expect(a.intakes.map((i) => i.material).sort()).toEqual(["fly-ash", "red-mud"]);
    expect(await auditFor("site", "imp-a")).toHaveLength(1);

    const again = await runImport(request(GOOD));
    if (!again.ok) throw new Error(JSON.stringify(again.issues));
    expect(again.report).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await auditFor("site", "imp-a")).toHaveLength(1);
  });

  it("updates or skips an existing site as asked", async () => {
    const changed = csv("imp-b,导入乙厂,Import B,coal-power,111.05,35.05,output,fly-ash,,250000");
    const skipped = await runImport(request(changed, { onDuplicate: "skip" }));
    expect(skipped.ok && skipped.report.skipped).toBe(1);
    expect((await prisma.output.findFirst({ where: { siteId: "imp-b" } }))!.tonnesPerYear).toBe(200_000);
    const updated = await runImport(request(changed, { onDuplicate: "update" }));
    expect(updated.ok && updated.report.updated).toBe(1);
    expect((await prisma.output.findFirst({ where: { siteId: "imp-b" } }))!.tonnesPerYear).toBe(250_000);
  });

  it("writes nothing when any row is invalid, and reports every problem with its row", async () => {
    const before = await prisma.site.count();
    const bad = csv(
      "imp-c,导入丙厂,Import C,cement,110.85,35.55,intake,red-mud,cement,1000",
      "imp-d,导入丁厂,Import D,cement,116.40,39.90,intake,red-mud,cement,1000",
      "imp-e,导入戊厂,Import E,cement,110.90,35.60,intake,slag,cement,1000",
    );
    const r = await runImport(request(bad));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.row, i.code] as const)).toEqual(
      expect.arrayContaining([
        [3, "outside-province"],
        [4, "unknown-material"],
      ]),
    );
    expect(await prisma.site.count()).toBe(before);
    expect(await prisma.site.findUnique({ where: { id: "imp-c" } })).toBeNull();
  });

  it("rejects an unknown park id before writing, leaving every table as it was", async () => {
    const before = snapshot();
    const withPark = new TextEncoder().encode(
      `name,industry,longitude,latitude,park id\n园区甲厂,cement,110.8,35.5,${PARK_ID}\n园区厂,cement,110.8,35.5,no-such-park\n`,
    );
    const r = await runImport(request(withPark));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toEqual([expect.objectContaining({ row: 3, column: "parkId", code: "unknown-park" })]);
    expect(snapshot()).toBe(before);
  });

  it("rolls back every write when the database refuses a row mid-way", async () => {
    const db = new Database(databaseUrl().replace(/^file:/, ""));
    // A constraint the import cannot foresee: the third site of the file is refused by the database itself.
    db.exec(
      `CREATE TRIGGER refuse_site BEFORE INSERT ON "Site" WHEN NEW.nameZh = '拒收厂' BEGIN SELECT RAISE(ABORT, 'refused by trigger'); END`,
    );
    try {
      const before = snapshot();
      const file = csv(
        "imp-b,导入乙厂,Import B,coal-power,111.05,35.05,output,fly-ash,,260000",
        "imp-f,导入己厂,Import F,cement,110.82,35.52,intake,fly-ash,cement,5000",
        "imp-g,拒收厂,Refused,cement,110.83,35.53,intake,fly-ash,cement,5000",
      );
      await expect(runImport(request(file))).rejects.toThrow(/refused by trigger/);
      expect(snapshot()).toBe(before);
      expect(await prisma.site.findUnique({ where: { id: "imp-f" } })).toBeNull();
    } finally {
      db.exec(`DROP TRIGGER refuse_site`);
      db.close();
    }
  });
});
