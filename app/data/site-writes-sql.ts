/**
 * Site writes with better-sqlite3 for worker threads (imports), storing exactly what the Prisma writers of
 * site-edit.ts store: the same columns, flows, parks and audit entries (site-columns.ts, audit-columns.ts), dates in
 * Prisma's ISO format, booleans as 0/1, the version bumped on every replace. The caller runs them inside one
 * transaction. No "server-only": bundled into workers/dist/app-worker.mjs.
 */
import type { MembershipPark } from "../domain/park-membership";
import type { SiteInput } from "../domain/import/site-input";
import { sameSiteData, type StoredSite } from "../domain/import/stored-site";
import { auditColumns, type AuditInput } from "./audit-columns";
import {
  flowRows,
  membershipParksOf,
  siteColumns,
  siteCreatedAudit,
  siteParkIds,
  siteReplacedAudit,
  type ParkRow,
} from "./site-columns";
import { sqliteDateTime, type WorkerDb } from "./worker-db";

/** SQLite binds no booleans: they are stored as 0/1, as Prisma stores them (and an absent value as NULL). */
function bindable(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === "boolean" ? (v ? 1 : 0) : (v ?? null);
  return out;
}

// The Site columns an edit sets, in siteColumns' order (it reads no field of an empty input but names them all).
const SITE_KEYS = Object.keys(siteColumns({} as SiteInput, null));
const OUTPUT_KEYS = [
  "siteId",
  "materialCode",
  "tonnesPerYear",
  "stockpileTonnes",
  "estimated",
  "coefficientKey",
  "wasteCode",
] as const;
const INTAKE_KEYS = [
  "siteId",
  "materialCode",
  "route",
  "capacityTonnesPerYear",
  "committedTonnesPerYear",
  "estimated",
  "coefficientKey",
] as const;
const AUDIT_KEYS = ["at", "username", "action", "entity", "entityId", "before", "after"] as const;

const insertSql = (table: string, keys: readonly string[]) =>
  `INSERT INTO "${table}" (${keys.map((k) => `"${k}"`).join(", ")}) VALUES (${keys.map((k) => `@${k}`).join(", ")})`;

/** The parks as membership shapes, read from this connection (id order, as site-edit.ts reads them). */
export function membershipParksFrom(db: WorkerDb): MembershipPark[] {
  return membershipParksOf(
    db.prepare(`SELECT id, centerLng, centerLat, radiusKm, geometry FROM "Park" ORDER BY id`).all() as ParkRow[],
  );
}

/** Site writers over one connection (statements prepared once); run them inside the caller's transaction. */
export function sqlSiteWriter(db: WorkerDb, parks: readonly MembershipPark[]) {
  const insertSite = db.prepare(insertSql("Site", ["id", ...SITE_KEYS, "createdAt", "updatedAt"]));
  const updateSite = db.prepare(
    `UPDATE "Site" SET ${SITE_KEYS.map((k) => `"${k}" = @${k}`).join(", ")}, "version" = "version" + 1, "updatedAt" = @updatedAt WHERE id = @id`,
  );
  const deleteParks = db.prepare(`DELETE FROM "SitePark" WHERE siteId = ?`);
  const insertPark = db.prepare(`INSERT INTO "SitePark" (siteId, parkId) VALUES (?, ?)`);
  const deleteOutputs = db.prepare(`DELETE FROM "Output" WHERE siteId = ?`);
  const deleteIntakes = db.prepare(`DELETE FROM "Intake" WHERE siteId = ?`);
  const insertOutput = db.prepare(insertSql("Output", OUTPUT_KEYS));
  const insertIntake = db.prepare(insertSql("Intake", INTAKE_KEYS));
  const insertAudit = db.prepare(insertSql("AuditLog", AUDIT_KEYS));

  // In site-edit.ts's order: parks, old flows out, new flows in, then the audit entry.
  const writeChildren = (
    siteId: string,
    input: SiteInput,
    countyAdcode: string | null,
    audit: AuditInput,
    replacing: boolean,
  ) => {
    deleteParks.run(siteId);
    for (const parkId of siteParkIds(input, countyAdcode, parks)) insertPark.run(siteId, parkId);
    if (replacing) {
      deleteOutputs.run(siteId);
      deleteIntakes.run(siteId);
    }
    const flows = flowRows(siteId, input);
    for (const o of flows.outputs) insertOutput.run(bindable(o));
    for (const i of flows.intakes) insertIntake.run(bindable(i));
    insertAudit.run({ at: sqliteDateTime(new Date()), ...auditColumns(audit) });
  };

  return {
    /** As site-edit.ts `insertSite`: the site, its parks and flows, and its audit entry. */
    insert(actor: string, id: string, input: SiteInput, countyAdcode: string | null, action: "create" | "import") {
      const now = sqliteDateTime(new Date());
      insertSite.run(bindable({ id, ...siteColumns(input, countyAdcode), createdAt: now, updatedAt: now }));
      writeChildren(id, input, countyAdcode, siteCreatedAudit(actor, id, input, countyAdcode, action), false);
    },
    /** As site-edit.ts `replaceSite` (no version check): false when nothing changed. */
    replace(
      actor: string,
      before: StoredSite,
      input: SiteInput,
      countyAdcode: string | null,
      action: "update" | "import",
    ): boolean {
      if (sameSiteData(before, input) && before.countyAdcode === countyAdcode) return false;
      const row = { id: before.id, ...siteColumns(input, countyAdcode), updatedAt: sqliteDateTime(new Date()) };
      if (updateSite.run(bindable(row)).changes !== 1) throw new Error(`site ${before.id} no longer exists`);
      const audit = siteReplacedAudit(actor, before, input, countyAdcode, action);
      writeChildren(before.id, input, countyAdcode, audit, true);
      return true;
    },
  };
}
