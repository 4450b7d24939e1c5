import "server-only";

/**
 * Reads a JSON request body of at most `maxBytes` (declared or streamed), so an oversized body is refused before
 * it is buffered or parsed. Answers 413 for too large, 400 for malformed JSON.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<{ ok: true; value: unknown } | { ok: false; status: number; error: string }> {
  const tooLarge = { ok: false as const, status: 413, error: `request body is larger than ${Math.round(maxBytes / 1024)} KB` };
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return tooLarge;
  if (!request.body) return { ok: false, status: 400, error: "request body must be JSON" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge;
    }
    chunks.push(value);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { ok: false, status: 400, error: "request body must be JSON" };
  }
}
