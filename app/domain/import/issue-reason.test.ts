import { describe, expect, it } from "vitest";
import { issueToError } from "./issue-reason";
import { issue } from "./issues";

// A translator that shows which key and values it was asked for.
const t = (key: string, values?: Record<string, string | number>) => `${key} ${JSON.stringify(values ?? {})}`;

describe("issueToError", () => {
  it("keeps row, column, value and code and translates the reason under issue.<code>", () => {
    const err = issueToError(t, issue(4, "lng", "abc", "file-too-large", { limitMb: 20 }));
    expect(err).toEqual({
      row: 4,
      column: "lng",
      value: "abc",
      code: "file-too-large",
      reason: 'issue.file-too-large {"limitMb":20}',
    });
  });

  it("passes coordinates as text so every decimal survives the message formatter", () => {
    const err = issueToError(t, issue(2, "lat", 38.123456789, "file-too-large", { lat: 38.123456789, count: 3 }));
    expect(err.reason).toBe('issue.file-too-large {"lat":"38.123456789","count":3}');
  });
});
