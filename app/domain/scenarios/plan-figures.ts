/** The plan's figures a scenario is drawn against (山西省“十二五”资源节约与综合利用规划). */

/** Land spared by utilisation in the 11th FYP, "减少土地占用超过5万亩", used as the land target (亩). */
export const PLAN_LAND_TARGET_MU = 50_000;

/** Gangue power: 1,527 MW certified at the end of 2010 → 30 GW by 2015 (78.5 Mt/yr of gangue). */
export const PLAN_GANGUE_POWER = { mw2010: 1527, mw2015: 30_000, gangueTonnes2015: 78_500_000 } as const;
