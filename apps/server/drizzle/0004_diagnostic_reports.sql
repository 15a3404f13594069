CREATE TABLE "diagnostic_reports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" integer,
	"agency_id" integer,
	"ran_at" timestamp with time zone NOT NULL,
	"word_version" text NOT NULL,
	"platform" text NOT NULL,
	"webview" text NOT NULL,
	"passed" integer NOT NULL,
	"failed" integer NOT NULL,
	"report" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "diagnostic_reports" ADD CONSTRAINT "diagnostic_reports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_reports" ADD CONSTRAINT "diagnostic_reports_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "diagnostic_reports_created_idx" ON "diagnostic_reports" USING btree ("created_at");