ALTER TABLE "users" ADD COLUMN "disabled_at" timestamp with time zone;--> statement-breakpoint
-- Accounts switched off through the old boolean stay disabled.
UPDATE "users" SET "disabled_at" = now() WHERE "active" = false;--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "active";
