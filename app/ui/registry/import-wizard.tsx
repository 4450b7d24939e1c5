"use client";
/**
 * The import wizard. Step 1: file and options; step 2: dry-run report (every error with row, column, value, reason,
 * or what would be created/updated/skipped); step 3: confirm, which re-sends the same file with dryRun=0.
 */
import { useId, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReportError } from "../../domain/import/issue-reason";
import type { ImportReport } from "../../domain/import/import-report";
import { fitParamOf } from "../map/fit-url";

/** The map framed on the sites the import wrote or matched (skipped rows left out). */
function mapHref(report: ImportReport): string {
  const fit = fitParamOf(report.items.filter((i) => i.action !== "skip"));
  return fit ? `/?fit=${fit}` : "/";
}
import type { ImportCrs } from "../../domain/import/crs";
import type { OnDuplicate } from "../../domain/import/duplicates";
import { type Locale } from "../../domain/locale";
import { TableScroll } from "../table/table-scroll";

type Format = "auto" | "csv" | "xlsx" | "geojson";
type Crs = ImportCrs;

type Result =
  | { kind: "report"; report: ImportReport }
  | { kind: "errors"; errors: ReportError[]; encoding: string | null }
  | { kind: "failure"; message: string };

export function ImportWizard({ lang }: { lang: Locale }) {
  const t = useTranslations("registry");
  const ids = useId();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<Format>("auto");
  const [crs, setCrs] = useState<Crs>("wgs84");
  const [onDuplicate, setOnDuplicate] = useState<OnDuplicate>("skip");
  const [allowOutside, setAllowOutside] = useState(false);
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<Result | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);

  const reset = () => {
    setChecked(null);
    setDone(null);
  };

  async function send(dryRun: boolean): Promise<Result> {
    const body = new FormData();
    body.set("file", file!);
    body.set("format", format);
    body.set("crs", crs);
    body.set("onDuplicate", onDuplicate);
    body.set("dryRun", dryRun ? "1" : "0");
    body.set("allowOutsideProvince", allowOutside ? "1" : "0");
    body.set("lang", lang);
    try {
      const res = await fetch("/api/import", { method: "POST", body });
      const json = await res.json().catch(() => ({}));
      if (res.ok) return { kind: "report", report: json.report as ImportReport };
      if (res.status === 422 && Array.isArray(json.errors))
        return { kind: "errors", errors: json.errors, encoding: json.encoding ?? null };
      return { kind: "failure", message: json.error ?? `HTTP ${res.status}` };
    } catch (e) {
      return { kind: "failure", message: e instanceof Error ? e.message : String(e) };
    }
  }

  async function check() {
    if (!file) return;
    setBusy(true);
    setDone(null);
    setChecked(await send(true));
    setBusy(false);
  }

  async function confirm() {
    setBusy(true);
    const r = await send(false);
    setBusy(false);
    if (r.kind === "report") setDone(r.report);
    else setChecked(r);
  }

  const canConfirm = checked?.kind === "report" && (checked.report.created > 0 || checked.report.updated > 0) && !done;

  return (
    <section className="registry-section" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t("wizardTitle")}</h2>
      <form
        className="import-form"
        onSubmit={(e) => {
          e.preventDefault();
          void check();
        }}
      >
        <label className="field">
          <span>{t("file")}</span>
          <input
            type="file"
            accept=".csv,.txt,.xlsx,.geojson,.json,text/csv,application/geo+json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              reset();
            }}
            required
            data-testid="import-file"
          />
        </label>
        <label className="field">
          <span>{t("formatLabel")}</span>
          <select
            value={format}
            onChange={(e) => {
              setFormat(e.target.value as Format);
              reset();
            }}
            data-testid="import-format"
          >
            <option value="auto">{t("formatAuto")}</option>
            <option value="csv">{t("format.csv")}</option>
            <option value="xlsx">{t("format.xlsx")}</option>
            <option value="geojson">{t("format.geojson")}</option>
          </select>
        </label>
        <label className="field">
          <span>{t("crsLabel")}</span>
          <select
            value={crs}
            onChange={(e) => {
              setCrs(e.target.value as Crs);
              reset();
            }}
            data-testid="import-crs"
          >
            <option value="wgs84">{t("crs.wgs84")}</option>
            <option value="gcj02">{t("crs.gcj02")}</option>
            <option value="bd09">{t("crs.bd09")}</option>
          </select>
        </label>
        <label className="field">
          <span>{t("onDuplicateLabel")}</span>
          <select
            value={onDuplicate}
            onChange={(e) => {
              setOnDuplicate(e.target.value as OnDuplicate);
              reset();
            }}
            data-testid="import-on-duplicate"
          >
            <option value="skip">{t("onDuplicate.skip")}</option>
            <option value="update">{t("onDuplicate.update")}</option>
            <option value="add">{t("onDuplicate.add")}</option>
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={allowOutside}
            onChange={(e) => {
              setAllowOutside(e.target.checked);
              reset();
            }}
            data-testid="import-allow-outside"
          />
          <span>{t("allowOutside")}</span>
        </label>
        <div className="action-row">
          <button type="submit" className="button" disabled={!file || busy} data-testid="import-check">
            {busy && !checked ? t("checking") : t("check")}
          </button>
        </div>
      </form>

      <div aria-live="polite">
        {checked && !done && <CheckResult result={checked} />}
        {canConfirm && (
          <div className="action-row">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void confirm()}
              data-testid="import-confirm"
            >
              {busy ? t("importing") : t("confirm")}
            </button>
            <button type="button" className="button button--ghost" onClick={reset} data-testid="import-cancel">
              {t("cancel")}
            </button>
          </div>
        )}
        {done && (
          <div className="note note--ok" role="status" data-testid="import-done">
            <p>
              {t("doneSummary", {
                created: done.created,
                updated: done.updated,
                unchanged: done.unchanged,
                skipped: done.skipped,
              })}
            </p>
            <p>
              <Link href="/registry">{t("backToRegistry")}</Link> ·{" "}
              <Link href={mapHref(done)} data-testid="import-view-on-map">
                {t("viewOnMap")}
              </Link>
            </p>
          </div>
        )}
      </div>
    </section>
  );
}

