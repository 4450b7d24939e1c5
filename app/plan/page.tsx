import { Suspense } from "react";
import { currentUser } from "../application/auth";
import { hasRole } from "../auth/roles";
import { keyProjectRollup, listKeyProjects, planProgress, planTargets } from "../data/plan";
import { DEFAULT_PROGRESS_INCLUSION } from "../domain/plan/progress";
import { PlanView } from "../ui/plan/plan-view";

export const dynamic = "force-dynamic";

/** `/plan`: the plan's targets with baselines and current values, utilisation by city/county, and the key projects. */
export default async function PlanPage() {
  const inclusion = DEFAULT_PROGRESS_INCLUSION;
  const [{ targets, run }, cities, counties, projects, rollup, user] = await Promise.all([
    planTargets(inclusion),
    planProgress("city", inclusion),
    planProgress("county", inclusion),
    listKeyProjects(),
    keyProjectRollup(),
    currentUser(),
  ]);
  return (
    <main>
      <Suspense>
        <PlanView
          targets={targets}
          run={run}
          cities={cities.regions}
          counties={counties.regions}
          projects={projects}
          rollup={rollup}
          canEdit={!!user && hasRole(user.role, "editor")}
        />
      </Suspense>
    </main>
  );
}
