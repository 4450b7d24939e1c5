/** Industry codes used on Site.industry, with Chinese and English names. */

export const INDUSTRIES = [
  { code: "coal-power", nameZh: "燃煤电厂", nameEn: "Coal-fired power plant" },
  { code: "gangue-power", nameZh: "煤矸石综合利用电厂", nameEn: "Gangue/waste-coal power plant" },
  { code: "biomass-power", nameZh: "生物质电厂", nameEn: "Biomass power plant" },
  { code: "coal-mine", nameZh: "煤矿", nameEn: "Coal mine" },
  { code: "alumina", nameZh: "氧化铝", nameEn: "Alumina refinery" },
  { code: "steel", nameZh: "钢铁", nameEn: "Iron and steel works" },
  { code: "magnesium", nameZh: "金属镁冶炼", nameEn: "Magnesium smelter (Pidgeon)" },
  { code: "pvc-carbide", nameZh: "电石法聚氯乙烯", nameEn: "Carbide-route PVC / chlor-alkali" },
  { code: "coking", nameZh: "焦化", nameEn: "Coking plant" },
  { code: "coal-chemical", nameZh: "煤化工（合成氨/甲醇）", nameEn: "Coal chemicals (ammonia, methanol)" },
  { code: "cement", nameZh: "水泥", nameEn: "Cement plant" },
  { code: "wall-materials", nameZh: "新型墙体材料", nameEn: "Wall materials (bricks, blocks)" },
  { code: "gypsum-board", nameZh: "石膏板/石膏粉", nameEn: "Gypsum board and plaster" },
  { code: "ceramsite", nameZh: "陶粒", nameEn: "Ceramsite (lightweight aggregate)" },
  { code: "mine-backfill", nameZh: "矿山充填", nameEn: "Mine backfill" },
  { code: "road-base", nameZh: "道路基层材料", nameEn: "Road-base materials" },
  { code: "concrete", nameZh: "商品混凝土/砂浆", nameEn: "Ready-mix concrete and mortar" },
  {
    code: "alumina-extraction",
    nameZh: "高铝粉煤灰/煤矸石提取氧化铝",
    nameEn: "Alumina extraction from high-Al ash and gangue",
  },
  { code: "desulfurisation", nameZh: "脱硫剂利用", nameEn: "Desulfurisation-agent user" },
  { code: "slag-powder", nameZh: "矿渣微粉", nameEn: "Slag powder mill" },
  { code: "recycled-aggregate", nameZh: "建筑废物再生骨料", nameEn: "Recycled aggregate plant" },
  { code: "refractories", nameZh: "耐火材料", nameEn: "Refractories" },
  { code: "iron-recovery", nameZh: "赤泥选铁", nameEn: "Iron recovery from red mud" },
  { code: "fertiliser", nameZh: "肥料", nameEn: "Fertiliser" },
  { code: "glass-ceramics", nameZh: "微晶玻璃", nameEn: "Glass-ceramics" },
  { code: "light-caco3", nameZh: "轻质碳酸钙/石灰", nameEn: "Light calcium carbonate and quicklime" },
  { code: "straw-utilisation", nameZh: "秸秆利用", nameEn: "Straw utilisation (boards, pellets, biogas, fodder)" },
  { code: "gas-chemicals", nameZh: "焦炉煤气/煤层气化工", nameEn: "Coke-oven gas and CBM chemicals (LNG, methanol)" },
  { code: "district-heating", nameZh: "集中供热", nameEn: "District heating" },
  { code: "water-user", nameZh: "工业用水（洗煤、冷却）", nameEn: "Industrial water user (coal washing, cooling)" },
  { code: "waste-stockpile", nameZh: "固废堆存（存量）", nameEn: "Solid-waste stockpile (legacy)" },
  { code: "construction-waste-source", nameZh: "城市建筑废物产生源", nameEn: "Urban construction-waste source" },
  { code: "agriculture", nameZh: "农业（秸秆产生）", nameEn: "Agriculture (straw source)" },
  { code: "building-materials", nameZh: "建材（综合）", nameEn: "Building materials (mixed)" },
  { code: "other", nameZh: "其他", nameEn: "Other" },
] as const;

export type IndustryCode = (typeof INDUSTRIES)[number]["code"];

const BY_CODE = new Map<string, (typeof INDUSTRIES)[number]>(INDUSTRIES.map((i) => [i.code, i]));

/** True when `code` is a known industry code. */
export function isIndustryCode(code: string): code is IndustryCode {
  return BY_CODE.has(code);
}

/** Chinese and English names of an industry code; falls back to the code itself for unknown codes. */
export function industryName(code: string): { nameZh: string; nameEn: string } {
  const i = BY_CODE.get(code);
  return i ? { nameZh: i.nameZh, nameEn: i.nameEn } : { nameZh: code, nameEn: code };
}

/** The code for an industry cell: a known code, or a Chinese or English industry name; other text is kept as typed. */
export function industryCodeOf(text: string): string {
  const t = text.trim();
  if (BY_CODE.has(t)) return t;
  const lower = t.toLowerCase();
  const hit = INDUSTRIES.find((i) => i.nameZh === t || i.nameEn.toLowerCase() === lower);
  return hit ? hit.code : t;
}
