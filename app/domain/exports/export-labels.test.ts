import { describe, expect, it } from "vitest";
import zhExports from "../../i18n/messages/zh/exports.json";
import enExports from "../../i18n/messages/en/exports.json";
import { MATERIALS } from "../materials";
import { cycleLevelLabel, exportLabels, routeLabel, sheetName } from "./export-labels";
import { originText } from "./export-tables";
import { fixtureSnapshot } from "../proposals/test-fixtures";

/** Every key path of a message tree, sorted. */
const paths = (o: object, prefix = ""): string[] =>
  Object.entries(o)
    .flatMap(([k, v]) => (typeof v === "object" && v ? paths(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
    .sort();

describe("export labels (from the next-intl message files)", () => {
  it("has the same keys in Chinese and English, none empty", () => {
    expect(paths(enExports)).toEqual(paths(zhExports));
    for (const tree of [zhExports, enExports])
      for (const p of paths(tree)) expect(p.split(".").reduce<unknown>((o, k) => (o as never)[k], tree)).not.toBe("");
  });

  it("reads the words from the message files, with the page footer filled in", () => {
    expect(exportLabels("zh").title).toBe(zhExports.labels.title);
    expect(exportLabels("en").distanceKm).toBe("Great-circle distance (km)");
    expect(exportLabels("zh").page(2, 7)).toBe("第 2 页 / 共 7 页");
    expect(exportLabels("en").page(2, 7)).toBe("Page 2 of 7");
    expect(sheetName("site-materials", "zh")).toBe("企业物料");
    expect(cycleLevelLabel("park", "zh")).toBe("园区中循环");
  });

  it("translates every route a material can take, in both languages", () => {
    expect(routeLabel("cement", "zh")).toBe("水泥");
    expect(routeLabel("wall-materials", "zh")).toBe("墙体材料");
    expect(routeLabel("wall-materials", "en")).toBe("Wall materials");
    for (const m of MATERIALS)
      for (const r of m.routes)
        for (const lang of ["zh", "en"] as const) expect(routeLabel(r, lang), `${m.code} → ${r}`).not.toBe(r);
    expect(routeLabel("no-such-route", "zh")).toBe("no-such-route");
  });

  it("says where a proposal came from with the park's name", () => {
    const snapshot = {
      ...fixtureSnapshot(),
      origin: { kind: "run-park" as const, runId: "r1", parkId: "park-hejin-base" },
    };
    const p = { id: "p", name: "x", notes: null, cycleLevel: "park", snapshot };
    expect(originText(p, "zh")).toBe("配对运行 r1，园区 河津全国资源综合利用示范基地");
    expect(originText(p, "en")).toBe("pairing run r1, park Hejin national resource utilisation demonstration base");
  });
});
