import { describe, expect, it } from "vitest";
import { MATERIALS } from "../../domain/materials";
import {
  initialRunForm,
  parseCoords,
  RUN_DEFAULTS,
  runFormReducer,
  runRequestBody,
  scopeOf,
  SOLIDS,
  type RunFormAction,
  type RunFormState,
} from "./run-form-state";

const apply = (actions: RunFormAction[], from: RunFormState = initialRunForm()) => actions.reduce(runFormReducer, from);

describe("run form state", () => {
  it("opens on a city run over every solid waste, real operating sites, default parameters", () => {
    const s = initialRunForm();
    expect(s.kind).toBe("city");
    expect([...s.materials]).toEqual(SOLIDS);
    expect(SOLIDS.length).toBeLessThan(MATERIALS.length);
    expect(s).toMatchObject({ includeSynthetic: false, includeNonOperating: false, error: null, busy: false });
    expect(s.scalar.circuity).toBe(String(RUN_DEFAULTS.circuity));
    expect(s.perMaterial.haul["red-mud"]).toBe(String(RUN_DEFAULTS.maxHaulKm["red-mud"]));
  });

  it("asks for the missing scope, polygon or material before building a request", () => {
    expect(runRequestBody(initialRunForm())).toEqual({ missing: "form.needScope" });
    expect(scopeOf(apply([{ type: "set", field: "kind", value: "polygon" }]))).toEqual({ missing: "form.needPolygon" });
    const none = apply([
      { type: "set", field: "kind", value: "province" },
      { type: "allSolids", on: false },
    ]);
    expect(none.materials.size).toBe(0);
    expect(runRequestBody(none)).toEqual({ missing: "form.needMaterial" });
  });

  it("draws by clicks or typed coordinates, closes the ring, and refuses fewer than 3 typed points", () => {
    const drawn = apply([
      { type: "set", field: "kind", value: "polygon" },
      { type: "addVertex", vertex: [111, 37] },
      { type: "addVertex", vertex: [112, 37] },
      { type: "addVertex", vertex: [112, 38] },
      { type: "addVertex", vertex: [0, 0] },
      { type: "undoVertex" },
    ]);
    expect(scopeOf(drawn)).toEqual({
      kind: "polygon",
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [111, 37],
            [112, 37],
            [112, 38],
            [111, 37],
          ],
        ],
      },
    });
    expect(apply([{ type: "clearVertices" }], drawn).vertices).toEqual([]);
    expect(parseCoords("111.5,37.2; 112.8,37.2; junk; 112.8,38.3")).toEqual([
      [111.5, 37.2],
      [112.8, 37.2],
      [112.8, 38.3],
    ]);
    const few = apply([{ type: "set", field: "coords", value: "111,37; 112,37" }, { type: "applyCoords" }], drawn);
    expect(few.error).toEqual({ key: "form.coordsInvalid" });
    expect(few.vertices).toEqual(drawn.vertices);
    const typed = apply([{ type: "set", field: "coords", value: "1,2; 3,4; 5,6" }, { type: "applyCoords" }], few);
    expect(typed).toMatchObject({
      error: null,
      vertices: [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
    });
  });

  it("posts the chosen materials in catalogue order with their edited parameters as numbers", () => {
    const s = apply([
      { type: "set", field: "kind", value: "county" },
      { type: "set", field: "county", value: "140882" },
      { type: "allSolids", on: false },
      { type: "toggleMaterial", code: "red-mud", on: true },
      { type: "toggleMaterial", code: "fly-ash", on: true },
      { type: "perMaterial", key: "haul", code: "red-mud", value: "75" },
      { type: "scalar", key: "circuity", value: "1.5" },
      { type: "scalar", key: "enterprise", value: "3" },
      { type: "set", field: "includeSynthetic", value: true },
      { type: "set", field: "label", value: "  河津  " },
    ]);
    const request = runRequestBody(s);
    if ("missing" in request) throw new Error(request.missing);
    const codes = MATERIALS.map((m) => m.code).filter((c) => c === "red-mud" || c === "fly-ash");
    expect(request.body).toEqual({
      scope: { kind: "county", adcode: "140882" },
      materials: codes,
      label: "河津",
      params: {
        maxHaulKm: Object.fromEntries(codes.map((c) => [c, c === "red-mud" ? 75 : RUN_DEFAULTS.maxHaulKm[c]])),
        costYuanPerTonneKm: Object.fromEntries(codes.map((c) => [c, RUN_DEFAULTS.costYuanPerTonneKm[c]])),
        circuity: 1.5,
        landfillYuanPerTonneByMaterial: Object.fromEntries(
          codes.map((c) => [c, RUN_DEFAULTS.landfillYuanPerTonneByMaterial?.[c] ?? 0]),
        ),
        utilisationPenaltyYuanPerTonne: RUN_DEFAULTS.utilisationPenaltyYuanPerTonne,
        cycleBonusYuanPerTonne: { enterprise: 3, park: RUN_DEFAULTS.cycleBonusYuanPerTonne.park },
        nearestN: RUN_DEFAULTS.nearestN,
        includeSynthetic: true,
        includeNonOperating: false,
      },
    });
  });

  it("marks a submission busy and a refusal not busy with its message", () => {
    const busy = apply([{ type: "submitting" }]);
    expect(busy).toMatchObject({ busy: true, error: null });
    expect(apply([{ type: "fail", error: { text: "HTTP 503" } }], busy)).toMatchObject({
      busy: false,
      error: { text: "HTTP 503" },
    });
  });
});
