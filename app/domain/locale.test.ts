import { describe, expect, it } from "vitest";
import { isLocale, localName, localText, toLocale } from "./locale";

describe("locale", () => {
  it("picks the English name in English when present, else the Chinese one", () => {
    expect(localName({ name: "河津", nameEn: "Hejin" }, "en")).toBe("Hejin");
    expect(localName({ name: "河津", nameEn: "Hejin" }, "zh")).toBe("河津");
    expect(localName({ name: "河津", nameEn: null }, "en")).toBe("河津");
    expect(localName({ name: "河津", nameEn: "" }, "en")).toBe("河津");
    expect(localName({ nameZh: "粉煤灰", nameEn: "Fly ash" }, "en")).toBe("Fly ash");
    expect(localName({ nameZh: "粉煤灰", nameEn: "Fly ash" }, "zh")).toBe("粉煤灰");
  });
  it("falls back to Chinese text and keeps a missing Chinese text missing", () => {
    expect(localText("en", "甲", "A")).toBe("A");
    expect(localText("en", "甲", undefined)).toBe("甲");
    expect(localText("zh", null, "A")).toBeNull();
  });
  it("parses locales", () => {
    expect(toLocale("en")).toBe("en");
    expect(toLocale("fr")).toBe("zh");
    expect(toLocale(null)).toBe("zh");
    expect(isLocale("en")).toBe(true);
    expect(isLocale("EN")).toBe(false);
  });
});
