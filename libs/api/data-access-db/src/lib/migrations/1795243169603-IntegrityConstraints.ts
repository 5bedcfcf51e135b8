import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Unique constraints the services already checked: one lead mentor per deployment, a person (or an
 * organisation without a person) once per event; clock_timestamp() defaults so audit entries and
 * status changes written in one transaction keep their order.
 */
export class IntegrityConstraints1795243169603 implements MigrationInterface {
    name = 'IntegrityConstraints1795243169603'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "alliance_status_change" ALTER COLUMN "created_at" SET DEFAULT clock_timestamp()`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_entry_entity"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ALTER COLUMN "occurred_at" SET DEFAULT clock_timestamp()`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_event_participant_organisation" ON "event_participant"  ("event_id", "organisation_id") WHERE "person_id" IS NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_event_participant_person" ON "event_participant"  ("event_id", "person_id") WHERE "person_id" IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_deployment_mentor_lead" ON "deployment_mentor"  ("deployment_id") WHERE "is_lead"`);
        await queryRunner.query(`CREATE INDEX "ix_audit_entry_entity" ON "audit_entry"  ("entity_type", "entity_id", "occurred_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_audit_entry_entity"`);
        await queryRunner.query(`DROP INDEX "public"."uq_deployment_mentor_lead"`);
        await queryRunner.query(`DROP INDEX "public"."uq_event_participant_person"`);
        await queryRunner.query(`DROP INDEX "public"."uq_event_participant_organisation"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ALTER COLUMN "occurred_at" SET DEFAULT now()`);
        await queryRunner.query(`CREATE INDEX "ix_audit_entry_entity" ON "audit_entry" USING btree ("occurred_at", "entity_type", "entity_id") `);
        await queryRunner.query(`ALTER TABLE "alliance_status_change" ALTER COLUMN "created_at" SET DEFAULT now()`);
    }

}
