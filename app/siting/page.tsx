import { SitingView } from "../ui/siting/siting-view";

export const dynamic = "force-dynamic";

/** `/siting`: where should k new utilisation plants go (exact MILP), on the map. */
export default function SitingPage() {
  return (
    <main style={{ height: "100%" }}>
      <SitingView />
    </main>
  );
}
