/**
 * A drawing surface with the subset of pdfkit's chainable API the report map uses (paths, fills, strokes, dashes,
 * clipping, text), writing SVG instead of PDF. The PDF map routine draws onto it unchanged, so the DOCX map image is
 * the very map of the PDF. Text becomes glyph outlines from the same embedded font (fontkit, pdfkit's own font
 * engine, with pdfkit's metrics), so the SVG needs no installed font and rasterises the same on any machine.
 */
import * as fontkit from "fontkit";

/** The pdfkit calls the map and legend make (pdfkit's PDFDocument satisfies it). */
export interface MapCanvas {
  save(): this;
  restore(): this;
  font(name: string): this;
  fontSize(size: number): this;
  fillColor(colour: string): this;
  strokeColor(colour: string): this;
  fillOpacity(opacity: number): this;
  strokeOpacity(opacity: number): this;
  lineWidth(width: number): this;
  lineCap(cap: "butt" | "round" | "square"): this;
  dash(length: number, options?: { space?: number }): this;
  undash(): this;
  moveTo(x: number, y: number): this;
  lineTo(x: number, y: number): this;
  closePath(): this;
  rect(x: number, y: number, w: number, h: number): this;
  circle(x: number, y: number, r: number): this;
  polygon(...points: number[][]): this;
  fill(): this;
  stroke(): this;
  fillAndStroke(): this;
  clip(): this;
  text(
    text: string,
    x: number,
    y: number,
    options?: { width?: number; align?: "left" | "right" | "center"; lineBreak?: boolean },
  ): this;
  widthOfString(text: string): number;
}

interface State {
  font: string;
  size: number;
  fill: string;
  stroke: string;
  fillOpacity: number;
  strokeOpacity: number;
  lineWidth: number;
  lineCap: string;
  dash: string | null;
  /** Groups opened (clips) since this state was saved. */
  openGroups: number;
}

const n = (x: number) => String(Math.round(x * 100) / 100);
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** SVG recorder of pdfkit-style drawing calls; `toSvg` returns the picture. Fonts are registered by name as bytes. */
export class SvgCanvas implements MapCanvas {
  private readonly fonts = new Map<string, fontkit.Font>();
  private readonly glyphs = new Map<string, string>();
  private readonly body: string[] = [];
  private readonly defs: string[] = [];
  private path = "";
  private clips = 0;
  private state: State = {
    font: "",
    size: 12,
    fill: "#000000",
    stroke: "#000000",
    fillOpacity: 1,
    strokeOpacity: 1,
    lineWidth: 1,
    lineCap: "butt",
    dash: null,
    openGroups: 0,
  };
  private readonly stack: State[] = [];

