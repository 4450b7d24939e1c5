/** Shanxi's 11 prefecture-level cities: adcode, short Chinese name and English name (DataV has Chinese only). */

export const SHANXI_ADCODE = "140000";

export const SHANXI_CITIES = [
  { adcode: "140100", shortZh: "太原", nameEn: "Taiyuan" },
  { adcode: "140200", shortZh: "大同", nameEn: "Datong" },
  { adcode: "140300", shortZh: "阳泉", nameEn: "Yangquan" },
  { adcode: "140400", shortZh: "长治", nameEn: "Changzhi" },
  { adcode: "140500", shortZh: "晋城", nameEn: "Jincheng" },
  { adcode: "140600", shortZh: "朔州", nameEn: "Shuozhou" },
  { adcode: "140700", shortZh: "晋中", nameEn: "Jinzhong" },
  { adcode: "140800", shortZh: "运城", nameEn: "Yuncheng" },
  { adcode: "140900", shortZh: "忻州", nameEn: "Xinzhou" },
  { adcode: "141000", shortZh: "临汾", nameEn: "Linfen" },
  { adcode: "141100", shortZh: "吕梁", nameEn: "Lüliang" },
] as const;

const BY_ADCODE = new Map<string, (typeof SHANXI_CITIES)[number]>(SHANXI_CITIES.map((c) => [c.adcode, c]));

/** The city entry for a city adcode, or undefined. */
export function shanxiCity(adcode: string): (typeof SHANXI_CITIES)[number] | undefined {
  return BY_ADCODE.get(adcode);
}

/** City adcode of a county adcode ("140882" → "140800"). */
export function cityAdcodeOf(countyAdcode: string): string {
  return `${countyAdcode.slice(0, 4)}00`;
}
