/**
 * The bases and parks named in the plan (docs/domain.md §4), as data. Locations are resolved by
 * the seed from the committed WGS84 boundaries: a county or city seat (DataV `center`, converted), the mean
 * of several seats, or a GPPD plant point when the source places a plant inside the park.
 *
 * Radii (km), so a park can be drawn and searched without a surveyed outline:
 *  - pilot parks and single-county chemical parks: 5 / 8 km. Chinese circular-economy parks cover tens of
 *    km²; a 5 km circle is 79 km². The centre is a seat or a plant, not a surveyed outline, so the circle is
 *    a search area, not a boundary;
 *  - county-wide designations (Hejin demo base, red-mud areas): ≈ the radius of a circle of the county's area
 *    (Hejin ≈ 593 km² → 14 km, rounded up to 15) or 20 km for the red-mud concentration areas;
 *  - city-wide designations (Shuozhou base): 40 km, roughly the extent of Shuozhou's districts and coal fields;
 *  - multi-seat parks and bases: the farthest named seat from the centre + 5 km (computed by the seed).
 * Shapes: a park with an `area` is drawn as that area: the counties/cities a designation covers (Shuozhou
 * base = Shuozhou city, Hejin base = Hejin county, coal-chemical bases = their cities' counties), or one circle
 * per named place (Hejin–Wenxi–Xinjiang: three circles, not one around their average).
 * Membership (SitePark): every site inside a park's shape belongs to it, and a site naming a park belongs to it
 * too; a site may be in several parks (`parkIds`, smallest first). A site's `parkId` (the park cycle, 园区中循环)
 * is the park it names, else the smallest "radius" park containing it; "explicit" parks (city-, county- and
 * region-wide designations) list their members in `parkIds` but are not a park cycle, so a whole city does not
 * become one "park cycle".
 */

import { shanxiCity } from "./shanxi-cities";

export const PARK_KINDS = [
  "national-base",
  "demo-base",
  "pilot-park",
  "chemical-park",
  "energy-park",
  "coal-chemical-base",
  "red-mud-area",
] as const;
export type ParkKind = (typeof PARK_KINDS)[number];

export type ParkAnchor =
  | { type: "county-seat"; adcode: string }
  | { type: "city-seat"; adcode: string }
  | { type: "seats-mean"; adcodes: readonly string[] }
  | { type: "plant"; lng: number; lat: number; ref: string }
  | { type: "plants-mean"; plants: readonly { lng: number; lat: number; ref: string }[] };

/** The drawn shape of a park, when it is not one circle around its anchor. */
export type ParkArea =
  /** The union of these counties or cities (adcodes) from the committed boundaries. */
  | { type: "regions"; adcodes: readonly string[] }
  /** One circle of the park's radius around each place. */
  | { type: "circles"; anchors: readonly ParkAnchor[] };

export interface ParkSpec {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: ParkKind;
  anchor: ParkAnchor;
  /** Radius in km; for "seats-mean"/"plants-mean" anchors the seed widens it to cover every named place + 5 km. */
  radiusKm: number;
  /** Drawn shape when not a single circle (see the header). */
  area?: ParkArea;
  precision: "exact" | "county" | "estimated";
  membership: "radius" | "explicit";
  source: string;
  notes: string;
}

export const PLAN_TITLE = "山西省“十二五”资源节约与综合利用规划";
const PLAN_BASES = `${PLAN_TITLE} 一(一)2 基地建设`;
const PLAN_RED_MUD = `${PLAN_TITLE} 三(二)1(4) 赤泥综合利用`;
const PLAN_PILOTS = `${PLAN_TITLE} 三(三) 发展工业循环经济`;
const PLAN_CHEMICAL = `${PLAN_TITLE} 三(一)5 化工行业`;
const PLAN_ENERGY = `${PLAN_TITLE} 三(六) 节能环保产业 区域布局`;

/** Lu'an group's own power plants (GEM GCPT, owner 潞安): the pilot park is drawn around them. */
const LUAN_PLANTS = [
  { lng: 112.850584, lat: 36.365303, ref: "GEM GCPT L100000101452 Changzhi Tunliu power station 潞安屯留发电厂" },
  { lng: 112.966477, lat: 36.4998, ref: "GEM GCPT L100000101503 Ronghai power station 潞安容海发电厂" },
] as const;

