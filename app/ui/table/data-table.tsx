"use client";
/**
 * A data table for long result lists: every row reachable (virtualised with @tanstack/react-virtual, so 10^4 rows
 * stay fast), sortable headers (aria-sort), a filter box, CSV export of the filtered, sorted rows, and row selection
 * (click or Enter) that the page links to its map.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useVirtualizer } from "@tanstack/react-virtual";
import { tableCsv, tableRows, type SortDirection, type TableColumn } from "./table-rows";
import "./data-table.css";

export interface DataTableColumn<Row> extends TableColumn<Row> {
  /** Cell content; defaults to the value. */
  render?: (row: Row) => ReactNode;
  /** In the CSV export (and the filter) only, not shown as a column (ids, flags shown as badges elsewhere). */
  csvOnly?: boolean;
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
  /** Controlled order (e.g. kept in the URL): the table shows `sort` and reports header clicks to `onSortChange`. */
  sort?: { key: string; direction: SortDirection };
  onSortChange?: (sort: { key: string; direction: SortDirection }) => void;
  selectedKey?: string | number | null;
  onSelect?: (row: Row) => void;
  /** Pointer or keyboard focus on a row (null when it leaves), e.g. to highlight it on the map. */
  onHover?: (row: Row | null) => void;
  /** Extra buttons beside the CSV export. */
  tools?: ReactNode;
  /** Height of one row in px (rows are single-line). */
  rowHeightPx?: number;
  /** Height of the scrolling body in px. */
  heightPx?: number;
  testId?: string;
  rowTestId?: (row: Row) => string;
  /** Extra data-… attributes of a row (read by e2e drivers). */
  rowData?: (row: Row) => Record<`data-${string}`, string | number | boolean | undefined>;
}

export function DataTable<Row>({
  rows,
  columns,
  rowKey,
  label,
  csvName,
  initialSort,
  sort: controlledSort,
  onSortChange,
  selectedKey = null,
  onSelect,
  onHover,
  tools,
  rowHeightPx = 30,
  heightPx = 420,
  testId = "data-table",
  rowTestId,
  rowData,
}: DataTableProps<Row>) {
  const t = useTranslations("common.table");
  const [query, setQuery] = useState("");
  const [ownSort, setOwnSort] = useState<{ key: string; direction: SortDirection } | null>(initialSort ?? null);
  const sort = controlledSort ?? ownSort;
  const shown = useMemo(() => tableRows(rows, columns, query, sort), [rows, columns, query, sort]);
  const visibleColumns = useMemo(() => columns.filter((c) => !c.csvOnly), [columns]);
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

  const sortBy = (key: string) => {
    const next: { key: string; direction: SortDirection } =
      sort?.key === key
        ? { key, direction: sort.direction === "asc" ? "desc" : "asc" }
        : { key, direction: columns.find((c) => c.key === key)?.numeric ? "desc" : "asc" };
    if (onSortChange) onSortChange(next);
    else setOwnSort(next);
  };

  // A row selected elsewhere (on the map) is scrolled into the virtual window.
  const selectedIndex = selectedKey === null ? -1 : shown.findIndex((r) => rowKey(r) === selectedKey);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: "auto" });
  }, [selectedIndex, virtualizer]);

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
        {tools}
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
              {visibleColumns.map((c) => {
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
                  onMouseEnter={onHover ? () => onHover(row) : undefined}
                  onMouseLeave={onHover ? () => onHover(null) : undefined}
                  onFocus={onHover ? (e) => e.target === e.currentTarget && onHover(row) : undefined}
                  onBlur={onHover ? () => onHover(null) : undefined}
                  onKeyDown={
                    onSelect
                      ? (e) => {
                          if (e.key === "Enter" && e.target === e.currentTarget) onSelect(row);
                        }
                      : undefined
                  }
                  data-testid={rowTestId ? rowTestId(row) : undefined}
                  data-row-key={key}
                  {...rowData?.(row)}
                >
                  {visibleColumns.map((c) => (
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
