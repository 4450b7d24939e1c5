-- Names the app makes for proposals are stored in both languages, so the English UI never shows a generated
-- Chinese name (issue 14 §7). Names people type stay as typed (nameEn null).
ALTER TABLE "Proposal" ADD COLUMN "nameEn" TEXT;

-- The seeded example proposal gets its English name in databases seeded before this column existed.
UPDATE "Proposal" SET "nameEn" = 'Example: Hejin resource-utilisation symbiosis cluster' WHERE "id" = 'example-hejin';