/** Chalco's Huaze Aluminum captive power plant in Hejin (GEM GCPT, 86% Chalco): the real place of the Chalco Shanxi complex. */
export const CHALCO_HUAZE: ParkAnchor = {
  type: "plant",
  lng: 110.669074,
  lat: 35.658615,
  ref: "GEM GCPT L100000101484 Huaze Aluminum power station 中铝山西华泽铝电低热值煤自备电厂",
};
/** Red-mud areas' real aluminium/alumina places (GEM GCPT captive plants). */
export const JIAOKOU_HUARUI: ParkAnchor = {
  type: "plant",
  lng: 111.45062,
  lat: 37.007522,
  ref: "GEM GCPT L100000101483 Huarui Jiaokou power station 华瑞煤业交口低热值煤电厂 (captive, other metals & mining; cancelled)",
};
export const YANGQUAN_ZHAOFENG: ParkAnchor = {
  type: "plant",
  lng: 113.580795,
  lat: 37.767367,
  ref: "GEM GCPT L100000101557 Zhaofeng Aluminum captive power station 阳煤兆丰铝业自备电厂",
};

const SEAT = "Placed at the county seat (DataV seat, converted to WGS84): the plan names only the county.";
const CITY_SEAT = "Placed at the city seat (DataV seat, converted to WGS84): the plan names only the city.";

