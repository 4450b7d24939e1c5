import { z } from "zod";
import { importRegistryFile } from "../../application/registry-files";
import { IMPORT_CRS } from "../../domain/import/crs";
import { ON_DUPLICATE } from "../../domain/import/duplicates";
import { detectFormat, IMPORT_FORMATS } from "../../domain/import/file-format";
import { issue } from "../../domain/import/issues";
import { MAX_IMPORT_BYTES } from "../../domain/import/limits";
import { issueToError } from "../../domain/import/issue-reason";
import { requestLocale } from "../../i18n/request-locale";
import { registryTranslator } from "../../i18n/registry-translator";
import { AppError } from "../../http/app-error";
import { parseWith, readBodyBytes } from "../../http/body";
import { guardMutation } from "../../http/guard";
import { json, jsonBytes } from "../../http/responses";
import { route } from "../../http/route";

export const dynamic = "force-dynamic";

// Multipart framing around the file is small; the file itself is checked against MAX_IMPORT_BYTES below.
const MAX_MULTIPART_BYTES = MAX_IMPORT_BYTES + 64 * 1024;

const flag = z
  .enum(["1", "0", "true", "false", "on", "off", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "on");
const fields = z
  .object({
    format: z.enum([...IMPORT_FORMATS, "auto"]).optional(),
    crs: z.enum(IMPORT_CRS).default("wgs84"),
    onDuplicate: z.enum(ON_DUPLICATE).default("skip"),
    dryRun: flag,
    allowOutsideProvince: flag,
    lang: z.string().max(10).optional(),
  })
  .strict();

/**
 * POST /api/import (multipart: file, format csv|xlsx|geojson, crs wgs84|gcj02|bd09, onDuplicate skip|update|add,
 * dryRun, allowOutsideProvince) → 200 report, or 422 { errors: [{ row, column, value, reason }] } with nothing written.
 * The body is capped before it is buffered (413); parsing, validation, the writes and the report run on a worker thread.
 */
export const POST = route(async (request) => {
  const actor = await guardMutation(request, "editor");
  const limitMb = MAX_IMPORT_BYTES / 1024 / 1024;
  const bytesIn = await readBodyBytes(request, MAX_MULTIPART_BYTES).catch((e) => {
    if (e instanceof AppError && e.status === 413) {
      const t = registryTranslator(requestLocale(request));
      const err = issueToError(t, issue(null, null, null, "file-too-large", { limitMb }));
      throw new AppError(413, `the upload is larger than the ${limitMb} MB import limit`, undefined, undefined, {
        errors: [err],
      });
    }
    throw e;
  });
  let form: FormData;
  try {
    form = await new Response(bytesIn as BodyInit, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    throw new AppError(400, "expected multipart/form-data with a file field");
  }
  const data = parseWith(
    fields,
    Object.fromEntries([...form.entries()].filter(([k, v]) => typeof v === "string" && k !== "file")),
    400,
  );
  const t = registryTranslator(requestLocale(request, data.lang));
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError(400, "missing file field");
  if (file.size > MAX_IMPORT_BYTES) {
    const err = issueToError(
      t,
      issue(null, null, `${(file.size / 1024 / 1024).toFixed(1)} MB`, "file-too-large", { limitMb }),
    );
    throw new AppError(
      413,
      `the file is ${(file.size / 1024 / 1024).toFixed(1)} MB, over the ${limitMb} MB import limit`,
      undefined,
      undefined,
      { errors: [err] },
    );
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const format = data.format && data.format !== "auto" ? data.format : detectFormat(file.name, bytes);
  if (!format) {
    const err = issueToError(
      t,
      issue(null, null, file.name, "wrong-type", {
        expected: "csv / xlsx / geojson",
        found: file.name.split(".").pop() ?? "?",
      }),
    );
    return json({ errors: [err] }, { status: 422 });
  }
  const result = await importRegistryFile({
    bytes,
    format,
    crs: data.crs,
    onDuplicate: data.onDuplicate,
    allowOutsideProvince: data.allowOutsideProvince,
    dryRun: data.dryRun,
    actor: actor.label,
  });
  if (!result.ok)
    return json({ errors: result.issues.map((i) => issueToError(t, i)), encoding: result.encoding }, { status: 422 });
  // The report (20,000 items at the row limit) was serialized on the worker thread.
  return jsonBytes(result.reportJson);
});
