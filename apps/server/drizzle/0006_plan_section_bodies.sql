-- Section-level sync: a revision becomes the list of its parts' hashes (plan_revisions.sections), each part
-- stored once per plan in plan_section_bodies. Revisions stored before keep their whole plan JSON and stay readable.
CREATE TABLE "plan_section_bodies" (
	"plan_id" integer NOT NULL,
	"hash" text NOT NULL,
	"body" text NOT NULL,
	"is_rest" boolean DEFAULT false NOT NULL,
	"indicators" integer DEFAULT 0 NOT NULL,
	"tasks" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "plan_section_bodies_pk" PRIMARY KEY("plan_id","hash")
);
--> statement-breakpoint
ALTER TABLE "plan_revisions" ALTER COLUMN "plan" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_revisions" ADD COLUMN "sections" json;--> statement-breakpoint
ALTER TABLE "plan_section_bodies" ADD CONSTRAINT "plan_section_bodies_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_revisions" ADD CONSTRAINT "plan_revisions_plan_or_sections" CHECK ("plan_revisions"."plan" is not null or "plan_revisions"."sections" is not null);--> statement-breakpoint
-- Section bodies are written on syncs: lz4 as for plan_revisions.plan (0002); engines without lz4 keep pglz.
DO $$
BEGIN
  ALTER TABLE "plan_section_bodies" ALTER COLUMN "body" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  RAISE NOTICE 'lz4 not available; plan_section_bodies.body keeps the default compression';
END $$;
