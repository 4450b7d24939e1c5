import { notFound } from "next/navigation";
import { currentUser } from "../../application/auth";
import { hasRole } from "../../auth/roles";
import { cityDetail } from "../../data/plan";
import { DEFAULT_PROGRESS_INCLUSION } from "../../domain/plan/progress";
import { CityView } from "../../ui/plan/city-view";

export const dynamic = "force-dynamic";

/** `/plan/{adcode}`: one city's progress against the plan, its producers, consumers, key projects and runs, with exports. */
export default async function PlanCityPage({ params }: { params: Promise<{ adcode: string }> }) {
  const { adcode } = await params;
  const [detail, user] = await Promise.all([
    /^\d{6}$/.test(adcode) ? cityDetail(adcode, DEFAULT_PROGRESS_INCLUSION) : null,
    currentUser(),
  ]);
  if (!detail) notFound();
  return (
    <main>
      <CityView detail={detail} canEdit={!!user && hasRole(user.role, "editor")} />
    </main>
  );
}
