/**
 * Chinese names of the GPPD sites (reviewed list), keyed on the site's `sourceRef`.
 *
 * GPPD has English names only. Each Chinese name here is this project's own translation of the source's
 * English name (`en`, which must match the source verbatim: the build fails when GPPD renames a row, adds a
 * row without an entry here, or an entry names no row). Place names follow the site's county in geodata/
 * (county by point-in-polygon, not GPPD's free-text location) and standard usage (神头, 轩岗, 漳泽, 潞安…).
 *
 * kind:
 *  - "translation": every part of the English name is rendered in characters we are confident of;
 *  - "descriptive": part of the name is a pinyin transliteration whose characters we could not confirm, so the
 *    Chinese name is "<county><type>" with that part kept in Latin letters: "（源名 …）". No owner is added
 *    that the source row does not give.
 * Conventions: "power station" → 电厂; "Coal Mine Methane" (WRI rows, all power projects) → 煤矿瓦斯发电项目;
 * "Coal Mine Methane Utilisation Project" → 煤矿瓦斯利用项目; "Cogen" → 热电(联产); "Waste Coal" / "Gangue" → 煤矸石;
 * Industry About rows "<place> Coal" → <地名>燃煤电厂; CPI → 中电投; SDIC → 国投.
 */

export interface GppdNameZh {
  /** The source's English name, verbatim (as in the site's nameEn). */
  en: string;
  zh: string;
  kind: "translation" | "descriptive";
}

const t = (en: string, zh: string): GppdNameZh => ({ en, zh, kind: "translation" });
const d = (en: string, zh: string): GppdNameZh => ({ en, zh, kind: "descriptive" });

