"use client";
/**
 * Extension point: buttons in the site panel's action area, contributed by other features.
 *
 * Two ways to add an action (a component that receives the selected site):
 * 1. App-wide: append to SITE_ACTIONS below (one line + an import; the action imports its props from ./site-action), e.g. search's "find consumers".
 * 2. Per page / subtree: wrap the panel in <SiteActionsProvider actions={[...]}> (adds to, does not replace, outer ones).
 * Render real buttons/links with a stable data-testid (e.g. "site-action-find-consumers").
 */
import { createContext, useContext, type ReactNode } from "react";
import type { SiteAction } from "./site-action";
import { EditSiteAction } from "../auth/edit-site-action";
import { FindConsumersAction } from "../search/find-consumers-action";
import { AddToClusterAction } from "../proposals/add-to-cluster-action";

export type { SiteAction, SiteActionProps } from "./site-action";

/** App-wide actions shown for every site, in this order. */
export const SITE_ACTIONS: readonly SiteAction[] = [
  { id: "find-consumers", Component: FindConsumersAction },
  { id: "edit", Component: EditSiteAction },
  { id: "cluster-pick", Component: AddToClusterAction },
];

const SiteActionsContext = createContext<readonly SiteAction[]>([]);

export function SiteActionsProvider({ actions, children }: { actions: readonly SiteAction[]; children: ReactNode }) {
  const outer = useContext(SiteActionsContext);
  return <SiteActionsContext.Provider value={[...outer, ...actions]}>{children}</SiteActionsContext.Provider>;
}

/** App-wide actions followed by the ones provided by enclosing SiteActionsProviders. */
export function useSiteActions(): readonly SiteAction[] {
  const scoped = useContext(SiteActionsContext);
  return [...SITE_ACTIONS, ...scoped];
}
