-- Run lists read a light copy of each run's summary (app/domain/pairing/run-list-summary.ts): no involved-site
-- snapshot and no per-material unmatched / spare / limit-warning site lists.
ALTER TABLE "PairingRun" ADD COLUMN "listSummary" TEXT;

UPDATE "PairingRun"
SET "listSummary" = json_set(
  json_remove("summary", '$.involvedSites'),
  '$.materials',
  (SELECT json_group_array(json_remove(m.value, '$.unmatched', '$.spare', '$.limitWarnings'))
   FROM json_each("summary", '$.materials') AS m)
)
WHERE "summary" IS NOT NULL AND json_valid("summary");
