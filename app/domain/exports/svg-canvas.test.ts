import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { fixtureSnapshot } from "../proposals/test-fixtures";
import { mapSvg } from "./pdf-export";
import { SvgCanvas } from "./svg-canvas";

const FONT_DIR = join(process.cwd(), "node_modules/@embedpdf/fonts-sc/fonts");
const fonts = {
  regular: readFileSync(join(FONT_DIR, "NotoSansHans-Regular.otf")),
  bold: readFileSync(join(FONT_DIR, "NotoSansHans-Bold.otf")),
};

describe("SvgCanvas", () => {
  const canvas = () => new SvgCanvas().registerFont("cjk", fonts.regular).registerFont("cjk-bold", fonts.bold);

  it("measures text exactly as pdfkit does, so labels are placed and cut the same", () => {
    const pdf = new PDFDocument({ autoFirstPage: true });
    pdf.registerFont("cjk", Buffer.from(fonts.regular));
    const svg = canvas();
    for (const [text, size] of [
      ["河津电厂", 7],
      ["Hejin Power", 7],
      ["第 1 页 / 共 5 页", 7.5],
      ["中铝山西分公司 Chalco", 12],
    ] as const) {
      pdf.font("cjk").fontSize(size);
      svg.font("cjk").fontSize(size);
      expect(svg.widthOfString(text)).toBeCloseTo(pdf.widthOfString(text), 6);
    }
  });

  it("writes text as glyph outlines defined once, paths with the current style, and balanced clip groups", () => {
    const c = canvas();
    c.save().rect(0, 0, 100, 50).clip();
    c.fillColor("#c0392b").fillOpacity(0.18).strokeColor("#c0392b").lineWidth(1.4).circle(10, 10, 4).fillAndStroke();
    c.fillOpacity(1).dash(2, { space: 1.5 }).moveTo(0, 0).lineTo(20, 20).stroke().undash();
    c.fontSize(10).fillColor("#1c2833").text("河河津", 5, 30);
    c.restore();
    const svg = c.toSvg({ x: 0, y: 0, w: 100, h: 50 }, 2);
    expect(svg).toMatch(/^<svg [^>]*width="200" height="100" viewBox="0 0 100 50"/);
    expect(svg).toContain('<clipPath id="clip1">');
    expect(svg.match(/<g clip-path=/g)).toHaveLength(1);
    expect(svg.match(/<g\b/g)!.length).toBe(svg.match(/<\/g>/g)!.length);
    expect(svg).toMatch(/fill="#c0392b" fill-opacity="0.18" stroke="#c0392b" stroke-width="1.4"/);
    expect(svg).toContain('stroke-dasharray="2 1.5"');
    // "河" twice, "津" once: two glyph definitions, three uses.
    expect(svg.match(/<path id="cjk-\d+"/g)).toHaveLength(2);
    expect(svg.match(/<use href="#cjk-\d+"/g)).toHaveLength(3);
  });
});

describe("mapSvg", () => {
  it("draws the report map with synthetic sites as hollow rings and the legend, deterministically", () => {
    const p = { id: "p", name: "河津", notes: null, cycleLevel: "park", snapshot: fixtureSnapshot() };
    const a = mapSvg(p, { lang: "zh", fonts, counties: [] }, 2);
    expect(a.widthPt).toBeGreaterThan(500);
    expect(a.heightPt).toBeGreaterThan(430);
    // Two synthetic sites (the cement and brick plants) as faint-filled rings; two real ones solid with a white edge.
    expect(a.svg.match(/fill-opacity="0.18" stroke="#1f6fb2"/g)).toHaveLength(2);
    expect(a.svg.match(/fill="#c0392b" stroke="#ffffff"/g)).toHaveLength(2);
    expect(mapSvg(p, { lang: "zh", fonts, counties: [] }, 2).svg).toBe(a.svg);
    expect(mapSvg(p, { lang: "en", fonts, counties: [] }, 2).svg).not.toBe(a.svg);
  });
});
