/**
 * The shape of a site-panel action. Actions import this file, not site-actions.tsx (the registry that imports
 * them), so the registry and its actions do not import each other.
 */
import type { ComponentType } from "react";
import type { SiteFeature } from "../../domain/site-features";

export interface SiteActionProps {
  site: SiteFeature;
}

export interface SiteAction {
  /** Unique key, also used in test ids. */
  id: string;
  Component: ComponentType<SiteActionProps>;
}
