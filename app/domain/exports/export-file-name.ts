/** Download file names of the exports: the proposal name (UTF-8) with an ASCII fallback for old clients. */
import type { Locale } from "../locale";

/** `{ utf8, ascii }` file names such as "河津集群-zh.pdf" / "proposal-<id>-zh.pdf". */
export function exportFileName(
  p: { id: string; name: string },
  format: "geojson" | "csv" | "xlsx" | "pdf" | "docx",
  lang: Locale,
  sheet: string | null,
): { utf8: string; ascii: string } {
  const suffix = `${sheet ? `-${sheet}` : ""}-${lang}.${format}`;
  const safe =
    p.name
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 80) || "proposal";
  const asciiId = p.id.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 40) || "proposal";
  return { utf8: `${safe}${suffix}`, ascii: `proposal-${asciiId}${suffix}` };
}
