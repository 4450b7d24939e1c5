import { describe, expect, it } from "vitest";
import { parseCityExportQuery, parseInclusionQuery, parseProgressQuery } from "./plan-query";

const q = (s: string) => new URLSearchParams(s);
const err = (r: { ok: boolean; error?: string }) => (r.ok ? null : r.error);

describe("plan API queries", () => {
  it("reads level, adcode and the inclusion options (real operating sites by default)", () => {
    expect(parseProgressQuery(q("level=city"))).toEqual({
      ok: true,
      value: { level: "city", adcode: null, includeSynthetic: false, includeNonOperating: false },
    });
    expect(parseProgressQuery(q("level=county&adcode=140882&includeSynthetic=true"))).toMatchObject({
      ok: true,
      value: { level: "county", adcode: "140882", includeSynthetic: true },
    });
  });
  it("answers bad input with specific messages", () => {
    expect(err(parseProgressQuery(q("level=town")))).toBe('unknown level "town": use province, city or county');
    expect(err(parseProgressQuery(q("")))).toBe("level is required: province, city or county");
    expect(err(parseProgressQuery(q("level=city&adcode=14")))).toBe("adcode must be 6 digits");
    expect(err(parseProgressQuery(q("level=city&includeSynthetic=maybe")))).toBe(
      'includeSynthetic must be true or false (got "maybe")',
    );
    expect(err(parseProgressQuery(q("level=city&level=county")))).toBe('parameter "level" is given more than once');
    expect(err(parseProgressQuery(q("level=city&material=x")))).toBe("unknown parameter(s): material");
    expect(err(parseInclusionQuery(q("x=1")))).toBe("unknown parameter(s): x");
    expect(err(parseCityExportQuery(q("format=odt")))).toBe('unknown format "odt": use xlsx, pdf or docx');
    expect(parseCityExportQuery(q("format=pdf&lang=en"))).toMatchObject({
      ok: true,
      value: { format: "pdf", lang: "en" },
    });
  });
});
