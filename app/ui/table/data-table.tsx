"use client";
/**
 * A data table for long result lists: every row reachable (virtualised with @tanstack/react-virtual, so 10^4 rows
 * stay fast), sortable headers (aria-sort), a filter box, CSV export of the filtered, sorted rows, and row selection
 * (click or Enter) that the page links to its map.
 */
import { useMemo, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useVirtualizer } from "@tanstack/react-virtual";
import { tableCsv, tableRows, type SortDirection, type TableColumn } from "./table-rows";
import "./data-table.css";

export interface DataTableColumn<Row> extends TableColumn<Row> {
  /** Cell content; defaults to the value. */
  render?: (row: Row) => ReactNode;
}

export interface DataTableProps<Row> {
  rows: readonly Row[];
  columns: readonly DataTableColumn<Row>[];
  rowKey: (row: Row) => string | number;
  /** Accessible name of the table. */
  label: string;
  /** File name of the CSV export (without .csv). */
  csvName: string;
  initialSort?: { key: string; direction: SortDirection };
  selectedKey?: string | number | null;
  onSelect?: (row: Row) => void;
  /** Height of one row in px (rows are single-line). */
  rowHeightPx?: number;
  /** Height of the scrolling body in px. */
  heightPx?: number;
  testId?: string;
  rowTestId?: (row: Row) => string;
}

export function DataTable<Row>({
  rows,
  columns,
  rowKey,
  label,
  csvName,
  initialSort,
  selectedKey = null,
  onSelect,
  rowHeightPx = 30,
  heightPx = 420,
  testId = "data-table",
  rowTestId,
}: DataTableProps<Row>) {
  const t = useTranslations("common.table");
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<{ key: string; direction: SortDirection } | null>(initialSort ?? null);
  const shown = useMemo(() => tableRows(rows, columns, query, sort), [rows, columns, query, sort]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns functions React Compiler cannot memoise; this component is simply left uncompiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeightPx,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items.length ? items[0].start : 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  const sortBy = (key: string) =>
    setSort((s) =>
      s?.key === key
        ? { key, direction: s.direction === "asc" ? "desc" : "asc" }
        : { key, direction: columns.find((c) => c.key === key)?.numeric ? "desc" : "asc" },
    );

  const download = () => {
    const blob = new Blob([tableCsv(shown, columns)], { type: "text/csv;charset=utf-8" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = `${csvName}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  return (
    <div className="data-table" data-testid={testId} data-row-count={shown.length} data-total={rows.length}>
      <div className="data-table__tools">
        <label className="data-table__filter">
          <span className="visually-hidden">{t("filter")}</span>
          <input
            type="search"
            value={query}
            placeholder={t("filter")}
            onChange={(e) => setQuery(e.target.value)}
            data-testid={`${testId}-filter`}
          />
        </label>
        <span className="data-table__count" role="status" data-testid={`${testId}-count`}>
          {t("count", { shown: shown.length, total: rows.length })}
        </span>
        <button
          type="button"
          className="button button--ghost data-table__csv"
          onClick={download}
          disabled={shown.length === 0}
          data-testid={`${testId}-csv`}
        >
          {t("csv")}
        </button>
      </div>
      <div
        ref={scrollRef}
        className="data-table__scroll"
        style={{ maxHeight: heightPx }}
        tabIndex={0}
        role="region"
        aria-label={label}
      >
        <table aria-label={label} aria-rowcount={shown.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((c) => {
                const active = sort?.key === c.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    className={c.numeric ? "num" : undefined}
                    aria-sort={active ? (sort!.direction === "asc" ? "ascending" : "descending") : "none"}
                  >
                    <button
                      type="button"
                      className="data-table__sort"
                      onClick={() => sortBy(c.key)}
                      data-testid={`${testId}-sort-${c.key}`}
                    >
                      {c.header}
                      <span aria-hidden="true" className="data-table__arrow">
                        {active ? (sort!.direction === "asc" ? "▲" : "▼") : "↕"}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
            {items.map((item) => {
              const row = shown[item.index];
              const key = rowKey(row);
              const selected = key === selectedKey;
              return (
                <tr
                  key={key}
                  aria-rowindex={item.index + 2}
                  aria-selected={onSelect ? selected : undefined}
                  className={selected ? "is-selected" : undefined}
                  style={{ height: rowHeightPx }}
                  tabIndex={onSelect ? 0 : undefined}
                  onClick={onSelect ? () => onSelect(row) : undefined}
                  onKeyDown={
                    onSelect
                      ? (e) => {
                          if (e.key === "Enter" && e.target === e.currentTarget) onSelect(row);
                        }
                      : undefined
                  }
                  data-testid={rowTestId ? rowTestId(row) : undefined}
                  data-row-key={key}
                >
                  {columns.map((c) => (
                    <td key={c.key} className={c.numeric ? "num" : undefined}>
                      {c.render ? c.render(row) : String(c.value(row) ?? "")}
                    </td>
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
          </tbody>
        </table>
      </div>
    </div>
  );
}