export const GPPD_NAMES_ZH: Readonly<Record<string, GppdNameZh>> = {
  // ---- CDM registry rows (CDMDB)
  CDMDB0003067: t(
    "Tunlan Coal Mine Methane Utilization Project  Shanxi Province  People's Republic of China",
    "屯兰煤矿瓦斯利用项目",
  ), // Gujiao
  CDMDB0003180: t("Malan Coal Mine Methane Utilisation Project", "马兰煤矿瓦斯利用项目"), // Gujiao
  CDMDB0005847: d(
    "Jiexiu City Guotai Green Energy Co.  Ltd Biomass Power Generation Project in Shanxi Province",
    "介休市生物质发电项目（源名 Guotai Green Energy）",
  ),
  CDMDB0007870: t(
    "Coal Mine Methane (CMM) and Ventilation Air Methane (VAM) Comprehensive Utilization Project of Taiyuan  Shanxi Province",
    "太原煤矿瓦斯及乏风瓦斯综合利用项目",
  ),
  CDMDB0007900: d(
    "Shanxi Hongxiang Coal Mine Methane Power Generation Project",
    "古县煤矿瓦斯发电项目（源名 Hongxiang）",
  ),
  CDMDB0008006: d(
    "Huineng Low Concentration Coal Mine Methane Utilization Project",
    "平定县低浓度煤矿瓦斯利用项目（源名 Huineng）",
  ),
  CDMDB0008106: d("Shanxi Majunyu CMM Power Generation Project", "沁源县煤矿瓦斯发电项目（源名 Majunyu）"),

  // ---- WRI China list: coal plants
  WRI1070122: t("Shanxi Yuguang power station", "山西昱光电厂"), // Shanyin; Shanxi International Energy's "-guang" plants (兆光, 耀光, 瑞光, 昱光)
  WRI1070123: t("Yuci power station", "榆次电厂"),
  WRI1070124: t("Huaneng Yushe power station", "华能榆社电厂"),
  WRI1070126: t("Pingshuo Gangue power station", "平朔煤矸石电厂"),
  WRI1070127: t("Huaneng Zuoquan power station", "华能左权电厂"),
  WRI1070128: t("Taiyuan 1 Coal", "太原一号燃煤电厂"),
  WRI1070194: t("Shanxi Guojin power station", "山西国金电厂"),
  WRI1070198: t("Datang Yungang power station", "大唐云冈电厂"),
  WRI1070200: t("Xishan Gujiao power station", "西山古交电厂"),
  WRI1070202: t("Tongmei Datang power station", "同煤大唐电厂"),
  WRI1070203: t("Datong - Tashan Coal", "大同塔山燃煤电厂"),
  WRI1070345: t("Yangcheng power station", "阳城电厂"),
  WRI1070346: t("Yangquan-2 power station", "阳泉第二电厂"),
  WRI1070347: t("Shanxi Yaoguang power station", "山西耀光电厂"), // Pingyao
  WRI1070348: d("Yonghao Waste Coal power station", "山阴县煤矸石电厂（源名 Yonghao）"),
  WRI1070349: t("Wuxiang power station", "武乡电厂"),
  WRI1070350: t("Huadian Xinzhou Guangyu power station", "华电忻州广宇电厂"),
  WRI1070352: d("Tonghua Xuangang power station", "原平轩岗电厂（源名 Tonghua Xuangang）"), // Xuangang town, Yuanping; "Tonghua" unconfirmed
  WRI1070353: t("Tongmei Yongji power station", "同煤永济电厂"),
  WRI1070354: t("Youyu power station", "右玉电厂"),
  WRI1070379: t("Shanxi Guofeng power station", "山西国峰电厂"), // Fenyang
  WRI1070449: t("Datong power station", "大同电厂"),
  WRI1070450: t("Datong - SDIC Coal", "大同国投燃煤电厂"),
  WRI1070458: d("Jinzhong Anping power station", "昔阳县燃煤电厂（源名 Jinzhong Anping）"),
  WRI1070459: t("Changzhi power station", "长治电厂"),
  WRI1070460: t("Zhangze Changzhi power station", "漳泽长治电厂"),
  WRI1070587: d("Wangping power station", "怀仁市燃煤电厂（源名 Wangping）"),
  WRI1070588: t("Taiyuan-2 power station", "太原第二电厂"),
  WRI1070589: t("Huadian Shuozhou power station", "华电朔州电厂"),
  WRI1070590: d("Great Waste Coal power station", "朔城区煤矸石电厂（源名 Great Waste Coal）"),
  WRI1070591: t("Datang Shentou power station", "大唐神头电厂"),
  WRI1070592: t("CPI Shentou power station", "中电投神头电厂"),
  WRI1070593: t("Shanxi Ruiguang power station", "山西瑞光电厂"), // Yuci
  WRI1070594: t("Liulin Liansheng power station", "柳林联盛电厂"),
  WRI1070596: t("Jinneng Guojin power station", "晋能国金电厂"),
  WRI1070597: t("Wangqu power station", "王曲电厂"), // point in Lucheng (潞城王曲), not Hequ as GPPD's location text says
  WRI1070651: t("Yuncheng power station", "运城电厂"),
  WRI1070815: t("Shendong Hequ power station", "神东河曲电厂"),
  WRI1070816: t("Shenhua Hequ power station", "神华河曲电厂"),
  WRI1070817: t("Hejin power station", "河津电厂"),
  WRI1070818: t("Hepo Coal", "河坡燃煤电厂"), // Yangquan
  WRI1070819: t("SDIC Jincheng power station", "国投晋城电厂"),
  WRI1070820: t("Linfen power station", "临汾电厂"),
  WRI1070821: t("CPI Shanxi Houma power station", "中电投山西侯马电厂"),
  WRI1070822: t("Huozhou power station", "霍州电厂"),
  WRI1070823: t("Zhangze Linfen power station", "漳泽临汾电厂"),
  WRI1070824: t("Liulin 1 Coal", "柳林一号燃煤电厂"),
  WRI1072551: t("Shanxi Zhaoguang (Phase 1 + Phase 2)", "山西兆光电厂（一期 + 二期）"), // two merged rows
  WRI1075585: t("Changzhi Tunliu power station", "长治屯留电厂"),
  WRI1075587: d("Chengfeng Cogen power station", "襄垣县热电联产电厂（源名 Chengfeng Cogen）"),
  WRI1075601: d("Enipedia", "襄垣县燃煤电厂（Enipedia 名录条目）"), // the row's name is literally "Enipedia"
  WRI1075602: t("Fangshan power station", "方山电厂"),
  WRI1075640: t("Huaze Aluminum power station", "华泽铝电自备电厂"),
  WRI1075672: d("Longchuan power station", "平定县燃煤电厂（源名 Longchuan）"),
  WRI1075706: d("Ronghai power station", "襄垣县燃煤电厂（源名 Ronghai）"),
  WRI1075719: t("Shendong Baode power station", "神东保德电厂"),
  WRI1075734: t("Taiyuan Steel Mill power station", "太钢自备电厂"),
  WRI1075743: t("Tongmei Tashan power station", "同煤塔山电厂"),
  WRI1075769: t("Xishan Cogen power station", "西山热电厂"),
  WRI1075771: t("Yangmei-3 power station", "阳煤第三电厂"),
  WRI1075790: t("Zhangshan power station", "漳山电厂"),
  WRI1075792: t("Zhaofeng Aluminum captive power station", "兆丰铝业自备电厂"),

  // ---- WRI China list: coal-mine-methane power projects (copied by WRI from the CDM registry)
  WRI1070969: t("Yangquan Coal Mine Methane", "阳泉煤矿瓦斯发电项目"),
  WRI1071034: t("Shanxi Coal Yangquan Coal Mine Methane", "山西煤炭运销阳泉分公司煤矿瓦斯发电项目"), // = CDMDB0001319 "Shanxi Coal Transport Market Co. Ltd. Yangquan Branch"
  WRI1071158: t("Sdic Xiyang Huangyanhui Coal Mine Methane", "国投昔阳黄岩汇煤矿瓦斯发电项目"),
  WRI1071180: t("Yangquan Nanmei Coalmine Methane", "阳泉南煤煤矿瓦斯发电项目"),
  WRI1071237: t("Jincheng Chengzhuang Coal Mine Methane", "晋城成庄煤矿瓦斯发电项目"),
  WRI1071239: t("Shaqu Phase 1 Coal Mine Methane", "沙曲煤矿瓦斯发电项目（一期）"),
  WRI1071241: t("Shaqu Phase 2 Coal Mine Methane", "沙曲煤矿瓦斯发电项目（二期）"),
  WRI1071244: t("Qinxin Coal Mine Methane", "沁新煤矿瓦斯发电项目"),
  WRI1071262: t("Yangquan Yinying Coal Mine Methane", "阳泉荫营煤矿瓦斯发电项目"),
  WRI1071432: t("Duanwang Coal Mine Methane", "段王煤矿瓦斯发电项目"),
  WRI1071489: d("Shanxi Herui Coal Mine Methane", "沁水县煤矿瓦斯发电项目（源名 Shanxi Herui）"),
  WRI1072038: d("San Yuan Fu Da Coalmine Methane", "武乡县煤矿瓦斯发电项目（源名 San Yuan Fu Da）"),
};
