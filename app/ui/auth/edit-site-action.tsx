"use client";
/** Site-panel action: "Edit" link to the registry form, shown only to editors and admins. */
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SiteActionProps } from "../site-panel/site-action";
import { canEdit, useCurrentUser } from "./use-current-user";

export function EditSiteAction({ site }: SiteActionProps) {
  const t = useTranslations("registry");
  const user = useCurrentUser();
  if (!canEdit(user)) return null;
  return (
    <Link
      href={`/registry/sites/${encodeURIComponent(String(site.id))}`}
      className="button button--ghost"
      data-testid="site-action-edit"
    >
      {t("edit")}
    </Link>
  );
}
