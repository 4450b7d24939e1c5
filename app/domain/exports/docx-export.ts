/**
 * DOCX report (the `docx` package), the format government offices edit: built from the same tables as the PDF, XLSX
 * and CSV (`export-tables.ts`) and the same labels, with the PDF's map as an image the caller rasterises. Chinese
 * text gets an East Asian font (SimSun body, SimHei headings, as Word and WPS ship them; LibreOffice falls back to
 * its CJK font) and the zh-CN East Asian language, so Word lays it out as Chinese. Deterministic: the parts the
 * `docx` package dates or numbers per process are normalised, and the zip entries carry the generated-at time.
 */
import {
  AlignmentType,
  Document,
  Footer,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { proposalQuality } from "../proposals/quality";
import { cycleLevelLabel, exportLabels, type ExportLabels, type ExportLang } from "./export-labels";
import {
  assumptionsTable,
  kpisTable,
  pairingsTable,
  routeTargetsTable,
  sitesTable,
  type Cell,
  type ExportOptions,
  type ExportProposal,
  type ExportTable,
} from "./export-tables";

/** A PNG picture for the report, with the size it should take on the page (points). */
export interface DocxImage {
  png: Uint8Array;
  widthPt: number;
  heightPt: number;
}

export interface DocxOptions extends ExportOptions {
  /** The report map (the PDF's map rendered to PNG); left out when null. */
  map: DocxImage | null;
}

/** A table section of a report: its title, the table, and the columns to show (all when omitted). */
export interface DocxSection {
  title: string;
  table: Pick<ExportTable, "columns" | "rows">;
  columns?: number[];
}

/** A report made of sections of tables (plan city reports, scenario runs). */
export interface DocxTablesReport {
  title: string;
  subtitle: string;
  summaryLines: string[];
  sections: DocxSection[];
  synthetic: boolean;
}

const BODY_FONT = { ascii: "Arial", hAnsi: "Arial", cs: "Arial", eastAsia: "SimSun" };
const HEADING_FONT = { ascii: "Arial", hAnsi: "Arial", cs: "Arial", eastAsia: "SimHei" };
/** Usable width of an A4 page with 2 cm margins, in twips. */
const CONTENT_TWIPS = 11906 - 2 * 1134;
const PT_TO_PX = 96 / 72;

const fmt = (x: number) =>
  x.toLocaleString("en-US", { maximumFractionDigits: Math.abs(x) < 100 ? 2 : 0, minimumFractionDigits: 0 });

function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    style: level === 1 ? "Heading1" : "Heading2",
    keepNext: true,
    children: [new TextRun(text)],
  });
}

function para(text: string, opts: { size?: number; colour?: string; bold?: boolean } = {}): Paragraph {
  return new Paragraph({
    spacing: { after: 80 },
    children: [new TextRun({ text, size: opts.size, color: opts.colour, bold: opts.bold })],
  });
}

/** The synthetic / example notice: a shaded paragraph, as the PDF's banner. */
function banner(text: string): Paragraph {
  return new Paragraph({
    spacing: { before: 80, after: 160 },
    shading: { type: ShadingType.CLEAR, color: "auto", fill: "FDEBD0" },
    children: [new TextRun({ text, color: "A04000", bold: true })],
  });
}

function cellText(v: Cell): { text: string; numeric: boolean } {
  if (v === null) return { text: "", numeric: false };
  if (typeof v === "number") return { text: fmt(v), numeric: true };
  return { text: String(v), numeric: false };
}

/** A full-width table with a shaded header row that repeats on each page; numbers right-aligned. */
function table(t: Pick<ExportTable, "columns" | "rows">, columns = t.columns.map((_, i) => i)): Table {
  const cell = (v: Cell, header: boolean) => {
    const { text, numeric } = cellText(v);
    return new TableCell({
      shading: header ? { type: ShadingType.CLEAR, color: "auto", fill: "E8EEF4" } : undefined,
      margins: { top: 30, bottom: 30, left: 60, right: 60 },
      children: [
        new Paragraph({
          alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, size: 16, bold: header })],
        }),
      ],
    });
  };
  return new Table({
    width: { size: CONTENT_TWIPS, type: WidthType.DXA },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(t.columns[c], true)) }),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: columns.map((c) => cell(r[c], false)) })),
    ],
  });
}

function footer(name: string, L: ExportLabels): Footer {
  // "第 {page} 页 / 共 {pages} 页": the numbers are Word fields, the words come from the message file.
  const parts: (string | (typeof PageNumber)[keyof typeof PageNumber])[] = [];
  for (const piece of L.pageTemplate.split(/(\{page\}|\{pages\})/))
    if (piece === "{page}") parts.push(PageNumber.CURRENT);
    else if (piece === "{pages}") parts.push(PageNumber.TOTAL_PAGES);
    else if (piece) parts.push(piece);
  const children: ParagraphChild[] = [
    new TextRun({ text: `${name}    `, size: 14, color: "5D6D7E" }),
    new TextRun({ children: parts, size: 14, color: "5D6D7E" }),
  ];
  return new Footer({ children: [new Paragraph({ children })] });
}