  registerFont(name: string, bytes: Uint8Array): this {
    this.fonts.set(name, fontkit.create(Buffer.from(bytes)) as fontkit.Font);
    if (!this.state.font) this.state.font = name;
    return this;
  }
  save() {
    this.stack.push({ ...this.state, openGroups: 0 });
    return this;
  }
  restore() {
    for (let i = 0; i < this.state.openGroups; i++) this.body.push("</g>");
    this.state = this.stack.pop() ?? this.state;
    return this;
  }
  font(name: string) {
    if (!this.fonts.has(name)) throw new Error(`unknown font ${name}`);
    this.state.font = name;
    return this;
  }
  fontSize(size: number) {
    this.state.size = size;
    return this;
  }
  fillColor(colour: string) {
    this.state.fill = colour;
    return this;
  }
  strokeColor(colour: string) {
    this.state.stroke = colour;
    return this;
  }
  fillOpacity(opacity: number) {
    this.state.fillOpacity = opacity;
    return this;
  }
  strokeOpacity(opacity: number) {
    this.state.strokeOpacity = opacity;
    return this;
  }
  lineWidth(width: number) {
    this.state.lineWidth = width;
    return this;
  }
  lineCap(cap: "butt" | "round" | "square") {
    this.state.lineCap = cap;
    return this;
  }
  dash(length: number, options: { space?: number } = {}) {
    this.state.dash = `${n(length)} ${n(options.space ?? length)}`;
    return this;
  }
  undash() {
    this.state.dash = null;
    return this;
  }
  moveTo(x: number, y: number) {
    this.path += `M${n(x)} ${n(y)}`;
    return this;
  }
  lineTo(x: number, y: number) {
    this.path += `L${n(x)} ${n(y)}`;
    return this;
  }
  closePath() {
    this.path += "Z";
    return this;
  }
  rect(x: number, y: number, w: number, h: number) {
    this.path += `M${n(x)} ${n(y)}h${n(w)}v${n(h)}h${n(-w)}Z`;
    return this;
  }
  circle(x: number, y: number, r: number) {
    this.path += `M${n(x - r)} ${n(y)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;
    return this;
  }
  polygon(...points: number[][]) {
    points.forEach(([x, y], i) => (i === 0 ? this.moveTo(x, y) : this.lineTo(x, y)));
    return this.closePath();
  }
  fill() {
    return this.paint(true, false);
  }
  stroke() {
    return this.paint(false, true);
  }
  fillAndStroke() {
    return this.paint(true, true);
  }
  clip() {
    const id = `clip${++this.clips}`;
    this.defs.push(`<clipPath id="${id}"><path d="${this.path}"/></clipPath>`);
    this.body.push(`<g clip-path="url(#${id})">`);
    this.state.openGroups++;
    this.path = "";
    return this;
  }
  widthOfString(text: string): number {
    const f = this.currentFont();
    return (f.layout(text).advanceWidth * this.state.size) / f.unitsPerEm;
  }
  text(
    text: string,
    x: number,
    y: number,
    options: { width?: number; align?: "left" | "right" | "center"; lineBreak?: boolean } = {},
  ) {
    const f = this.currentFont();
    const scale = this.state.size / f.unitsPerEm;
    const run = f.layout(text);
    const w = run.advanceWidth * scale;
    let pen = x;
    if (options.width !== undefined && options.align === "right") pen = x + options.width - w;
    else if (options.width !== undefined && options.align === "center") pen = x + (options.width - w) / 2;
    // pdfkit puts the baseline one ascent below the y it is given.
    const baseline = y + f.ascent * scale;
    const uses: string[] = [];
    run.glyphs.forEach((g, i) => {
      const pos = run.positions[i];
      const key = `${this.state.font}-${g.id}`;
      if (!this.glyphs.has(key)) this.glyphs.set(key, g.path.toSVG());
      const d = this.glyphs.get(key)!;
      if (d)
        uses.push(
          `<use href="#${key}" transform="translate(${n(pen + pos.xOffset * scale)} ${n(baseline - pos.yOffset * scale)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})"/>`,
        );
      pen += pos.xAdvance * scale;
    });
    if (uses.length) this.body.push(`<g fill="${esc(this.state.fill)}"${this.opacity("fill")}>${uses.join("")}</g>`);
    return this;
  }

  /** The picture as an SVG document showing `view` (page points) at `pxPerPt` pixels per point. */
  toSvg(view: { x: number; y: number; w: number; h: number }, pxPerPt = 1): string {
    const glyphDefs = [...this.glyphs].filter(([, d]) => d).map(([id, d]) => `<path id="${id}" d="${d}"/>`);
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(view.w * pxPerPt)}" height="${Math.round(view.h * pxPerPt)}" viewBox="${n(view.x)} ${n(view.y)} ${n(view.w)} ${n(view.h)}">`,
      `<defs>${[...glyphDefs, ...this.defs].join("")}</defs>`,
      `<rect x="${n(view.x)}" y="${n(view.y)}" width="${n(view.w)}" height="${n(view.h)}" fill="#ffffff"/>`,
      ...this.body,
      ...Array.from({ length: this.stack.reduce((s, st) => s + st.openGroups, this.state.openGroups) }, () => "</g>"),
      "</svg>",
    ].join("\n");
  }

  private currentFont(): fontkit.Font {
    const f = this.fonts.get(this.state.font);
    if (!f) throw new Error("no font registered");
    return f;
  }
  private opacity(kind: "fill" | "stroke"): string {
    const o = kind === "fill" ? this.state.fillOpacity : this.state.strokeOpacity;
    return o < 1 ? ` ${kind}-opacity="${n(o)}"` : "";
  }
  private paint(fill: boolean, stroke: boolean) {
    const s = this.state;
    const attrs = [`d="${this.path}"`, `fill="${fill ? esc(s.fill) : "none"}"`];
    if (fill) attrs.push(this.opacity("fill").trim());
    if (stroke) {
      attrs.push(`stroke="${esc(s.stroke)}"`, `stroke-width="${n(s.lineWidth)}"`);
      if (s.lineCap !== "butt") attrs.push(`stroke-linecap="${s.lineCap}"`);
      if (s.dash) attrs.push(`stroke-dasharray="${s.dash}"`);
      attrs.push(this.opacity("stroke").trim());
    }
    if (this.path) this.body.push(`<path ${attrs.filter(Boolean).join(" ")}/>`);
    this.path = "";
    return this;
  }
}
