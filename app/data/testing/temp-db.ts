/**
 * Integration-test database: a fresh SQLite file in the temp folder, migrated with the committed migrations
 * (prisma/migrations/*\/migration.sql, applied in order, as `prisma migrate deploy` does). Used as a Vitest
 * setup file, so every integration test file gets its own empty database before app/data/db.ts is imported.
 */
import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const MIGRATIONS = path.join(__dirname, "..", "..", "..", "prisma", "migrations");

/** Creates a migrated, empty database file and returns its path. */
export function createTempDatabase(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "atlas-int-")), "test.db");
  const db = new Database(file);
  try {
    for (const dir of readdirSync(MIGRATIONS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()) {
      db.exec(readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8"));
    }
  } finally {
    db.close();
  }
  return file;
}

// As a setup file: point the app's Prisma client (app/data/db.ts reads DATABASE_URL on import) at a new database.
process.env.DATABASE_URL = `file:${createTempDatabase()}`;
