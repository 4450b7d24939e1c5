import "server-only";
import { prisma } from "./db";
import type { MaterialCode, MaterialSpec } from "../domain/materials";

/** The editable fields of a material (max haul, cost) with its names and unit. */
export type MaterialSettings = Pick<
  MaterialSpec,
  "code" | "nameZh" | "nameEn" | "unit" | "maxHaulKm" | "costYuanPerTonneKm" | "haulStatus" | "costStatus"
>;

/** The stored Material row of `code` as settings, or null when the table has no row for it. */
export async function findMaterialSettings(code: MaterialCode): Promise<MaterialSettings | null> {
  const row = await prisma.material.findUnique({ where: { code } });
  if (!row) return null;
  return {
    code,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    unit: row.unit as MaterialSpec["unit"],
    maxHaulKm: row.maxHaulKm,
    costYuanPerTonneKm: row.costYuanPerTonneKm,
    haulStatus: row.haulStatus as MaterialSpec["haulStatus"],
    costStatus: row.costStatus as MaterialSpec["costStatus"],
  };
}
