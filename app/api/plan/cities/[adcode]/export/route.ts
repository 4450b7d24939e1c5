import type { NextRequest } from "next/server";
import { parseCityExportQuery } from "../../../../../domain/plan/plan-query";
import { cityExportFileName, cityReportTables, cityTablesReport } from "../../../../../domain/plan/city-report";
import { cityDetail } from "../../../../../data/plan";
import { tablesReport } from "../../../../../application/report-exports";
import { AppError } from "../../../../../http/app-error";
import { download } from "../../../../../http/responses";
import { route } from "../../../../../http/route";

export const dynamic = "force-dynamic";

const TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

/**
 * GET /api/plan/cities/{adcode}/export?format=xlsx|pdf|docx[&lang=zh|en][&includeSynthetic=][&includeNonOperating=]
 * → the city's progress, built on a worker thread.
 */
export const GET = route<{ params: Promise<{ adcode: string }> }>(async (request, { params }) => {
  const { adcode } = await params;
  const q = parseCityExportQuery((request as NextRequest).nextUrl.searchParams);
  if (!q.ok) throw new AppError(400, q.error);
  if (!/^\d{6}$/.test(adcode)) throw new AppError(400, "adcode must be 6 digits");
  const { format, lang, includeSynthetic, includeNonOperating } = q.value;
  const detail = await cityDetail(adcode, { includeSynthetic, includeNonOperating });
  if (!detail) throw new AppError(404, `no city with adcode ${adcode}`);
  const body = await tablesReport({
    report: cityTablesReport(detail, lang),
    sheets: cityReportTables(detail, lang).map((t) => ({ name: t.title, table: t.table })),
    format,
    lang,
    generatedAt: new Date().toISOString(),
  });
  return download(body, cityExportFileName(detail, format, lang), TYPES[format]);
});