function document(
  meta: { title: string; subject: string; lang: ExportLang; footer: string },
  children: (Paragraph | Table)[],
): Document {
  const L = exportLabels(meta.lang);
  const language = { value: meta.lang === "zh" ? "zh-CN" : "en-GB", eastAsia: "zh-CN" };
  return new Document({
    creator: "Symbiosis Atlas 产业共生图谱",
    lastModifiedBy: "Symbiosis Atlas",
    title: meta.title,
    subject: meta.subject,
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 20, language } },
        heading1: { run: { font: HEADING_FONT, size: 32, bold: true, color: "1C2833" } },
        heading2: {
          run: { font: HEADING_FONT, size: 24, bold: true, color: "1C2833" },
          paragraph: { spacing: { before: 240, after: 100 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        footers: { default: footer(meta.footer, L) },
        children,
      },
    ],
  });
}

/** The proposal report as DOCX bytes: title, labels, map, KPIs, pairings, route targets, sites, assumptions and sources. */
export async function buildDocx(p: ExportProposal, opts: DocxOptions): Promise<Uint8Array> {
  const { lang } = opts;
  const L = exportLabels(lang);
  const s = p.snapshot;
  const q = proposalQuality(s);
  const children: (Paragraph | Table)[] = [
    heading(p.name, 1),
    para(
      [
        L.title,
        `${L.cycleLevelTarget}: ${cycleLevelLabel(p.cycleLevel, lang)}`,
        `${L.generatedAt}: ${opts.generatedAt}`,
      ].join(" · "),
      { size: 18, colour: "5D6D7E" },
    ),
  ];
  if (s.park) children.push(para(`${L.park}: ${lang === "zh" ? s.park.nameZh : s.park.nameEn}`, { size: 18 }));
  if (s.synthetic || s.example)
    children.push(
      banner([s.example ? L.exampleLabel : null, s.synthetic ? L.syntheticLabel : null].filter(Boolean).join(" · ")),
    );
  if (p.notes) children.push(para(`${L.notes}: ${p.notes}`));
  if (opts.map) {
    children.push(heading(L.map, 2));
    const widthPx = Math.round(CONTENT_TWIPS / 20) * PT_TO_PX;
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new ImageRun({
            type: "png",
            data: opts.map.png,
            transformation: { width: widthPx, height: Math.round((widthPx * opts.map.heightPt) / opts.map.widthPt) },
            altText: { name: L.map, title: L.map, description: `${L.map}: ${p.name}` },
          }),
        ],
      }),
    );
  }
  const sections: DocxSection[] = [
    { title: L.keyFigures, table: kpisTable(p, lang, q) },
    { title: L.pairings, table: pairingsTable(p, lang), columns: [1, 3, 5, 8, 9, 10, 11, 14] },
    { title: L.routeContribution, table: routeTargetsTable(p, lang, q) },
    { title: L.sites, table: sitesTable(p, lang), columns: [1, 4, 8, 9, 10, 11, 12, 15] },
    { title: L.assumptionsTitle, table: assumptionsTable(p, lang, opts.generatedAt) },
  ];
  for (const sec of sections) children.push(heading(sec.title, 2), table(sec.table, sec.columns));
  const doc = document(
    {
      title: p.name,
      subject: s.synthetic ? `${L.title} (${L.synthetic})` : L.title,
      lang,
      footer: s.synthetic ? `${p.name} · ${L.synthetic}` : p.name,
    },
    children,
  );
  return normaliseDocx(new Uint8Array(await Packer.toBuffer(doc)), opts.generatedAt);
}

/** A table report (plan city progress, scenario runs) as DOCX bytes: title, summary lines, one table per section. */
export async function buildTablesDocx(
  r: DocxTablesReport,
  opts: { lang: ExportLang; generatedAt: string },
): Promise<Uint8Array> {
  const L = exportLabels(opts.lang);
  const children: (Paragraph | Table)[] = [
    heading(r.title, 1),
    para(`${r.subtitle} · ${L.generatedAt}: ${opts.generatedAt}`, { size: 18, colour: "5D6D7E" }),
  ];
  if (r.synthetic) children.push(banner(L.syntheticLabel));
  for (const line of r.summaryLines) children.push(para(line, { size: 18 }));
  for (const sec of r.sections) children.push(heading(sec.title, 2), table(sec.table, sec.columns));
  const doc = document(
    {
      title: r.title,
      subject: r.subtitle,
      lang: opts.lang,
      footer: r.synthetic ? `${r.title} · ${L.synthetic}` : r.title,
    },
    children,
  );
  return normaliseDocx(new Uint8Array(await Packer.toBuffer(doc)), opts.generatedAt);
}

/**
 * Makes the package's output depend only on its content and the generated-at time: core.xml dates become that time,
 * drawing ids (a counter the `docx` package keeps per process) are numbered from 1 in each file, and the zip is
 * rewritten with that time on every entry, [Content_Types].xml first.
 */
export function normaliseDocx(bytes: Uint8Array, generatedAt: string): Uint8Array {
  const entries = unzipSync(bytes);
  const at = new Date(generatedAt);
  const iso = at.toISOString().replace(/\.\d{3}Z$/, "Z");
  const out: Zippable = {};
  const names = Object.keys(entries).sort((a, b) =>
    a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : 0,
  );
  for (const name of names) {
    let data = entries[name];
    if (name === "docProps/core.xml") {
      data = strToU8(
        strFromU8(data)
          .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${iso}$2`)
          .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso}$2`),
      );
    } else if (/^word\/(document|header\d*|footer\d*)\.xml$/.test(name)) {
      let next = 0;
      data = strToU8(strFromU8(data).replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++next}"`));
    }
    out[name] = [data, { mtime: at }];
  }
  return zipSync(out, { level: 6 });
}
