import { NextResponse, type NextRequest } from "next/server";
import { getScenarioRun } from "../../../../data/scenario-runs";
import { loadRegionNamesBilingual } from "../../../../data/regions";
import { pdfFonts } from "../../../../data/proposals";
import { buildScenarioPdf, buildScenarioXlsx } from "../../../../domain/exports/scenario-export";

export const dynamic = "force-dynamic";

const TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;

/** GET /api/scenarios/{id}/export?format=xlsx|pdf&lang=zh|en */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const q = request.nextUrl.searchParams;
  const format = q.get("format");
  const lang = q.get("lang") ?? "zh";
  if (format !== "xlsx" && format !== "pdf")
    return NextResponse.json({ error: "format must be one of xlsx, pdf" }, { status: 400 });
  if (lang !== "zh" && lang !== "en") return NextResponse.json({ error: "lang must be zh or en" }, { status: 400 });
  const run = await getScenarioRun(id);
  if (!run) return NextResponse.json({ error: `unknown scenario: ${id}` }, { status: 404 });
  if (!run.result)
    return NextResponse.json(
      { error: `scenario is ${run.status}; only a finished scenario can be exported` },
      { status: 409 },
    );
  const names = await loadRegionNamesBilingual();
  const cityNames = new Map([...names.entries()].map(([k, v]) => [k, { zh: v.zh, en: v.en ?? v.zh }]));
  const s = { id: run.id, label: run.label, params: run.params, result: run.result, cityNames };
  const generatedAt = new Date().toISOString();
  const body =
    format === "xlsx"
      ? await buildScenarioXlsx(s, { lang, generatedAt })
      : await buildScenarioPdf(s, { lang, generatedAt, fonts: await pdfFonts() });
  const ascii = `scenario-${run.id.replace(/[^A-Za-z0-9-]/g, "").slice(0, 40)}-${lang}.${format}`;
  const utf8 = `${
    (run.label ?? "scenario")
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
      .trim()
      .slice(0, 80) || "scenario"
  }-${lang}.${format}`;
  return new NextResponse(body as BodyInit, {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(utf8)}`,
      "Cache-Control": "no-store",
      "X-Synthetic-Data": run.result.synthetic ? "true" : "false",
    },
  });
}
