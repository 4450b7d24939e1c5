import "server-only";
/**
 * Report downloads (proposal, plan city and scenario XLSX / PDF / DOCX) built on the app worker thread
 * (off-thread.ts), so building a large report never stalls other requests. A failure inside the worker is answered
 * as a 500 that names the report and the cause.
 */
import { pdfCounties } from "./pdf-assets";
import { AppError } from "../http/app-error";
import type { ExportProposal } from "../domain/exports/export-tables";
import type { ExportLang } from "../domain/exports/export-labels";
import type { ExportScenario } from "../domain/exports/scenario-export";
import { runOffThread, WORKER_HEAP_MB, WORKER_TIMEOUT_MS } from "./off-thread";
import type { ReportFormat, TablesReportInput } from "./report-tasks";
import type { WorkerRequest } from "./worker-tasks";

let countiesJson: Promise<string> | null = null;

/** County outlines for report maps as JSON text, made once per process (cloning one string to a worker is cheap). */
function countiesText(): Promise<string> {
  countiesJson ??= pdfCounties()
    .then((c) => JSON.stringify(c))
    .catch((e) => {
      countiesJson = null;
      throw e;
    });
  return countiesJson;
}

async function build(request: WorkerRequest, what: string): Promise<Uint8Array> {
  try {
    return await runOffThread<Uint8Array>(request);
  } catch (e) {
    // The runner words its limits for uploaded files; a report names itself and the limit instead.
    if (e instanceof AppError && e.status === 422)
      throw new AppError(500, `could not build the ${what}: it took longer than ${WORKER_TIMEOUT_MS / 1000} s`);
    if (e instanceof AppError && e.status === 413)
      throw new AppError(500, `could not build the ${what}: it needs more than ${WORKER_HEAP_MB} MB of memory`);
    if (e instanceof AppError) throw e; // 503: the pool is full (Retry-After)
    throw new AppError(500, `could not build the ${what}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** A proposal's XLSX, PDF or DOCX report, built off the event loop. */
export async function proposalReport(
  proposal: ExportProposal,
  format: ReportFormat,
  lang: ExportLang,
  generatedAt: string,
): Promise<Uint8Array> {
  const input = { proposal, format, lang, generatedAt, countiesJson: format === "xlsx" ? "[]" : await countiesText() };
  return build({ task: "proposal-report", input }, `${format.toUpperCase()} report of proposal ${proposal.id}`);
}

/** A table report (plan city progress) as XLSX, PDF or DOCX, built off the event loop. */
export function tablesReport(input: TablesReportInput): Promise<Uint8Array> {
  return build({ task: "tables-report", input }, `${input.format.toUpperCase()} report "${input.report.title}"`);
}

/** A scenario run's XLSX, PDF or DOCX report, built off the event loop. */
export function scenarioReport(
  scenario: ExportScenario,
  format: ReportFormat,
  lang: ExportLang,
  generatedAt: string,
): Promise<Uint8Array> {
  return build(
    { task: "scenario-report", input: { scenario, format, lang, generatedAt } },
    `${format.toUpperCase()} report of scenario ${scenario.id}`,
  );
}
