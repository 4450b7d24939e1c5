import path from "node:path";

/** The SQLite URL: DATABASE_URL when set, else prisma/atlas.db beside the schema. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? `file:${path.join(process.cwd(), "prisma", "atlas.db")}`;
}
