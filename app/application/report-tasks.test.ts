import { describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import sharp from "sharp";
import { fixtureSnapshot } from "../domain/proposals/test-fixtures";
import { buildProposalReport, MAP_IMAGE_PX_PER_PT, readReportFonts, renderMapPng } from "./report-tasks";

const proposal = {
  id: "p-test",
  name: "河津赤泥共生集群",
  notes: null,
  cycleLevel: "park",
  snapshot: fixtureSnapshot(),
};
const generatedAt = "2026-02-03T04:05:06.000Z";

describe("report tasks (run on the app worker thread)", () => {
  it("renders the PDF map to a PNG of the map's size, the same bytes each time", async () => {
    const fonts = await readReportFonts();
    const a = await renderMapPng(proposal, { lang: "zh", fonts, counties: [] });
    const meta = await sharp(a.png).metadata();
    expect(meta.format).toBe("png");
    expect(meta.width).toBe(Math.round(a.widthPt * MAP_IMAGE_PX_PER_PT));
    expect(meta.height).toBe(Math.round(a.heightPt * MAP_IMAGE_PX_PER_PT));
    // Not blank: the map draws flows and sites in colour over its grey background.
    const stats = await sharp(a.png).stats();
    expect(stats.channels[0].min).toBeLessThan(100);
    const b = await renderMapPng(proposal, { lang: "zh", fonts, counties: [] });
    expect(Buffer.from(b.png).equals(Buffer.from(a.png))).toBe(true);
  });

  it("builds a DOCX with the rendered map inside", async () => {
    const bytes = await buildProposalReport({ proposal, format: "docx", lang: "en", generatedAt, countiesJson: "[]" });
    const files = unzipSync(bytes);
    const media = Object.keys(files).filter((f) => f.startsWith("word/media/"));
    expect(media).toHaveLength(1);
    expect((await sharp(files[media[0]]).metadata()).format).toBe("png");
    expect(strFromU8(files["word/document.xml"])).toContain("Cluster map");
  });
});
