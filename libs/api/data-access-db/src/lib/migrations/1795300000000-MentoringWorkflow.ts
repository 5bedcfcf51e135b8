import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The mentoring workflow (domain-research §2.5): every status transition of requests and deployments
 * in one log, and when (and in which round) an offer went to a mentor, for the 5-working-day answer
 * rule and for tandem offers.
 */
export class MentoringWorkflow1795300000000 implements MigrationInterface {
    name = 'MentoringWorkflow1795300000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "workflow_transition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_type" character varying(20) NOT NULL, "subject_id" uuid NOT NULL, "from_status" character varying(30), "to_status" character varying(30) NOT NULL, "actor_id" uuid, "actor" character varying(200) NOT NULL, "note" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "ck_workflow_transition_subject_type" CHECK ("subject_type" IN ('REQUEST', 'DEPLOYMENT')), CONSTRAINT "pk_workflow_transition_id" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_workflow_transition_subject" ON "workflow_transition" ("subject_type", "subject_id", "occurred_at") `);
        await queryRunner.query(`ALTER TABLE "match_proposal" ADD "offered_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "match_proposal" ADD "offer_round" smallint`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "match_proposal" DROP COLUMN "offer_round"`);
        await queryRunner.query(`ALTER TABLE "match_proposal" DROP COLUMN "offered_at"`);
        await queryRunner.query(`DROP INDEX "ix_workflow_transition_subject"`);
        await queryRunner.query(`DROP TABLE "workflow_transition"`);
    }
}
