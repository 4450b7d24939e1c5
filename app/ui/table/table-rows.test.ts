import { describe, expect, it } from "vitest";
import { tableCsv, tableRows, type TableColumn } from "./table-rows";

interface Row {
  name: string;
  tonnes: number | null;
  level: string;
}
const rows: Row[] = [
  { name: "河津电厂", tonnes: 300, level: "region" },
  { name: "Chalco", tonnes: 1200, level: "park" },
  { name: "水泥厂, 新绛", tonnes: null, level: "region" },
  { name: "Brick works", tonnes: 300, level: "enterprise" },
];
const columns: TableColumn<Row>[] = [
  { key: "name", header: "名称", value: (r) => r.name },
  { key: "tonnes", header: "吨/年", value: (r) => r.tonnes, numeric: true },
  { key: "level", header: "Level", value: (r) => r.level, text: (r) => `${r.level} 循环` },
];

describe("tableRows", () => {
  it("sorts numbers both ways, stable on ties, empty values last", () => {
    expect(tableRows(rows, columns, "", { key: "tonnes", direction: "desc" }).map((r) => r.name)).toEqual([
      "Chalco",
      "河津电厂",
      "Brick works",
      "水泥厂, 新绛",
    ]);
    expect(tableRows(rows, columns, "", { key: "tonnes", direction: "asc" }).map((r) => r.name)).toEqual([
      "河津电厂",
      "Brick works",
      "Chalco",
      "水泥厂, 新绛",
    ]);
  });
  it("filters on every word over all columns, including display text", () => {
    expect(tableRows(rows, columns, "region 300", null).map((r) => r.name)).toEqual(["河津电厂"]);
    expect(tableRows(rows, columns, "循环 CHALCO", null).map((r) => r.name)).toEqual(["Chalco"]);
    expect(tableRows(rows, columns, "", null)).toHaveLength(4);
  });
});

describe("tableCsv", () => {
  it("writes a BOM, the headers, quoted text and plain numbers", () => {
    const csv = tableCsv(rows.slice(0, 3), columns);
    expect(csv.startsWith("\uFEFF名称,吨/年,Level\r\n")).toBe(true);
    expect(csv).toContain("Chalco,1200,park");
    expect(csv).toContain('"水泥厂, 新绛",,region');
  });
});
