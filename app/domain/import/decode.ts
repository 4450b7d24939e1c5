/** Text decoding for uploaded CSV/GeoJSON: UTF-8 (with or without BOM), else GBK as saved by Chinese Excel. */

export type TextEncodingName = "utf-8" | "utf-16le" | "gbk";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Decodes bytes as UTF-8; invalid UTF-8 is decoded as GBK (a superset of GB2312) and the caller reports it. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    // Excel on Chinese Windows saves "CSV" in the ANSI code page, i.e. GBK (cp936).
    return { text: new TextDecoder("gbk").decode(bytes), encoding: "gbk" };
  }
}
