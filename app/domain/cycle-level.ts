/** Cycle level of a pairing (docs/domain.md §1): enterprise → park → region, cross-province flagged. */
import type { CycleLevel } from "./registry-types";

export interface CycleParty {
  id: string;
  ownerGroup: string | null;
  parkId: string | null;
  outsideProvince: boolean;
}

/** Order from the smallest cycle (preferred by the plan) to the largest. */
export const CYCLE_LEVELS: readonly CycleLevel[] = ["enterprise", "park", "region", "cross-province"];

/** Classifies a producer → consumer pairing: same site or owner group, then same park, then region. */
export function cycleLevel(producer: CycleParty, consumer: CycleParty): CycleLevel {
  if (producer.id === consumer.id) return "enterprise";
  const pg = producer.ownerGroup?.trim();
  if (pg && pg === consumer.ownerGroup?.trim()) return "enterprise";
  if (producer.parkId && producer.parkId === consumer.parkId) return "park";
  if (producer.outsideProvince || consumer.outsideProvince) return "cross-province";
  return "region";
}
