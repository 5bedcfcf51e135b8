import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Ministry report runs (domain-research §3.1): parameters, author, release, job state and progress,
 * the checksum of the figures and the report document itself. The background job queue lives in the
 * schema "pgboss", which pg-boss creates and migrates itself when the API starts (not here).
 */
export class ReportRuns1795300300000 implements MigrationInterface {
    name = 'ReportRuns1795300300000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "report_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "report_type" character varying(30) NOT NULL, "parameters" jsonb NOT NULL, "author_id" uuid, "author_name" character varying(200), "status" character varying(20) NOT NULL DEFAULT 'ENTWURF', "released_by_id" uuid, "released_by_name" character varying(200), "released_at" TIMESTAMP WITH TIME ZONE, "job_state" character varying(20) NOT NULL DEFAULT 'WARTEND', "progress" smallint NOT NULL DEFAULT '0', "error" text, "checksum" character(64), "result" jsonb, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_report_run_released" CHECK (("status" = 'FREIGEGEBEN') = ("released_at" IS NOT NULL)), CONSTRAINT "ck_report_run_progress" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "ck_report_run_job_state" CHECK ("job_state" IN ('WARTEND', 'LAEUFT', 'FERTIG', 'FEHLER')), CONSTRAINT "ck_report_run_status" CHECK ("status" IN ('ENTWURF', 'FREIGEGEBEN')), CONSTRAINT "ck_report_run_type" CHECK ("report_type" IN ('BUENDNIS_MONITOR', 'MENTORING_BERICHT')), CONSTRAINT "pk_report_run_id" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_report_run_author_id" ON "report_run"  ("author_id") `);
        await queryRunner.query(`CREATE INDEX "ix_report_run_status_created" ON "report_run"  ("status", "created_at") `);
        await queryRunner.query(`ALTER TABLE "report_run" ADD CONSTRAINT "fk_report_run_author_id" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "report_run" ADD CONSTRAINT "fk_report_run_released_by_id" FOREIGN KEY ("released_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "report_run" DROP CONSTRAINT "fk_report_run_released_by_id"`);
        await queryRunner.query(`ALTER TABLE "report_run" DROP CONSTRAINT "fk_report_run_author_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_report_run_status_created"`);
        await queryRunner.query(`DROP INDEX "public"."ix_report_run_author_id"`);
        await queryRunner.query(`DROP TABLE "report_run"`);
    }
}
