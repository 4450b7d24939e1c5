import { describe, expect, it } from "vitest";
import { exportFileName } from "./export-file-name";

describe("exportFileName", () => {
  it("keeps the Chinese name and gives an ASCII fallback", () => {
    expect(exportFileName({ id: "ab-12", name: "河津/集群" }, "pdf", "zh", null)).toEqual({
      utf8: "河津 集群-zh.pdf",
      ascii: "proposal-ab-12-zh.pdf",
    });
    expect(exportFileName({ id: "x", name: "  " }, "csv", "en", "kpis")).toEqual({
      utf8: "proposal-kpis-en.csv",
      ascii: "proposal-x-kpis-en.csv",
    });
  });
});
