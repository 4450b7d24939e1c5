"use client";
/**
 * A foldable card of the map page's left column (search, layers, places & sites): a titled header with a −/+
 * button that folds the body. One component so every card folds, labels and starts folded (on phones) the same way.
 */
import type { ReactNode } from "react";

export interface MapCardProps {
  /** Prefix of the ids: `${id}-title` labels the card, `${id}-body` is the folded part. */
  id: string;
  title: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  /** Accessible names of the fold button ("Collapse the search panel", …). */
  collapseLabel: string;
  expandLabel: string;
  className?: string;
  testId?: string;
  toggleTestId: string;
  bodyClassName?: string;
  /** Extra attributes on the card (data-… read by e2e drivers). */
  data?: Record<`data-${string}`, string | number | undefined>;
  children: ReactNode;
}

export function MapCard({
  id,
  title,
  open,
  onToggle,
  collapseLabel,
  expandLabel,
  className = "",
  testId,
  toggleTestId,
  bodyClassName,
  data,
  children,
}: MapCardProps) {
  return (
    <section
      className={`map-card ${className}${open ? "" : " is-collapsed"}`}
      aria-labelledby={`${id}-title`}
      data-testid={testId}
      {...data}
    >
      <header className="map-card__header">
        <h2 id={`${id}-title`} className="panel-title">
          {title}
        </h2>
        <button
          type="button"
          className="icon-button icon-button--small"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          aria-label={open ? collapseLabel : expandLabel}
          onClick={() => onToggle(!open)}
          data-testid={toggleTestId}
        >
          {open ? "–" : "+"}
        </button>
      </header>
      <div id={`${id}-body`} className={bodyClassName} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
