import { describe, expect, it } from "vitest";
import {
  pairingExplanationColumn,
  parseAuditValue,
  parseJsonColumn,
  polygonGeometryColumn,
  proposalSnapshotColumn,
  runParamsColumn,
  runScopeColumn,
  runSummaryColumn,
} from "./stored-json";
import { fixtureSnapshot, site } from "./proposals/test-fixtures";
import { effectiveParams } from "./pairing/params";
import { runPairing } from "./pairing/run-pairing";
import { inProcessHighsSolver } from "./pairing/highs-solver";

const roundTrip = <T>(column: string, schema: Parameters<typeof parseJsonColumn<T>>[1], value: T) =>
  parseJsonColumn(column, schema, JSON.stringify(value));

describe("stored JSON columns", () => {
  it("read back what the app writes, unchanged", async () => {
    const snapshot = fixtureSnapshot();
    expect(roundTrip("Proposal.snapshot", proposalSnapshotColumn, snapshot)).toEqual(snapshot);
    const params = effectiveParams(["fly-ash", "red-mud"], { circuity: 1.4 });
    expect(roundTrip("PairingRun.params", runParamsColumn, params)).toEqual(params);
    const sites = [
      site("p", {
        lng: 110.7,
        lat: 35.6,
        outputs: [
          { material: "red-mud", tonnesPerYear: 1000, stockpileTonnes: 0, estimated: false, coefficient: null },
        ],
      }),
      site("c", {
        lng: 110.75,
        lat: 35.6,
        intakes: [{ material: "red-mud", route: "cement", capacityTonnesPerYear: 600, committedTonnesPerYear: 0 }],
      }),
      site("d", {
        lng: 110.8,
        lat: 35.6,
        intakes: [{ material: "red-mud", route: "bricks", capacityTonnesPerYear: 600, committedTonnesPerYear: 0 }],
      }),
    ];
    const run = (await runPairing(sites, effectiveParams(["red-mud"]), { solver: inProcessHighsSolver }))!;
    expect(run.flows.length).toBeGreaterThan(0);
    expect(roundTrip("PairingRun.summary", runSummaryColumn, run.summary)).toEqual(run.summary);
    for (const f of run.flows)
      expect(roundTrip("Pairing.explanation", pairingExplanationColumn, f.explanation)).toEqual(f.explanation);
    const scope = { kind: "county" as const, adcode: "140882", name: "河津市", nameEn: "Hejin" };
    expect(roundTrip("PairingRun.scope", runScopeColumn, scope)).toEqual(scope);
  });

  it("name the column and the path of a value that does not match", () => {
    expect(() =>
      parseJsonColumn("Region.geometry", polygonGeometryColumn, '{"type":"Point","coordinates":[1,2]}'),
    ).toThrow(/^Region\.geometry: stored value does not match its schema at type/);
    expect(() =>
      parseJsonColumn("Region.geometry", polygonGeometryColumn, '{"type":"Polygon","coordinates":[[[1,2],[3,4]]]}'),
    ).toThrow(/at coordinates\.0/);
    const snapshot = { ...fixtureSnapshot(), pairings: [{ producerId: "a" }] };
    expect(() => parseJsonColumn("Proposal.snapshot", proposalSnapshotColumn, JSON.stringify(snapshot))).toThrow(
      /Proposal\.snapshot: .* at pairings\.0\.consumerId/,
    );
    expect(() => parseJsonColumn("PairingRun.params", runParamsColumn, "{not json")).toThrow(
      "PairingRun.params: stored value is not JSON",
    );
    expect(() => parseJsonColumn("PairingRun.scope", runScopeColumn, '{"kind":"planet"}')).toThrow(/PairingRun\.scope/);
  });

  it("keep audit values as JSON, or as text when they are not JSON", () => {
    expect(parseAuditValue('{"name":"x"}')).toEqual({ name: "x" });
    expect(parseAuditValue("plain")).toBe("plain");
    expect(parseAuditValue(null)).toBeNull();
  });
});
