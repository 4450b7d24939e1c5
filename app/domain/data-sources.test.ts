import { describe, expect, it } from "vitest";
import { GEM_ATTRIBUTIONS, gemAttribution } from "./data-sources";

describe("GEM credit lines", () => {
  it('read "Global Energy Monitor, <tracker>, <release>, CC BY 4.0" for each of the five trackers', () => {
    expect(GEM_ATTRIBUTIONS).toHaveLength(5);
    for (const line of GEM_ATTRIBUTIONS)
      expect(line).toMatch(/^Global Energy Monitor, Global [A-Za-z ]+, [A-Z][a-z]+ 20\d\d( \(V1\))?, CC BY 4\.0$/);
    expect(gemAttribution("gcpt")).toBe("Global Energy Monitor, Global Coal Plant Tracker, July 2024, CC BY 4.0");
  });
});
