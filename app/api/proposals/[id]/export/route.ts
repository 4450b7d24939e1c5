import { NextResponse, type NextRequest } from "next/server";
import { exportQuerySchema, firstIssue } from "../../../../domain/proposals/proposal-request";
import { buildCsv } from "../../../../domain/exports/csv-export";
import { buildGeoJson } from "../../../../domain/exports/geojson-export";
import { buildPdf } from "../../../../domain/exports/pdf-export";
import { buildXlsx } from "../../../../domain/exports/xlsx-export";
import { exportFileName } from "../../../../domain/exports/export-file-name";
import { getProposal, pdfCounties, pdfFonts } from "../../../../data/proposals";
import { download } from "../../../../http/responses";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

const TYPES = {
  geojson: "application/geo+json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;

/** GET /api/proposals/{id}/export?format=geojson|csv|xlsx|pdf&lang=zh|en[&sheet=pairings|sites|kpis|assumptions] */
export async function GET(request: NextRequest, { params }: Ctx) {
  const { id } = await params;
  const q = exportQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!q.success) return NextResponse.json({ error: firstIssue(q.error) }, { status: 400 });
  const p = await getProposal(id);
  if (!p) return NextResponse.json({ error: `unknown proposal: ${id}` }, { status: 404 });
  const { format, lang, sheet } = q.data;
  const opts = { lang, generatedAt: new Date().toISOString() };
  let body: string | Uint8Array;
  switch (format) {
    case "geojson":
      body = JSON.stringify(buildGeoJson(p, opts), null, 2);
      break;
    case "csv":
      body = buildCsv(p, { ...opts, sheet });
      break;
    case "xlsx":
      body = await buildXlsx(p, opts);
      break;
    case "pdf":
      body = await buildPdf(p, { ...opts, fonts: await pdfFonts(), counties: await pdfCounties() });
      break;
  }
  const name = exportFileName(p, format, lang, format === "csv" ? sheet : null);
  return download(body, { ascii: name.ascii, utf8: name.utf8 }, TYPES[format], {
    "X-Synthetic-Data": p.snapshot.synthetic ? "true" : "false",
  });
}