export const PARKS: readonly ParkSpec[] = [
  {
    id: "park-shuozhou-base",
    nameZh: "朔州全国工业固体废物综合利用基地",
    nameEn: "Shuozhou national industrial solid-waste utilisation base",
    kind: "national-base",
    anchor: { type: "city-seat", adcode: "140600" },
    radiusKm: 40,
    area: { type: "regions", adcodes: ["140600"] },
    precision: "estimated",
    membership: "explicit",
    source: PLAN_BASES,
    notes:
      "City-wide designation by MIIT: drawn as Shuozhou city (DataV boundary); every site in it is a member. Centre = city seat.",
  },
  {
    id: "park-hejin-base",
    nameZh: "河津全国资源综合利用示范基地",
    nameEn: "Hejin national resource utilisation demonstration base",
    kind: "demo-base",
    anchor: { type: "county-seat", adcode: "140882" },
    radiusKm: 15,
    area: { type: "regions", adcodes: ["140882"] },
    precision: "county",
    membership: "explicit",
    source: PLAN_BASES,
    notes:
      "County-wide designation (China Association of Resource Comprehensive Utilization): drawn as Hejin county (DataV boundary); every site in it is a member. Centre = county seat.",
  },
  {
    id: "park-chalco-shanxi-base",
    nameZh: "中铝山西分公司全国资源综合利用节能建筑环保建材示范基地",
    nameEn: "Chalco Shanxi branch national energy-saving building-materials demonstration base",
    kind: "demo-base",
    anchor: CHALCO_HUAZE,
    radiusKm: 3,
    precision: "estimated",
    membership: "explicit",
    source: `${PLAN_BASES}; location: GEM Global Coal Plant Tracker, July 2024 (L100000101484)`,
    notes:
      "Chalco Shanxi branch is in Hejin; its refinery outline is not in open sources, so the base is centred on the Chalco-owned Huaze Aluminum captive power plant (GEM GCPT), which sits at the aluminium complex.",
  },
  {
    id: "park-red-mud-hejin",
    nameZh: "河津赤泥集中产生区",
    nameEn: "Hejin red-mud concentration area",
    kind: "red-mud-area",
    anchor: { type: "county-seat", adcode: "140882" },
    radiusKm: 20,
    area: { type: "regions", adcodes: ["140882"] },
    precision: "county",
    membership: "explicit",
    source: PLAN_RED_MUD,
    notes: "The plan names the county: drawn as Hejin county (DataV boundary).",
  },
  {
    id: "park-red-mud-jiaokou",
    nameZh: "交口赤泥集中产生区",
    nameEn: "Jiaokou red-mud concentration area",
    kind: "red-mud-area",
    anchor: { type: "county-seat", adcode: "141130" },
    radiusKm: 20,
    area: { type: "regions", adcodes: ["141130"] },
    precision: "county",
    membership: "explicit",
    source: PLAN_RED_MUD,
    notes: "The plan names the county: drawn as Jiaokou county (DataV boundary).",
  },
  {
    id: "park-red-mud-yangquan",
    nameZh: "阳泉赤泥集中产生区",
    nameEn: "Yangquan red-mud concentration area",
    kind: "red-mud-area",
    anchor: { type: "city-seat", adcode: "140300" },
    radiusKm: 20,
    area: { type: "regions", adcodes: ["140300"] },
    precision: "estimated",
    membership: "explicit",
    source: PLAN_RED_MUD,
    notes: "The plan names the city: drawn as Yangquan city (DataV boundary).",
  },
  {
    id: "park-tisco",
    nameZh: "太钢循环经济试点企业园区",
    nameEn: "TISCO circular-economy pilot (Taiyuan Iron & Steel)",
    kind: "pilot-park",
    anchor: {
      type: "plant",
      lng: 112.537815,
      lat: 37.9194074,
      ref: "GPPD WRI1075734 Taiyuan Steel Mill power station (owner Shanxi Taigang Stainless Steel)",
    },
    radiusKm: 5,
    precision: "estimated",
    membership: "radius",
    source: `${PLAN_PILOTS}; location: GPPD WRI1075734`,
    notes: "Centred on TISCO's captive power station from the Global Power Plant Database; the plan names only TISCO.",
  },
  {
    id: "park-luan",
    nameZh: "潞安循环经济试点园区",
    nameEn: "Lu'an circular-economy pilot (Changzhi)",
    kind: "pilot-park",
    anchor: { type: "plants-mean", plants: LUAN_PLANTS },
    radiusKm: 5,
    precision: "estimated",
    membership: "radius",
    source: `${PLAN_PILOTS}; location: GEM Global Coal Plant Tracker, July 2024 (L100000101452, L100000101503)`,
    notes:
      "Centred between Lu'an group's own power plants (GEM GCPT: 潞安屯留发电厂 Tunliu and 潞安容海发电厂 Ronghai, Xiangyuan), not downtown Changzhi; the radius covers both plants + 5 km. The plan names only the group.",
  },
  {
    id: "park-xishan",
    nameZh: "西山煤电循环经济试点园区",
    nameEn: "Xishan Coal & Electricity circular-economy pilot (Gujiao)",
    kind: "pilot-park",
    anchor: {
      type: "plant",
      lng: 112.088554,
      lat: 37.891455,
      ref: "GPPD WRI1070200 Xishan Gujiao power station (owner Xishan Coal and Electricity)",
    },
    radiusKm: 5,
    precision: "estimated",
    membership: "radius",
    source: `${PLAN_PILOTS}; location: GPPD WRI1070200`,
    notes:
      "Centred on Xishan's Gujiao power station from the Global Power Plant Database; the plan names only the group.",
  },
  {
    id: "park-antai",
    nameZh: "安泰循环经济试点园区（介休）",
    nameEn: "Antai circular-economy pilot (Jiexiu)",
    kind: "pilot-park",
    anchor: { type: "county-seat", adcode: "140781" },
    radiusKm: 5,
    precision: "county",
    membership: "radius",
    source: PLAN_PILOTS,
    notes: SEAT,
  },
  {
    id: "park-tongmei-tashan",
    nameZh: "同煤塔山工业园区",
    nameEn: "Tongmei Tashan industrial park (Datong)",
    kind: "pilot-park",
    anchor: {
      type: "plant",
      lng: 113.1859052,
      lat: 39.9796028,
      ref: 'GPPD WRI1070202 Tongmei Datang power station, location text "Tashan Industrial Park"',
    },
    radiusKm: 5,
    precision: "estimated",
    membership: "radius",
    source: `${PLAN_PILOTS}; location: GPPD WRI1070202`,
    notes: 'Centred on the Tongmei Datang power station, whose GPPD location text reads "Tashan Industrial Park".',
  },
  {
    id: "park-jinhaiyang",
    nameZh: "中煤金海洋循环经济园区",
    nameEn: "China Coal Jinhaiyang circular-economy park (Pinglu)",
    kind: "pilot-park",
    anchor: { type: "county-seat", adcode: "140603" },
    radiusKm: 5,
    precision: "county",
    membership: "radius",
    source: PLAN_PILOTS,
    notes: `Pinglu district 平鲁区 (140603), not 平陆县. ${SEAT}`,
  },
  {
    id: "park-chem-jiaocheng",
    nameZh: "吕梁交城特色化工园区",
    nameEn: "Jiaocheng (Lüliang) chemical park",
    kind: "chemical-park",
    anchor: { type: "county-seat", adcode: "141122" },
    radiusKm: 8,
    precision: "county",
    membership: "radius",
    source: PLAN_CHEMICAL,
    notes: SEAT,
  },
  {
    id: "park-chem-jiexiu-lingshi",
    nameZh: "晋中介休灵石特色化工园区",
    nameEn: "Jiexiu–Lingshi (Jinzhong) chemical park",
    kind: "chemical-park",
    anchor: { type: "county-seat", adcode: "140781" },
    radiusKm: 8,
    area: {
      type: "circles",
      anchors: [
        { type: "county-seat", adcode: "140781" },
        { type: "county-seat", adcode: "140729" },
      ],
    },
    precision: "estimated",
    membership: "explicit",
    source: PLAN_CHEMICAL,
    notes:
      "Two places: an 8 km circle at each of the Jiexiu and Lingshi county seats (not one circle around their average). Centre = Jiexiu seat.",
  },
  {
    id: "park-chem-hongtong",
    nameZh: "临汾洪洞特色化工园区",
    nameEn: "Hongtong (Linfen) chemical park",
    kind: "chemical-park",
    anchor: { type: "county-seat", adcode: "141024" },
    radiusKm: 8,
    precision: "county",
    membership: "radius",
    source: PLAN_CHEMICAL,
    notes: SEAT,
  },
  {
    id: "park-chem-hejin-wenxi-xinjiang",
    nameZh: "运城河津闻喜新绛特色化工园区",
    nameEn: "Hejin–Wenxi–Xinjiang (Yuncheng) chemical park",
    kind: "chemical-park",
    anchor: { type: "county-seat", adcode: "140882" },
    radiusKm: 8,
    area: {
      type: "circles",
      anchors: [
        { type: "county-seat", adcode: "140882" },
        { type: "county-seat", adcode: "140823" },
        { type: "county-seat", adcode: "140825" },
      ],
    },
    precision: "estimated",
    membership: "explicit",
    source: PLAN_CHEMICAL,
    notes:
      "Three places: an 8 km circle at each of the Hejin, Wenxi and Xinjiang county seats (not one circle around their average, which lies in Jishan). Centre = Hejin seat.",
  },
  ...(
    [
      ["alcohol-ether", "醇醚燃料", "alcohol-ether fuels", ["140800", "140500", "141100"]],
      ["pv", "新能源光伏", "photovoltaic", ["140100", "140400", "141000"]],
      ["cbm", "煤层气综合利用", "coal-bed methane", ["140300", "140400", "140500"]],
    ] as const
  ).flatMap(([slug, zh, en, cities]) =>
    cities.map((city): ParkSpec => ({
      id: `park-${slug}-${city}`,
      nameZh: `${shanxiCity(city)!.shortZh}${zh}节能环保产业园区`,
      nameEn: `${shanxiCity(city)!.nameEn} ${en} energy-saving industry park`,
      kind: "energy-park",
      anchor: { type: "city-seat", adcode: city },
      radiusKm: 5,
      precision: "estimated",
      membership: "explicit",
      source: PLAN_ENERGY,
      notes: CITY_SEAT,
    })),
  ),
  {
    id: "park-coal-chem-jinbei",
    nameZh: "晋北现代煤化工基地",
    nameEn: "Northern Shanxi modern coal-chemical base",
    kind: "coal-chemical-base",
    anchor: { type: "seats-mean", adcodes: ["140200", "140600", "140900"] },
    radiusKm: 40,
    area: { type: "regions", adcodes: ["140200", "140600", "140900"] },
    precision: "estimated",
    membership: "explicit",
    source: PLAN_CHEMICAL,
    notes:
      "Regional base (晋北): drawn as the counties of Datong, Shuozhou and Xinzhou cities (DataV boundaries). Centre = mean of the three city seats.",
  },
  {
    id: "park-coal-chem-jindongnan",
    nameZh: "晋东南现代煤化工基地",
    nameEn: "South-eastern Shanxi modern coal-chemical base",
    kind: "coal-chemical-base",
    anchor: { type: "seats-mean", adcodes: ["140400", "140500"] },
    radiusKm: 40,
    area: { type: "regions", adcodes: ["140400", "140500"] },
    precision: "estimated",
    membership: "explicit",
    source: PLAN_CHEMICAL,
    notes:
      "Regional base (晋东南): drawn as the counties of Changzhi and Jincheng cities (DataV boundaries). Centre = mean of the two city seats.",
  },
  {
    id: "park-coal-chem-lvliang",
    nameZh: "吕梁现代煤化工基地",
    nameEn: "Lüliang modern coal-chemical base",
    kind: "coal-chemical-base",
    anchor: { type: "city-seat", adcode: "141100" },
    radiusKm: 40,
    area: { type: "regions", adcodes: ["141100"] },
    precision: "estimated",
    membership: "explicit",
    source: PLAN_CHEMICAL,
    notes: "Regional base: drawn as the counties of Lüliang city (DataV boundaries). Centre = city seat.",
  },
];
