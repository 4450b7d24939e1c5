/** The site form's draft state (strings as typed) and its conversion to the save payload. */
import type { MaterialCode } from "../../domain/materials";
import type { StoredSite } from "../../domain/import/stored-site";
import { DEFAULT_SITE_STATUS } from "../../domain/site-status";

export interface OutputRow {
  material: MaterialCode;
  tonnesPerYear: string;
  stockpileTonnes: string;
  estimated: boolean;
  coefficient: string;
  wasteCode: string;
}
export interface IntakeRow {
  material: MaterialCode;
  route: string;
  capacityTonnesPerYear: string;
  committedTonnesPerYear: string;
  estimated: boolean;
  coefficient: string;
}

const str = (v: number | string | null | undefined) => (v === null || v === undefined ? "" : String(v));
/** A typed number ("1,234" accepted), or null when the box is empty. */
export const num = (v: string) => (v.trim() === "" ? null : Number(v.replace(/,/g, "")));

/** The site fields as the form edits them. */
export function siteDraft(site: StoredSite | null) {
  return {
    name: site?.name ?? "",
    nameEn: site?.nameEn ?? "",
    ownerGroup: site?.ownerGroup ?? "",
    industry: site?.industry ?? "",
    lng: str(site?.lng),
    lat: str(site?.lat),
    capacityMw: str(site?.capacityMw),
    parkId: site?.parkId ?? "",
    source: site?.source ?? "user",
    sourceRef: site?.sourceRef ?? "",
    licence: site?.licence ?? "user-provided",
    precision: site?.precision ?? "exact",
    synthetic: site?.synthetic ?? false,
    outsideProvince: site?.outsideProvince ?? false,
    notes: site?.notes ?? "",
    status: site?.status ?? DEFAULT_SITE_STATUS,
  };
}
export type SiteDraft = ReturnType<typeof siteDraft>;

/** The site's outputs as editable rows. */
export function outputRows(site: StoredSite | null): OutputRow[] {
  return (site?.outputs ?? []).map((o) => ({
    material: o.material,
    tonnesPerYear: str(o.tonnesPerYear),
    stockpileTonnes: str(o.stockpileTonnes),
    estimated: o.estimated,
    coefficient: o.coefficient ?? "",
    wasteCode: o.wasteCode ?? "",
  }));
}

/** The site's intakes as editable rows. */
export function intakeRows(site: StoredSite | null): IntakeRow[] {
  return (site?.intakes ?? []).map((i) => ({
    material: i.material,
    route: i.route,
    capacityTonnesPerYear: str(i.capacityTonnesPerYear),
    committedTonnesPerYear: str(i.committedTonnesPerYear),
    estimated: i.estimated,
    coefficient: i.coefficient ?? "",
  }));
}

export const NEW_OUTPUT: OutputRow = {
  material: "fly-ash",
  tonnesPerYear: "",
  stockpileTonnes: "0",
  estimated: false,
  coefficient: "",
  wasteCode: "",
};
export const NEW_INTAKE: IntakeRow = {
  material: "fly-ash",
  route: "",
  capacityTonnesPerYear: "",
  committedTonnesPerYear: "0",
  estimated: false,
  coefficient: "",
};

/** The save payload: numbers parsed, empty optional texts as null, the position in WGS84 when it could be converted. */
export function sitePayload(
  f: SiteDraft,
  wgs: [number, number] | null,
  outputs: readonly OutputRow[],
  intakes: readonly IntakeRow[],
) {
  return {
    name: f.name,
    nameEn: f.nameEn,
    ownerGroup: f.ownerGroup || null,
    industry: f.industry,
    lng: wgs ? wgs[0] : num(f.lng),
    lat: wgs ? wgs[1] : num(f.lat),
    capacityMw: num(f.capacityMw),
    parkId: f.parkId || null,
    source: f.source,
    sourceRef: f.sourceRef || null,
    licence: f.licence,
    precision: f.precision,
    synthetic: f.synthetic,
    outsideProvince: f.outsideProvince,
    status: f.status,
    notes: f.notes || null,
    outputs: outputs.map((o) => ({
      material: o.material,
      tonnesPerYear: num(o.tonnesPerYear),
      stockpileTonnes: num(o.stockpileTonnes) ?? 0,
      estimated: o.estimated,
      coefficient: o.coefficient || null,
      wasteCode: o.wasteCode || null,
    })),
    intakes: intakes.map((i) => ({
      material: i.material,
      route: i.route,
      capacityTonnesPerYear: num(i.capacityTonnesPerYear),
      committedTonnesPerYear: num(i.committedTonnesPerYear) ?? 0,
      estimated: i.estimated,
      coefficient: i.coefficient || null,
    })),
  };
}
