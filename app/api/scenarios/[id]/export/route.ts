import type { NextRequest } from "next/server";
import { getScenarioRun } from "../../../../application/scenario-runs";
import { loadRegionNamesBilingual } from "../../../../data/regions";
import { scenarioReport } from "../../../../application/report-exports";
import { AppError } from "../../../../http/app-error";
import { download } from "../../../../http/responses";
import { route } from "../../../../http/route";

export const dynamic = "force-dynamic";

const TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

/** GET /api/scenarios/{id}/export?format=xlsx|pdf|docx&lang=zh|en, built on a worker thread. */
export const GET = route<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const { id } = await params;
  const q = (request as NextRequest).nextUrl.searchParams;
  const format = q.get("format");
  const lang = q.get("lang") ?? "zh";
  if (format !== "xlsx" && format !== "pdf" && format !== "docx")
    throw new AppError(400, "format must be one of xlsx, pdf, docx");
  if (lang !== "zh" && lang !== "en") throw new AppError(400, "lang must be zh or en");
  const run = await getScenarioRun(id);
  if (!run) throw new AppError(404, `unknown scenario: ${id}`);
  if (!run.result) throw new AppError(409, `scenario is ${run.status}; only a finished scenario can be exported`);
  const names = await loadRegionNamesBilingual();
  const cityNames = new Map([...names.entries()].map(([k, v]) => [k, { zh: v.zh, en: v.en ?? v.zh }]));
  const s = { id: run.id, label: run.label, params: run.params, result: run.result, cityNames };
  const body = await scenarioReport(s, format, lang, new Date().toISOString());
  const ascii = `scenario-${run.id.replace(/[^A-Za-z0-9-]/g, "").slice(0, 40)}-${lang}.${format}`;
  const utf8 = `${
    (run.label ?? "scenario")
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
      .trim()
      .slice(0, 80) || "scenario"
  }-${lang}.${format}`;
  return download(body, { ascii, utf8 }, TYPES[format], {
    "X-Synthetic-Data": run.result.synthetic ? "true" : "false",
  });
});
