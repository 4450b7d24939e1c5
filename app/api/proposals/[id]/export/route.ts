import type { NextRequest } from "next/server";
import { exportQuerySchema } from "../../../../domain/proposals/proposal-request";
import { buildCsv } from "../../../../domain/exports/csv-export";
import { buildGeoJson } from "../../../../domain/exports/geojson-export";
import { exportFileName } from "../../../../domain/exports/export-file-name";
import { getProposal } from "../../../../data/proposals";
import { localName } from "../../../../domain/locale";
import { proposalReport } from "../../../../application/report-exports";
import { AppError } from "../../../../http/app-error";
import { parseWith } from "../../../../http/body";
import { download } from "../../../../http/responses";
import { route } from "../../../../http/route";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

const TYPES = {
  geojson: "application/geo+json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

/**
 * GET /api/proposals/{id}/export?format=geojson|csv|xlsx|pdf|docx&lang=zh|en[&sheet=pairings|sites|site-materials|kpis|assumptions]
 * GeoJSON and CSV are built here (small, fast); XLSX, PDF and DOCX on a worker thread.
 */
export const GET = route<Ctx>(async (request, { params }) => {
  const { id } = await params;
  const { format, lang, sheet } = parseWith(
    exportQuerySchema,
    Object.fromEntries((request as NextRequest).nextUrl.searchParams),
    400,
  );
  const found = await getProposal(id);
  if (!found) throw new AppError(404, `unknown proposal: ${id}`);
  // Names the app generated are stored in both languages: the report speaks the reader's.
  const p = { ...found, name: localName(found, lang) };
  const generatedAt = new Date().toISOString();
  const body =
    format === "geojson"
      ? JSON.stringify(buildGeoJson(p, { lang, generatedAt }), null, 2)
      : format === "csv"
        ? buildCsv(p, { lang, generatedAt, sheet })
        : await proposalReport(p, format, lang, generatedAt);
  const name = exportFileName(p, format, lang, format === "csv" ? sheet : null);
  return download(body, { ascii: name.ascii, utf8: name.utf8 }, TYPES[format], {
    "X-Synthetic-Data": p.snapshot.synthetic ? "true" : "false",
  });
});
