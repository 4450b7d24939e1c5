/**
 * The new-run form's state as one reducer (no React): scope choice, drawn vertices, materials, inclusion and the
 * editable parameters as typed text, plus the request body the form posts to POST /api/pairings.
 */
import { MATERIALS, type MaterialCode } from "../../domain/materials";
import { effectiveParams } from "../../domain/pairing/params";
import type { PairingScope } from "../../domain/pairing/types";
import type { LngLat } from "./polygon-draw";

export type ScopeKind = PairingScope["kind"];
export const SCOPE_KINDS: readonly ScopeKind[] = ["province", "city", "county", "park", "polygon"];
/** Materials measured in tonnes (the "all solid wastes" shortcut). */
export const SOLIDS: readonly MaterialCode[] = MATERIALS.filter((m) => m.unit === "t").map((m) => m.code);
/** Every parameter's default, for the initial values and the "default" hints. */
export const RUN_DEFAULTS = effectiveParams(MATERIALS.map((m) => m.code));

/** Scalar parameters edited as text (the cycle bonuses as `enterprise` and `park`). */
export type ScalarKey = "circuity" | "utilisationPenaltyYuanPerTonne" | "enterprise" | "park" | "nearestN";
/** Per-material parameters edited as text. */
export type PerMaterialKey = "haul" | "cost" | "landfill";

export interface RunFormState {
  kind: ScopeKind;
  city: string;
  county: string;
  park: string;
  vertices: LngLat[];
  /** The "lng,lat; lng,lat; …" text, the keyboard alternative to clicking vertices. */
  coords: string;
  materials: ReadonlySet<MaterialCode>;
  label: string;
  includeSynthetic: boolean;
  includeNonOperating: boolean;
  scalar: Record<ScalarKey, string>;
  perMaterial: Record<PerMaterialKey, Record<string, string>>;
  /** A message key under `pairing.` (from the form's checks) or a message from the API. */
  error: { key: string } | { text: string } | null;
  busy: boolean;
}

const perMaterial = (value: (code: MaterialCode) => number) =>
  Object.fromEntries(MATERIALS.map((m) => [m.code, String(value(m.code))]));

/** The form as it opens: a city run over every solid waste with the default parameters, real operating sites only. */
export function initialRunForm(): RunFormState {
  return {
    kind: "city",
    city: "",
    county: "",
    park: "",
    vertices: [],
    coords: "",
    materials: new Set(SOLIDS),
    label: "",
    // Analyses use real, operating sites unless the planner asks for more (site-inclusion.ts).
    includeSynthetic: RUN_DEFAULTS.includeSynthetic,
    includeNonOperating: RUN_DEFAULTS.includeNonOperating,
    scalar: {
      circuity: String(RUN_DEFAULTS.circuity),
      utilisationPenaltyYuanPerTonne: String(RUN_DEFAULTS.utilisationPenaltyYuanPerTonne),
      enterprise: String(RUN_DEFAULTS.cycleBonusYuanPerTonne.enterprise),
      park: String(RUN_DEFAULTS.cycleBonusYuanPerTonne.park),
      nearestN: String(RUN_DEFAULTS.nearestN),
    },
    perMaterial: {
      haul: perMaterial((c) => RUN_DEFAULTS.maxHaulKm[c]!),
      cost: perMaterial((c) => RUN_DEFAULTS.costYuanPerTonneKm[c]!),
      landfill: perMaterial((c) => RUN_DEFAULTS.landfillYuanPerTonneByMaterial?.[c] ?? 0),
    },
    error: null,
    busy: false,
  };
}

export type RunFormAction =
  | { type: "set"; field: "kind"; value: ScopeKind }
  | { type: "set"; field: "city" | "county" | "park" | "coords" | "label"; value: string }
  | { type: "set"; field: "includeSynthetic" | "includeNonOperating"; value: boolean }
  | { type: "addVertex"; vertex: LngLat }
  | { type: "undoVertex" }
  | { type: "clearVertices" }
  | { type: "applyCoords" }
  | { type: "toggleMaterial"; code: MaterialCode; on: boolean }
  | { type: "allSolids"; on: boolean }
  | { type: "scalar"; key: ScalarKey; value: string }
  | { type: "perMaterial"; key: PerMaterialKey; code: MaterialCode; value: string }
  | { type: "fail"; error: RunFormState["error"] }
  | { type: "submitting" };

