import { NextResponse } from "next/server";
import { z } from "zod";
import { authorizeMutation } from "../../data/auth";
import { runImport } from "../../data/import";
import { IMPORT_CRS } from "../../domain/import/crs";
import { ON_DUPLICATE } from "../../domain/import/duplicates";
import { detectFormat, IMPORT_FORMATS } from "../../domain/import/read-file";
import { issue } from "../../domain/import/issues";
import { MAX_IMPORT_BYTES } from "../../domain/import/limits";
import { issueToError } from "../../ui/registry/issue-reason";
import { requestLocale } from "../../ui/registry/request-locale";
import { registryTranslator } from "../../ui/registry/registry-translator";

export const dynamic = "force-dynamic";

const flag = z.enum(["1", "0", "true", "false", "on", "off", ""]).optional().transform((v) => v === "1" || v === "true" || v === "on");
const fields = z.object({
  format: z.enum([...IMPORT_FORMATS, "auto"]).optional(),
  crs: z.enum(IMPORT_CRS).default("wgs84"),
  onDuplicate: z.enum(ON_DUPLICATE).default("skip"),
  dryRun: flag,
  allowOutsideProvince: flag,
  lang: z.string().optional(),
});

/**
 * POST /api/import (multipart: file, format csv|xlsx|geojson, crs wgs84|gcj02|bd09, onDuplicate skip|update|add,
 * dryRun, allowOutsideProvince) → 200 report, or 422 { errors: [{ row, column, value, reason }] } with nothing written.
 */
export async function POST(request: Request) {
  const auth = await authorizeMutation(request, "editor");
  if (!auth.ok) return auth.response;
  const declared = Number(request.headers.get("content-length") ?? "0");
  // Multipart overhead is small; reject clearly oversized bodies before buffering them.
  if (declared > MAX_IMPORT_BYTES + 256 * 1024) {
    const t = registryTranslator(requestLocale(request));
    const err = issueToError(t, issue(null, null, `${(declared / 1024 / 1024).toFixed(1)} MB`, "file-too-large", { limitMb: MAX_IMPORT_BYTES / 1024 / 1024 }));
    return NextResponse.json({ errors: [err] }, { status: 422 });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ error: "expected multipart/form-data with a file field" }, { status: 400 });
  }
  const parsed = fields.safeParse(Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")));
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") }, { status: 400 });
  }
  const t = registryTranslator(requestLocale(request, parsed.data.lang));
  const file = form.get("file");
  if (!(file instanceof File)) return NextResponse.json({ error: "missing file field" }, { status: 400 });
  if (file.size > MAX_IMPORT_BYTES) {
    const err = issueToError(t, issue(null, null, `${(file.size / 1024 / 1024).toFixed(1)} MB`, "file-too-large", { limitMb: MAX_IMPORT_BYTES / 1024 / 1024 }));
    return NextResponse.json({ errors: [err] }, { status: 422 });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const format = parsed.data.format && parsed.data.format !== "auto" ? parsed.data.format : detectFormat(file.name, bytes);
  if (!format) {
    const err = issueToError(t, issue(null, null, file.name, "wrong-type", { expected: "csv / xlsx / geojson", found: file.name.split(".").pop() ?? "?" }));
    return NextResponse.json({ errors: [err] }, { status: 422 });
  }
  const result = await runImport({
    bytes, format, crs: parsed.data.crs, onDuplicate: parsed.data.onDuplicate, allowOutsideProvince: parsed.data.allowOutsideProvince,
    dryRun: parsed.data.dryRun, actor: auth.user.username,
  });
  if (!result.ok) {
    return NextResponse.json({ errors: result.issues.map((i) => issueToError(t, i)), encoding: result.encoding }, { status: 422 });
  }
  return NextResponse.json({ report: result.report });
}
