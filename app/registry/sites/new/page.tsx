import { getTranslations } from "next-intl/server";
import { pageUser } from "../../../application/auth";
import { loadParks } from "../../../data/parks";
import { Forbidden } from "../../../ui/auth/forbidden";
import { SiteForm } from "../../../ui/registry/site-form";
import "../../../ui/registry/registry.css";

export const dynamic = "force-dynamic";

/** New site form (editors). */
export default async function NewSitePage() {
  const user = await pageUser("editor", "/registry/sites/new");
  if (!user) return <Forbidden role="editor" />;
  const t = await getTranslations("registry");
  const parks = (await loadParks()).map((p) => ({ id: p.id, name: p.name }));
  return (
    <main className="registry-page" data-testid="site-new-page">
      <h1>{t("newSite")}</h1>
      <SiteForm site={null} parks={parks} />
    </main>
  );
}
