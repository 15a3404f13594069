import { defineConfig } from 'drizzle-kit';

/** `npx drizzle-kit generate` (from apps/server) writes SQL migrations into ./drizzle. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './drizzle',
  casing: 'snake_case',
});
