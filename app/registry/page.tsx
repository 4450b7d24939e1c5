import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { currentUser } from "../application/auth";
import { loadRegistryListPage } from "../application/registry-list";
import { hasRole } from "../auth/roles";
import {
  parseRegistryListQuery,
  registryListParams,
  SYNTHETIC_FILTERS,
  type RegistryListQuery,
} from "../domain/registry-list";
import { RegistryTable } from "../ui/registry/registry-table";
import { ExportLinks } from "../ui/registry/export-links";
import "../ui/registry/registry.css";
import { toLocale } from "../domain/locale";

export const dynamic = "force-dynamic";

/**
 * The registry: searchable, sortable, paged list of every site (synthetic ones labelled), exports, and for editors
 * import/create/edit. Search, filter, sort and paging run on the server (`/registry?q=&synthetic=&sort=&dir=&page=`).
 */
export default async function RegistryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = parseRegistryListQuery(await searchParams);
  const [t, locale, user, list] = await Promise.all([
    getTranslations("registry"),
    getLocale(),
    currentUser(),
    loadRegistryListPage(query),
  ]);
  const { q } = query;
  const editor = hasRole(user?.role, "editor");
  const current = list.page;
  const pages = list.pages;
  const href = (change: Partial<RegistryListQuery>) => {
    const params = registryListParams({ ...query, page: current }, change).toString();
    return params ? `/registry?${params}` : "/registry";
  };
  const pageHref = (p: number) => href({ page: p });
  return (
    <main className="registry-page" data-testid="registry-page">
      <div className="registry-head">
        <h1>{t("title")}</h1>
        {editor && (
          <div className="action-row">
            <Link className="button" href="/registry/import" data-testid="registry-import-link">
              {t("importTitle")}
            </Link>
            <Link className="button button--ghost" href="/registry/sites/new" data-testid="registry-new-site">
              {t("newSite")}
            </Link>
          </div>
        )}
      </div>
      <p className="muted">{t("intro")}</p>
      <form className="registry-search" role="search" action="/registry">
        <label className="field field--inline">
          <span>{t("searchLabel")}</span>
          <input
            type="search"
            name="q"
            defaultValue={q}
            placeholder={t("searchPlaceholder")}
            data-testid="registry-search"
          />
        </label>
        <label className="field field--inline">
          <span>{t("syntheticFilter.label")}</span>
          <select name="synthetic" defaultValue={query.synthetic} data-testid="registry-synthetic">
            {SYNTHETIC_FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`syntheticFilter.${f}`)}
              </option>
            ))}
          </select>
        </label>
        {query.sort !== "name" && <input type="hidden" name="sort" value={query.sort} />}
        <input type="hidden" name="dir" value={query.dir} />
        <button type="submit" className="button button--ghost">
          {t("search")}
        </button>
      </form>
      <p className="muted" data-testid="registry-count">
        {t("count", { shown: list.rows.length, total: list.total, all: list.all })}
      </p>
      <RegistryTable
        sites={list.rows}
        locale={toLocale(locale)}
        canEdit={editor}
        countyName={(a) => list.regionNames.get(a) ?? a}
        sort={{ column: query.sort, dir: query.dir, href: (column, dir) => href({ sort: column, dir, page: 1 }) }}
      />
      {pages > 1 && (
        <nav className="pager" aria-label={t("pages")}>
          {current > 1 && (
            <Link href={pageHref(1)} data-testid="registry-first">
              {t("first")}
            </Link>
          )}
          {current > 1 && (
            <Link href={pageHref(current - 1)} data-testid="registry-prev">
              {t("previous")}
            </Link>
          )}
          <span data-testid="registry-page-of">{t("pageOf", { page: current, pages })}</span>
          {current < pages && (
            <Link href={pageHref(current + 1)} data-testid="registry-next">
              {t("next")}
            </Link>
          )}
          {current < pages && (
            <Link href={pageHref(pages)} data-testid="registry-last">
              {t("last")}
            </Link>
          )}
        </nav>
      )}
      <ExportLinks />
    </main>
  );
}
