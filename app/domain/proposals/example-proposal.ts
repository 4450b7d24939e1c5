/**
 * The example proposal the seed adds so a new user sees what one looks like: the Hejin cluster (河津全国资源综合
 * 利用示范基地 and its neighbours), paired with the app's own optimiser over the seeded sites around the base.
 * Pure: the caller passes the sites, catalogue rows and a pairing function (the seed uses HiGHS in-process).
 */
import { haversineKm } from "../distance";
import type { RegistrySite } from "../registry-types";
import { buildSnapshot, dominantCycleLevel } from "./build-cluster";
import { connectedComponents } from "./components";
import { chertow32, solidWeight } from "./quality";
import type {
  ProposalCoefficient,
  ProposalCycleLevel,
  ProposalMaterial,
  ProposalPairing,
  ProposalParams,
  ProposalSnapshot,
} from "./proposal-types";

export const EXAMPLE_PROPOSAL_ID = "example-hejin";
export const EXAMPLE_PARK_ID = "park-hejin-base";
/** Sites within this distance of the base centre take part (the base radius is 15 km; partners lie further out). */
export const EXAMPLE_RADIUS_KM = 40;

export interface ExampleInput {
  sites: readonly RegistrySite[];
  park: { id: string; nameZh: string; nameEn: string; centerLng: number; centerLat: number };
  materials: readonly ProposalMaterial[];
  coefficients: readonly ProposalCoefficient[];
  params: ProposalParams;
  /** Pairs the given sites (e.g. the HiGHS optimiser), returning the exchanges. */
  pair: (sites: readonly RegistrySite[]) => Promise<ProposalPairing[]>;
  builtAt: string;
}

export interface ExampleProposal {
  id: string;
  name: string;
  nameEn: string;
  notes: string;
  cycleLevel: ProposalCycleLevel;
  snapshot: ProposalSnapshot;
}

/** Builds the example from the best connected group around the base (passes 3-2 if any does, then most solid tonnes), or null when there is none. */
export async function buildExampleProposal(input: ExampleInput): Promise<ExampleProposal | null> {
  const { park } = input;
  const near = input.sites.filter(
    (s) => s.parkId === park.id || haversineKm(park.centerLng, park.centerLat, s.lng, s.lat) <= EXAMPLE_RADIUS_KM,
  );
  if (near.length < 2) return null;
  const pairings = await input.pair(near);
  // Show a cluster that passes the 3-2 test when there is one, then the most solid tonnes.
  const comps = connectedComponents(pairings, solidWeight);
  const biggest = comps.find((c) => c.tonnesPerYear > 0 && chertow32(near, c.pairings).pass) ?? comps[0];
  if (!biggest) return null;
  const snapshot = buildSnapshot({
    sites: near,
    pairings: biggest.pairings,
    params: input.params,
    materials: input.materials,
    coefficients: input.coefficients,
    origin: { kind: "example" },
    park: { id: park.id, nameZh: park.nameZh, nameEn: park.nameEn },
    builtAt: input.builtAt,
    example: true,
  });
  return {
    id: EXAMPLE_PROPOSAL_ID,
    name: "示例：河津资源综合利用共生集群",
    nameEn: "Example: Hejin resource-utilisation symbiosis cluster",
    notes:
      `示例方案：由种子数据自动生成（河津示范基地周边 ${EXAMPLE_RADIUS_KM} km 内企业，最优配对的最大连通组）。` +
      (snapshot.synthetic ? "含标注为合成的企业，数量为估算。" : "") +
      ` Example proposal built from the seed data (sites within ${EXAMPLE_RADIUS_KM} km of the Hejin base, largest connected group of the optimal pairing).` +
      (snapshot.synthetic ? " Includes sites labelled synthetic; quantities are estimates." : ""),
    cycleLevel: dominantCycleLevel(snapshot.pairings),
    snapshot,
  };
}
