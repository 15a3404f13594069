CREATE TABLE "receipt_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
-- Receipts already given keep their numbers: each year's counter starts after its highest one.
INSERT INTO "receipt_counters" ("year", "last")
	SELECT split_part("receipt_number", '-', 2)::int, max(split_part("receipt_number", '-', 3)::int)
	FROM "submissions" WHERE "receipt_number" ~ '^BKHCN-[0-9]{4}-[0-9]+$'
	GROUP BY 1;
--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "year" integer;--> statement-breakpoint
-- An existing round collects the plans of its deadline's year, read in Việt Nam's time (UTC+7).
UPDATE "rounds" SET "year" = extract(year from ("deadline" at time zone 'UTC') + interval '7 hours')::int;--> statement-breakpoint
ALTER TABLE "rounds" ALTER COLUMN "year" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_revisions" ADD COLUMN "request_hash" text;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "request_hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "agencies_code_lower_uq" ON "agencies" USING btree (lower("code"));--> statement-breakpoint
DROP SEQUENCE "public"."receipt_number_seq";
