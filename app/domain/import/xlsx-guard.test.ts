import { describe, expect, it } from "vitest";
import { checkXlsxArchive, MAX_XLSX_ENTRY_BYTES } from "./xlsx-guard";
import { readImportFile } from "./read-file";
import { hostileXlsx, importRows, xlsx, zip } from "../../../e2e/fixtures/hostile-files";

describe("XLSX zip-bomb guard", () => {
  it("passes a normal workbook and exceljs reads it", async () => {
    const book = xlsx(importRows(50));
    expect(checkXlsxArchive(book)).toEqual({ ok: true });
    const read = await readImportFile(book, "xlsx");
    expect(read.issues).toEqual([]);
    expect(read.records).toHaveLength(50);
  });

  it("refuses 300,000 compressed rows by counting them, before exceljs expands anything", async () => {
    const bomb = hostileXlsx(300_000);
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    expect(checkXlsxArchive(bomb)).toMatchObject({ ok: false, reason: "too-many-rows", rows: 300_000, limit: 20_000 });
    const read = await readImportFile(bomb, "xlsx");
    expect(read.issues).toMatchObject([{ code: "too-many-rows", params: { limit: 20_000 } }]);
  }, 60_000);

  it("refuses an entry that expands beyond the limit even when the directory lies about its size", () => {
    const big = Buffer.alloc(MAX_XLSX_ENTRY_BYTES + 1024, 0x20);
    const archive = zip([{ name: "xl/worksheets/sheet1.xml", data: big }]);
    expect(checkXlsxArchive(archive)).toMatchObject({ ok: false, reason: "entry-too-large" });
    // Forge the declared sizes down to 1 kB: the inflate cap still stops it.
    const forged = Buffer.from(archive);
    const cd = forged.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    forged.writeUInt32LE(1024, cd + 24);
    forged.writeUInt32LE(1024, 22);
    expect(checkXlsxArchive(forged)).toMatchObject({
      ok: false,
      reason: "entry-too-large",
      entry: "xl/worksheets/sheet1.xml",
    });
  });

  it("calls garbage malformed", () => {
    expect(checkXlsxArchive(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatchObject({
      ok: false,
      reason: "malformed",
    });
  });
});
