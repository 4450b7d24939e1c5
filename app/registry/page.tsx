import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { currentUser } from "../data/auth";
import { loadStoredSites } from "../data/site-edit";
import { loadRegionNames } from "../data/regions";
import { hasRole } from "../auth/roles";
import { filterSites, REGISTRY_PAGE_SIZE } from "../ui/registry/filter-sites";
import { RegistryTable } from "../ui/registry/registry-table";
import { ExportLinks } from "../ui/registry/export-links";
import "../ui/registry/registry.css";
import { toLocale } from "../domain/locale";

export const dynamic = "force-dynamic";

/** The registry: searchable list of every site (synthetic ones labelled), exports, and for editors import/create/edit. */
export default async function RegistryPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const [t, locale, user, sites, regionNames] = await Promise.all([
    getTranslations("registry"), getLocale(), currentUser(), loadStoredSites(), loadRegionNames(),
  ]);
  const { q = "", page = "1" } = await searchParams;
  const editor = hasRole(user?.role, "editor");
  const matches = filterSites(sites, q, (adcode) => regionNames.get(adcode));
  const pages = Math.max(1, Math.ceil(matches.length / REGISTRY_PAGE_SIZE));
  const current = Math.min(pages, Math.max(1, Number.parseInt(page, 10) || 1));
  const shown = matches.slice((current - 1) * REGISTRY_PAGE_SIZE, current * REGISTRY_PAGE_SIZE);
  const pageHref = (p: number) => `/registry?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
  return (
    <main className="registry-page" data-testid="registry-page">
      <div className="registry-head">
        <h1>{t("title")}</h1>
        {editor && (
          <div className="action-row">
            <Link className="button" href="/registry/import" data-testid="registry-import-link">{t("importTitle")}</Link>
            <Link className="button button--ghost" href="/registry/sites/new" data-testid="registry-new-site">{t("newSite")}</Link>
          </div>
        )}
      </div>
      <p className="muted">{t("intro")}</p>
      <form className="registry-search" role="search" action="/registry">
        <label className="field field--inline">
          <span>{t("searchLabel")}</span>
          <input type="search" name="q" defaultValue={q} placeholder={t("searchPlaceholder")} data-testid="registry-search" />
        </label>
        <button type="submit" className="button button--ghost">{t("search")}</button>
      </form>
      <p className="muted" data-testid="registry-count">{t("count", { shown: shown.length, total: matches.length, all: sites.length })}</p>
      <RegistryTable sites={shown} locale={toLocale(locale)} canEdit={editor} countyName={(a) => regionNames.get(a) ?? a} />
      {pages > 1 && (
        <nav className="pager" aria-label={t("pages")}>
          {current > 1 && <Link href={pageHref(current - 1)} data-testid="registry-prev">{t("previous")}</Link>}
          <span>{t("pageOf", { page: current, pages })}</span>
          {current < pages && <Link href={pageHref(current + 1)} data-testid="registry-next">{t("next")}</Link>}
        </nav>
      )}
      <ExportLinks />
    </main>
  );
}