function CheckResult({ result }: { result: Result }) {
  const t = useTranslations("registry");
  if (result.kind === "failure")
    return (
      <p className="form-error" role="alert" data-testid="import-failure">
        {result.message}
      </p>
    );
  if (result.kind === "errors") {
    return (
      <div data-testid="import-errors">
        <p className="form-error" role="alert">
          {t("errorsSummary", { count: result.errors.length })}
        </p>
        {result.encoding === "gbk" && <p className="note">{t("encodingGbk")}</p>}
        <TableScroll label={t("errorsSummary", { count: result.errors.length })} className="table-wrap">
          <table className="registry-table">
            <thead>
              <tr>
                <th scope="col">{t("report.row")}</th>
                <th scope="col">{t("report.column")}</th>
                <th scope="col">{t("report.value")}</th>
                <th scope="col">{t("report.reason")}</th>
              </tr>
            </thead>
            <tbody>
              {result.errors.map((e, i) => (
                <tr key={i} data-testid="import-error" data-row={e.row ?? ""} data-code={e.code}>
                  <td>{e.row ?? t("report.wholeFile")}</td>
                  <td>{e.column ?? "—"}</td>
                  <td className="mono">{e.value ?? "—"}</td>
                  <td>{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
    );
  }
  const r = result.report;
  return (
    <div data-testid="import-report">
      <p>
        {t("reportSummary", {
          rows: r.rows,
          sites: r.sites,
          created: r.created,
          updated: r.updated,
          unchanged: r.unchanged,
          skipped: r.skipped,
        })}
      </p>
      {r.encoding === "gbk" && (
        <p className="note" data-testid="import-encoding-gbk">
          {t("encodingGbk")}
        </p>
      )}
      {r.outsideProvince > 0 && <p className="warn">{t("outsideCount", { count: r.outsideProvince })}</p>}
      {r.unknownColumns.length > 0 && (
        <p className="muted">{t("unknownColumns", { columns: r.unknownColumns.join(", ") })}</p>
      )}
      {r.duplicates.length > 0 && (
        <>
          <h3>{t("duplicatesTitle")}</h3>
          <ul data-testid="import-duplicates">
            {r.duplicates.map((d, i) => (
              <li key={i}>
                {d.kind === "file"
                  ? t("duplicateInFile", {
                      row: d.row,
                      name: d.name,
                      otherRow: d.otherRow ?? 0,
                      km: d.distanceKm,
                      action: t(`onDuplicate.${d.action}`),
                    })
                  : t("duplicateExisting", {
                      row: d.row,
                      name: d.name,
                      id: d.existingId ?? "",
                      km: d.distanceKm,
                      action: t(`onDuplicate.${d.action}`),
                    })}
              </li>
            ))}
          </ul>
        </>
      )}
      {r.created === 0 && r.updated === 0 && (
        <p className="note" data-testid="import-nothing">
          {t("nothingToDo")}
        </p>
      )}
    </div>
  );
}
