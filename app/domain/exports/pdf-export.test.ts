import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixtureSnapshot, pairing, site } from "../proposals/test-fixtures";
import { buildPdf, pdfPageCount, proposalPdfPageCount, TABLE_ROWS_PER_PAGE } from "./pdf-export";
import type { ExportProposal } from "./export-tables";
import { ROUTE_TARGETS } from "../proposals/benchmarks";

const FONT_DIR = join(process.cwd(), "node_modules/@embedpdf/fonts-sc/fonts");
const fonts = {
  regular: readFileSync(join(FONT_DIR, "NotoSansHans-Regular.otf")),
  bold: readFileSync(join(FONT_DIR, "NotoSansHans-Bold.otf")),
};
const generatedAt = "2026-02-03T04:05:06.000Z";
const proposal: ExportProposal = {
  id: "p-test",
  name: "河津赤泥共生集群",
  notes: "测试备注",
  cycleLevel: "park",
  snapshot: fixtureSnapshot(),
};
const counties = [
  {
    adcode: "140882",
    name: "河津市",
    geometry: {
      type: "Polygon" as const,
      coordinates: [
        [
          [110.5, 35.5],
          [110.9, 35.5],
          [110.9, 35.75],
          [110.5, 35.75],
          [110.5, 35.5],
        ],
      ],
    },
  },
];

/** Runs a poppler tool; CI installs poppler-utils, so a missing tool is an error, never a skip. */
function poppler(tool: "pdftotext" | "pdfinfo" | "pdffonts", bytes: Uint8Array, args: string[] = []): string {
  const file = join(mkdtempSync(join(tmpdir(), "atlas-pdf-")), "r.pdf");
  writeFileSync(file, bytes);
  try {
    return execFileSync(tool, [...args, file, ...(tool === "pdftotext" ? ["-"] : [])], { encoding: "utf8" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT")
      throw new Error(`${tool} not found: install poppler-utils (apt-get install -y poppler-utils)`);
    throw e;
  }
}
const pages = (bytes: Uint8Array) => Number(/Pages:\s+(\d+)/.exec(poppler("pdfinfo", bytes))![1]);

describe("buildPdf", async () => {
  const zh = await buildPdf(proposal, { lang: "zh", generatedAt, fonts, counties });

  it("has the expected pages and the cluster, its enterprises, KPIs and sources as text", () => {
    expect(pages(zh)).toBe(proposalPdfPageCount(proposal, "zh"));
    expect(pages(zh)).toBe(5);
    // pdftotext drops the spaces between CJK glyphs, so compare without whitespace.
    const text = poppler("pdftotext", zh).replace(/\s+/g, "");
    for (const s of [
      "河津赤泥共生集群",
      "中铝山西分公司",
      "河津电厂",
      "河津水泥厂",
      "新绛砖厂",
      "Chertow3-2",
      "通过",
      "NISP",
      "32.8",
      "810,000",
      "河津市",
      "第1页/共5页",
      "含合成",
      "Jensen",
    ]) {
      expect(text).toContain(s);
    }
  });

  it("embeds a subset of the CJK font and nothing unembedded", () => {
    const fontsOut = poppler("pdffonts", zh);
    const rows = fontsOut.trim().split("\n").slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r).toMatch(/\+NotoSansHans-(Regular|Bold)/);
      expect(r).toMatch(/\byes\s+yes\s+yes\b/);
    }
  });

  it("writes English text in English", async () => {
    const en = await buildPdf(proposal, { lang: "en", generatedAt, fonts });
    const text = poppler("pdftotext", en);
    expect(text).toContain("Industrial symbiosis cluster proposal");
    expect(text).toContain("Hejin Cement");
    expect(text).toContain("Page 1 of 5");
  });

  it("is byte-identical for the same proposal and time, and records that time as CreationDate", async () => {
    const again = await buildPdf(proposal, { lang: "zh", generatedAt, fonts, counties });
    expect(Buffer.from(again).equals(Buffer.from(zh))).toBe(true);
    expect(poppler("pdfinfo", zh, ["-isodates"])).toMatch(/CreationDate:\s+2026-02-03T04:05:06/);
  });

  it("shows every route target the cluster feeds on the quality page, and keeps it one page", async () => {
    const snap = fixtureSnapshot();
    snap.pairings = ROUTE_TARGETS.map((r, i) =>
      pairing("power", "cement", { material: r.material, route: r.routes[0], tonnesPerYear: 11_111 * (i + 1) }),
    );
    expect(ROUTE_TARGETS.length).toBeGreaterThan(6);
    const p = { ...proposal, snapshot: snap };
    const bytes = await buildPdf(p, { lang: "en", generatedAt, fonts });
    expect(pages(bytes)).toBe(proposalPdfPageCount(p, "en"));
    const quality = poppler("pdftotext", bytes, ["-f", "2", "-l", "2"]);
    ROUTE_TARGETS.forEach((_, i) => expect(quality).toContain(`${(11_111 * (i + 1)).toLocaleString("en-US")} t ·`));
  });

  it("paginates long tables by the fixed row rule", async () => {
    const snap = fixtureSnapshot();
    const many = Array.from({ length: TABLE_ROWS_PER_PAGE + 3 }, (_, i) =>
      site(`s${String(i).padStart(3, "0")}`, { lng: 110.6 + i * 0.01 }),
    );
    const big = {
      ...proposal,
      snapshot: {
        ...snap,
        sites: [...snap.sites, ...many],
        pairings: [...snap.pairings, ...many.map((s) => pairing("power", s.id, { tonnesPerYear: 10 }))],
      },
    };
    const bytes = await buildPdf(big, { lang: "en", generatedAt, fonts });
    expect(pages(bytes)).toBe(proposalPdfPageCount(big, "en"));
    expect(pages(bytes)).toBe(2 + 2 + 2 + 1);
  });
});

describe("buildPdf without exchanges", () => {
  it("still renders a map of the selected sites, a failing 3-2 test and empty tables", async () => {
    const empty = { ...proposal, snapshot: { ...fixtureSnapshot(), pairings: [], materials: [] } };
    const bytes = await buildPdf(empty, { lang: "en", generatedAt, fonts });
    expect(pages(bytes)).toBe(5);
    const text = poppler("pdftotext", bytes);
    expect(text).toContain("fail");
    expect(text).toContain("Hejin Cement");
  });
});

describe("pdfPageCount", () => {
  it("counts map + quality + at least one page per table", () => {
    expect(pdfPageCount(0, 0, 0)).toBe(5);
    expect(pdfPageCount(TABLE_ROWS_PER_PAGE, 1, 1)).toBe(5);
    expect(pdfPageCount(TABLE_ROWS_PER_PAGE + 1, 1, 1)).toBe(6);
  });
});
