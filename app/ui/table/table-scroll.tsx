/**
 * The box every static table sits in: on a phone the table keeps whole words and figures and scrolls sideways inside
 * it (row names stay in view) rather than squeezing its columns until words break mid-way. The box is a named,
 * focusable region so keyboard users can scroll it too.
 */
import type { ReactNode } from "react";
import "./table-scroll.css";

type Name = { label: string; labelledBy?: never } | { labelledBy: string; label?: never };

export function TableScroll({ children, className, ...name }: Name & { children: ReactNode; className?: string }) {
  return (
    <div
      className={className ? `table-scroll ${className}` : "table-scroll"}
      role="region"
      aria-label={name.label}
      aria-labelledby={name.labelledBy}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
