import { z } from "zod";
import { parseQueryParams } from "../../../domain/query-params";
import { keyProjectRollup, listKeyProjects } from "../../../data/plan";
import { json } from "../../../http/responses";
import { queryOr400 } from "../../../http/query";
import { route } from "../../../http/route";

export const dynamic = "force-dynamic";

/** GET /api/plan/projects → { projects: [...], rollup: [...] } (the key-project register and its roll-up against the route targets). */
export const GET = route(async (request) => {
  queryOr400(parseQueryParams(new URL(request.url).searchParams, z.object({}).strict()));
  const [projects, rollup] = await Promise.all([listKeyProjects(), keyProjectRollup()]);
  return json({ projects, rollup });
});