/** Vertices typed as "lng,lat; lng,lat; …" (pairs that are not two finite numbers are skipped). */
export function parseCoords(text: string): LngLat[] {
  return text
    .split(";")
    .map((p) => p.split(",").map((x) => Number(x.trim())))
    .filter((p) => p.length === 2 && p.every(Number.isFinite)) as LngLat[];
}

/** The next form state. */
export function runFormReducer(state: RunFormState, action: RunFormAction): RunFormState {
  switch (action.type) {
    case "set":
      return { ...state, [action.field]: action.value };
    case "addVertex":
      return { ...state, vertices: [...state.vertices, action.vertex] };
    case "undoVertex":
      return { ...state, vertices: state.vertices.slice(0, -1) };
    case "clearVertices":
      return { ...state, vertices: [] };
    case "applyCoords": {
      const pts = parseCoords(state.coords);
      if (pts.length < 3) return { ...state, error: { key: "form.coordsInvalid" } };
      return { ...state, error: null, vertices: pts };
    }
    case "toggleMaterial": {
      const next = new Set(state.materials);
      if (action.on) next.add(action.code);
      else next.delete(action.code);
      return { ...state, materials: next };
    }
    case "allSolids":
      return { ...state, materials: new Set(action.on ? SOLIDS : []) };
    case "scalar":
      return { ...state, scalar: { ...state.scalar, [action.key]: action.value } };
    case "perMaterial":
      return {
        ...state,
        perMaterial: {
          ...state.perMaterial,
          [action.key]: { ...state.perMaterial[action.key], [action.code]: action.value },
        },
      };
    case "fail":
      return { ...state, error: action.error, busy: false };
    case "submitting":
      return { ...state, error: null, busy: true };
  }
}

/** The chosen scope, or the message key of what is missing. */
export function scopeOf(state: RunFormState): PairingScope | { missing: string } {
  switch (state.kind) {
    case "province":
      return { kind: "province" };
    case "city":
      return state.city ? { kind: "city", adcode: state.city } : { missing: "form.needScope" };
    case "county":
      return state.county ? { kind: "county", adcode: state.county } : { missing: "form.needScope" };
    case "park":
      return state.park ? { kind: "park", id: state.park } : { missing: "form.needScope" };
    case "polygon":
      return state.vertices.length >= 3
        ? { kind: "polygon", geometry: { type: "Polygon", coordinates: [[...state.vertices, state.vertices[0]]] } }
        : { missing: "form.needPolygon" };
  }
}

/** The body of POST /api/pairings for the form (materials in catalogue order), or the message key of what is missing. */
export function runRequestBody(state: RunFormState): { body: unknown } | { missing: string } {
  const scope = scopeOf(state);
  if ("missing" in scope) return scope;
  if (state.materials.size === 0) return { missing: "form.needMaterial" };
  const codes = MATERIALS.map((m) => m.code).filter((c) => state.materials.has(c));
  const { scalar, perMaterial: pm } = state;
  const each = (values: Record<string, string>) => Object.fromEntries(codes.map((c) => [c, Number(values[c])]));
  return {
    body: {
      scope,
      materials: codes,
      label: state.label.trim() || undefined,
      params: {
        maxHaulKm: each(pm.haul),
        costYuanPerTonneKm: each(pm.cost),
        circuity: Number(scalar.circuity),
        landfillYuanPerTonneByMaterial: each(pm.landfill),
        utilisationPenaltyYuanPerTonne: Number(scalar.utilisationPenaltyYuanPerTonne),
        cycleBonusYuanPerTonne: { enterprise: Number(scalar.enterprise), park: Number(scalar.park) },
        nearestN: Number(scalar.nearestN),
        includeSynthetic: state.includeSynthetic,
        includeNonOperating: state.includeNonOperating,
      },
    },
  };
}
