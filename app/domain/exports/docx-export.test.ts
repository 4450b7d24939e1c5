import { describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { fixtureSnapshot, pairing } from "../proposals/test-fixtures";
import { ROUTE_TARGETS } from "../proposals/benchmarks";
import { buildDocx, buildTablesDocx } from "./docx-export";
import { golden } from "./golden-file";
import type { ExportProposal } from "./export-tables";

const generatedAt = "2026-02-03T04:05:06.000Z";
const proposal: ExportProposal = {
  id: "p-test",
  name: "河津赤泥共生集群",
  notes: "测试备注",
  cycleLevel: "park",
  snapshot: fixtureSnapshot(),
};
// A 2×1 PNG (the map image is rendered by the application layer; here any valid PNG will do).
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAGAQEAWnhFxgAAAABJRU5ErkJggg==",
    "base64",
  ),
);
const map = { png: PNG, widthPt: 527, heightPt: 480 };

const parts = (bytes: Uint8Array) => unzipSync(bytes);
/** The document's paragraphs as text (one line each; table cells separated by " | "). */
function documentText(bytes: Uint8Array): string {
  const xml = strFromU8(parts(bytes)["word/document.xml"]);
  return xml
    .replace(/<\/w:p><\/w:tc>/g, "</w:tc>")
    .replace(/<\/w:tc><\/w:tr>/g, "</w:tr>")
    .replace(/<\/w:tc>/g, " | ")
    .replace(/<\/w:tr>/g, "\n")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"');
}

describe("buildDocx", async () => {
  const zh = await buildDocx(proposal, { lang: "zh", generatedAt, map });

  it("matches the golden text: title, synthetic banner, KPIs, pairings, route targets, sites, assumptions", () => {
    const text = documentText(zh);
    expect(text).toBe(golden("proposal.zh.docx.txt", text));
    for (const s of [
      "河津赤泥共生集群",
      "含合成（示例）数据",
      "主要指标",
      "固体废物交换总量 | 810,000 | t/年",
      "河津电厂 | 新绛砖厂 | 粉煤灰 | 墙体材料 | 100,000",
      "对全省利用途径目标的贡献",
      "假设与数据来源",
      "Jensen",
    ])
      expect(text).toContain(s);
    expect(text).not.toMatch(/\|\s*wall-materials\s*\|/);
  });

  it("sets an East Asian font and language so Word lays the Chinese out as Chinese", () => {
    const styles = strFromU8(parts(zh)["word/styles.xml"]);
    expect(styles).toMatch(/w:eastAsia="SimSun"/);
    expect(styles).toMatch(/w:eastAsia="SimHei"/);
    expect(styles).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
  });

  it("embeds the map image as a PNG with alt text", () => {
    const files = parts(zh);
    const media = Object.keys(files).filter((f) => f.startsWith("word/media/"));
    expect(media).toHaveLength(1);
    expect(Buffer.from(files[media[0]]).equals(Buffer.from(PNG))).toBe(true);
    expect(strFromU8(files["word/document.xml"])).toMatch(
      /<wp:docPr id="1" name="集群地图" descr="集群地图: 河津赤泥共生集群"/,
    );
  });

  it("leaves the map out when there is no image", async () => {
    const files = parts(await buildDocx(proposal, { lang: "zh", generatedAt, map: null }));
    expect(Object.keys(files).filter((f) => f.startsWith("word/media/"))).toEqual([]);
  });

  it("lists all route targets the cluster feeds (every row, as on the page, XLSX and CSV)", async () => {
    const snap = fixtureSnapshot();
    snap.pairings = ROUTE_TARGETS.map((r, i) =>
      pairing("power", "cement", { material: r.material, route: r.routes[0], tonnesPerYear: 11_111 * (i + 1) }),
    );
    const bytes = await buildDocx({ ...proposal, snapshot: snap }, { lang: "en", generatedAt, map: null });
    const text = documentText(bytes);
    ROUTE_TARGETS.forEach((r, i) =>
      expect(text).toContain(`${r.labelEn} | ${(11_111 * (i + 1)).toLocaleString("en-US")}`),
    );
    // The footer: "Page {PAGE} of {NUMPAGES}" with Word fields for the numbers.
    const footer = strFromU8(parts(bytes)["word/footer1.xml"]);
    expect(footer).toMatch(/Page .*PAGE.* of .*NUMPAGES/);
  });

  it("is byte-identical for the same proposal and time, even after other documents were built", async () => {
    await buildDocx({ ...proposal, name: "other" }, { lang: "en", generatedAt, map });
    const again = await buildDocx(proposal, { lang: "zh", generatedAt, map });
    expect(Buffer.from(again).equals(Buffer.from(zh))).toBe(true);
    const core = strFromU8(parts(zh)["docProps/core.xml"]);
    expect(core).toContain(">2026-02-03T04:05:06Z</dcterms:created>");
    expect(core).toContain(">2026-02-03T04:05:06Z</dcterms:modified>");
    const later = await buildDocx(proposal, { lang: "zh", generatedAt: "2026-03-01T00:00:00.000Z", map });
    expect(Buffer.from(later).equals(Buffer.from(zh))).toBe(false);
  });

  it("writes English in English", async () => {
    const text = documentText(await buildDocx(proposal, { lang: "en", generatedAt, map }));
    expect(text).toContain("Industrial symbiosis cluster proposal");
    expect(text).toContain("Hejin Power | Xinjiang Bricks | Fly ash | Wall materials | 100,000");
  });
});

describe("buildTablesDocx", () => {
  it("writes the title, the synthetic notice and each section's chosen columns", async () => {
    const bytes = await buildTablesDocx(
      {
        title: "运城市规划进展",
        subtitle: "规划跟踪",
        summaryLines: ["统计口径：真实企业"],
        sections: [
          {
            title: "各物料",
            table: { columns: ["物料", "代码", "产生量 (t)"], rows: [["粉煤灰", "fly-ash", 1234.5]] },
            columns: [0, 2],
          },
        ],
        synthetic: true,
      },
      { lang: "zh", generatedAt },
    );
    const text = documentText(bytes);
    expect(text).toContain("运城市规划进展");
    expect(text).toContain("含合成（示例）数据");
    expect(text).toContain("物料 | 产生量 (t)");
    expect(text).toContain("粉煤灰 | 1,235");
    expect(text).not.toContain("fly-ash");
  });
});
