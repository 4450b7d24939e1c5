/**
 * The cost of a tonne of solid waste left unused, per material: the Environmental Protection Tax Law of the PRC
 * (《中华人民共和国环境保护税法》, in force 2018-01-01), annexed 《环境保护税税目税额表》, solid-waste items:
 * 煤矸石 5 元/吨; 尾矿 15 元/吨; 危险废物 1000 元/吨; 冶炼渣、粉煤灰、炉渣、其他固体废物（含半固态、液态废物）25 元/吨.
 * Agricultural production (other than large-scale livestock farming) is exempt (Art. 12(1)), so crop straw carries none.
 */
import { materialSpec, type MaterialCode } from "./materials";

export interface LandfillTaxRate {
  yuanPerTonne: number;
  /** The tax item of the law's table the material falls under (or the exemption). */
  itemZh: string;
  itemEn: string;
}

export const LANDFILL_TAX_SOURCE = {
  zh: "《中华人民共和国环境保护税法》附表《环境保护税税目税额表》：煤矸石 5 元/吨；冶炼渣、粉煤灰、炉渣、其他固体废物 25 元/吨；第十二条（一）农业生产暂予免征",
  en: "Environmental Protection Tax Law of the PRC, annexed tax table: coal gangue 5 yuan/t; smelting slag, fly ash, furnace slag and other solid waste 25 yuan/t; Art. 12(1) exempts agricultural production",
} as const;

const GANGUE: LandfillTaxRate = { yuanPerTonne: 5, itemZh: "煤矸石", itemEn: "coal gangue" };
const FLY_ASH: LandfillTaxRate = { yuanPerTonne: 25, itemZh: "粉煤灰", itemEn: "fly ash" };
const SMELTING: LandfillTaxRate = { yuanPerTonne: 25, itemZh: "冶炼渣", itemEn: "smelting slag" };
const OTHER: LandfillTaxRate = { yuanPerTonne: 25, itemZh: "其他固体废物", itemEn: "other solid waste" };
const EXEMPT: LandfillTaxRate = {
  yuanPerTonne: 0,
  itemZh: "农业生产暂予免征（第十二条）",
  itemEn: "agricultural production, exempt (Art. 12)",
};

/** Tax item and rate of each solid material (materials in tonnes; gas, heat and water are not solid waste). */
export const LANDFILL_TAX: Partial<Record<MaterialCode, LandfillTaxRate>> = {
  "coal-gangue": GANGUE,
  "fly-ash": FLY_ASH,
  "steel-slag": SMELTING,
  "magnesium-slag": SMELTING,
  "red-mud": OTHER,
  "fgd-gypsum": OTHER,
  "carbide-slag": OTHER,
  "construction-waste": OTHER,
  straw: EXEMPT,
};

/** Default landfill cost (yuan per unit left unused) of a material: its tax rate for solids, 0 for gas, heat and water. */
export function landfillTaxYuanPerTonne(material: MaterialCode): number {
  if (materialSpec(material)?.unit !== "t") return 0;
  return LANDFILL_TAX[material]?.yuanPerTonne ?? OTHER.yuanPerTonne;
}
