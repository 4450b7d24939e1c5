import { NextResponse, type NextRequest } from "next/server";
import { parseCityExportQuery } from "../../../../../domain/plan/plan-query";
import { cityExportFileName, cityReportTables, cityTablesReport } from "../../../../../domain/plan/city-report";
import { buildTablesPdf } from "../../../../../domain/exports/pdf-export";
import { buildTablesXlsx } from "../../../../../domain/exports/xlsx-export";
import { cityDetail } from "../../../../../data/plan";
import { pdfFonts } from "../../../../../data/proposals";

export const dynamic = "force-dynamic";

const TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;

/** GET /api/plan/cities/{adcode}/export?format=xlsx|pdf[&lang=zh|en][&includeSynthetic=][&includeNonOperating=] → the city's progress. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ adcode: string }> }) {
  const { adcode } = await params;
  const q = parseCityExportQuery(request.nextUrl.searchParams);
  if (!q.ok) return NextResponse.json({ error: q.error }, { status: 400 });
  if (!/^\d{6}$/.test(adcode)) return NextResponse.json({ error: "adcode must be 6 digits" }, { status: 400 });
  const { format, lang, includeSynthetic, includeNonOperating } = q.value;
  const detail = await cityDetail(adcode, { includeSynthetic, includeNonOperating });
  if (!detail) return NextResponse.json({ error: `no city with adcode ${adcode}` }, { status: 404 });
  const generatedAt = new Date().toISOString();
  const report = cityTablesReport(detail, lang);
  const body =
    format === "xlsx"
      ? await buildTablesXlsx(
          {
            title: report.title,
            subject: report.synthetic ? "synthetic data included" : "",
            sheets: cityReportTables(detail, lang).map((t) => ({ name: t.title, table: t.table })),
          },
          generatedAt,
        )
      : await buildTablesPdf(report, { lang, generatedAt, fonts: await pdfFonts() });
  const name = cityExportFileName(detail, format, lang);
  return new NextResponse(body as BodyInit, {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.utf8)}`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
