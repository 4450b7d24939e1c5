// Imports on the fixture database: dry run, all-or-nothing writes, duplicates and the re-import no-op.
import { beforeAll, describe, expect, it } from "vitest";
import { seedFixtures, HEJIN, YANHU } from "./testing/fixtures";
import { runImport, type ImportRequest, type Prepare } from "./import";
import { runWorkerTask, type PrepareImportOutput } from "../application/worker-tasks";
import { auditFor } from "./audit";
import { loadRegistry } from "../application/registry-cache";
import { prisma } from "./db";

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
// The app runs preparation on a worker thread (app/application/registry-files.ts); here the same task runs in-process.
const prepare: Prepare = async (input) =>
  (await runWorkerTask({ task: "prepare-import", input })).result as PrepareImportOutput;
const GOOD = csv(
  "imp-a,导入甲厂,Import A,cement,110.80,35.50,intake,red-mud,cement,30000",
  "imp-a,导入甲厂,Import A,cement,110.80,35.50,intake,fly-ash,cement,10000",
  "imp-b,导入乙厂,Import B,coal-power,111.05,35.05,output,fly-ash,,200000",
);

describe("runImport", () => {
  it("reports a dry run without writing anything", async () => {
    const before = await prisma.site.count();
    const r = await runImport(request(GOOD, { dryRun: true }), prepare);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.report).toMatchObject({ dryRun: true, rows: 3, sites: 2, created: 2, updated: 0 });
    expect(await prisma.site.count()).toBe(before);
  });

  it("writes sites with flows and counties, audited, and re-importing the same file changes nothing", async () => {
    const r = await runImport(request(GOOD), prepare);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.report).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(r.report.items.map((i) => [i.id, i.countyAdcode])).toEqual([
      ["imp-a", HEJIN.adcode],
      ["imp-b", YANHU.adcode],
    ]);
    const a = (await loadRegistry()).find((s) => s.id === "imp-a")!;
    expect(a.intakes.map((i) => i.material).sort()).toEqual(["fly-ash", "red-mud"]);
    expect(await auditFor("site", "imp-a")).toHaveLength(1);

    const again = await runImport(request(GOOD), prepare);
    if (!again.ok) throw new Error(JSON.stringify(again.issues));
    expect(again.report).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await auditFor("site", "imp-a")).toHaveLength(1);
  });

  it("updates or skips an existing site as asked", async () => {
    const changed = csv("imp-b,导入乙厂,Import B,coal-power,111.05,35.05,output,fly-ash,,250000");
    const skipped = await runImport(request(changed, { onDuplicate: "skip" }), prepare);
    expect(skipped.ok && skipped.report.skipped).toBe(1);
    expect((await prisma.output.findFirst({ where: { siteId: "imp-b" } }))!.tonnesPerYear).toBe(200_000);
    const updated = await runImport(request(changed, { onDuplicate: "update" }), prepare);
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
    const r = await runImport(request(bad), prepare);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.row, i.code])).toEqual(
      expect.arrayContaining([
        [3, "outside-province"],
        [4, "unknown-material"],
      ]),
    );
    expect(await prisma.site.count()).toBe(before);
    expect(await prisma.site.findUnique({ where: { id: "imp-c" } })).toBeNull();
  });

  it("rejects an unknown park id before writing", async () => {
    const withPark = new TextEncoder().encode(
      "name,industry,longitude,latitude,park id\n园区厂,cement,110.8,35.5,no-such-park\n",
    );
    const r = await runImport(request(withPark), prepare);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toEqual([expect.objectContaining({ row: 2, column: "parkId", code: "unknown-park" })]);
  });
});
