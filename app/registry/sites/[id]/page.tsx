import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageUser } from "../../../application/auth";
import { loadStoredSite, siteVersion } from "../../../data/site-edit";
import { auditFor } from "../../../data/audit";
import { loadParks } from "../../../data/parks";
import { loadRegionNames } from "../../../data/regions";
import { Forbidden } from "../../../ui/auth/forbidden";
import { SiteForm } from "../../../ui/registry/site-form";
import { AuditLog } from "../../../ui/registry/audit-log";
import "../../../ui/registry/registry.css";

export const dynamic = "force-dynamic";

/** Edit one site (editors): form, delete, and its audit history. */
export default async function EditSitePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { id } = await params;
  const user = await pageUser("editor", `/registry/sites/${encodeURIComponent(id)}`);
  if (!user) return <Forbidden role="editor" />;
  const [site, version] = await Promise.all([loadStoredSite(id), siteVersion(id)]);
  if (!site) notFound();
  const [t, parks, audit, names, { saved }] = await Promise.all([
    getTranslations("registry"),
    loadParks(),
    auditFor("site", id),
    loadRegionNames(),
    searchParams,
  ]);
  return (
    <main className="registry-page" data-testid="site-edit-page">
      <p>
        <Link href="/registry">← {t("backToRegistry")}</Link> ·{" "}
        <Link href={`/?site=${encodeURIComponent(id)}`}>{t("viewOnMap")}</Link>
      </p>
      <h1 data-testid="site-edit-title">{site.name}</h1>
      <p className="muted">
        <span className="mono">{site.id}</span> · {t("county")}:{" "}
        <span data-testid="site-county">
          {site.countyAdcode ? `${names.get(site.countyAdcode) ?? ""} (${site.countyAdcode})` : "—"}
        </span>
        {site.synthetic && <span className="badge badge--synthetic">{t("syntheticBadge")}</span>}
      </p>
      {saved && (
        <p className="note note--ok" role="status" data-testid="site-saved">
          {t("saved")}
        </p>
      )}
      <SiteForm
        key={`${version}:${JSON.stringify(site)}`}
        site={site}
        version={version}
        parks={parks.map((p) => ({ id: p.id, name: p.name }))}
      />
      <AuditLog entries={audit} />
    </main>
  );
}
