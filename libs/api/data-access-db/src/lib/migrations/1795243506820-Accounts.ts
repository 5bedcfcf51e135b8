import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * User accounts (one role each, coordinator alliances, mentor link), server-side sessions, recovery
 * codes, one-time links, login attempts for the throttle, coordinators' status change requests; the
 * audit trail gains actor id, changed fields, IP and request id and becomes append-only (trigger).
 */
export class Accounts1795243506820 implements MigrationInterface {
    name = 'Accounts1795243506820'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(200) NOT NULL, "display_name" character varying(200) NOT NULL, "role" character varying(20) NOT NULL, "mentor_profile_id" uuid, "password_hash" text, "password_changed_at" TIMESTAMP WITH TIME ZONE, "totp_secret" text, "totp_enabled_at" TIMESTAMP WITH TIME ZONE, "disabled_at" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_user_account_email" UNIQUE ("email"), CONSTRAINT "uq_user_account_mentor_profile_id" UNIQUE ("mentor_profile_id"), CONSTRAINT "REL_f94956fc901e136d83a9f7fbad" UNIQUE ("mentor_profile_id"), CONSTRAINT "ck_user_account_email_lower" CHECK ("email" = lower("email")), CONSTRAINT "ck_user_account_mentor" CHECK ("role" <> 'MENTOR' OR "mentor_profile_id" IS NOT NULL), CONSTRAINT "ck_user_account_role" CHECK ("role" IN ('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR', 'MINISTERIUM', 'ADMINISTRATION')), CONSTRAINT "pk_user_account_id" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_user_account_role" ON "user_account"  ("role") `);
        await queryRunner.query(`CREATE TABLE "user_alliance" ("user_id" uuid NOT NULL, "alliance_id" uuid NOT NULL, CONSTRAINT "pk_user_alliance_user_id_alliance_id" PRIMARY KEY ("user_id", "alliance_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_user_alliance_alliance_id" ON "user_alliance"  ("alliance_id") `);
        await queryRunner.query(`CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "is_second_factor_pending" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "ended_reason" character varying(40), "ip" character varying(64), "user_agent" character varying(300), CONSTRAINT "uq_user_session_token_hash" UNIQUE ("token_hash"), CONSTRAINT "pk_user_session_id" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_user_session_user_active" ON "user_session"  ("user_id") WHERE "ended_at" IS NULL`);
        await queryRunner.query(`CREATE TABLE "recovery_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" character(64) NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_recovery_code_id" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_recovery_code_user_id" ON "recovery_code"  ("user_id") `);
        await queryRunner.query(`CREATE TABLE "one_time_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" character varying(20) NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_one_time_token_token_hash" UNIQUE ("token_hash"), CONSTRAINT "ck_one_time_token_purpose" CHECK ("purpose" IN ('EINLADUNG', 'PASSWORT_RESET')), CONSTRAINT "pk_one_time_token_id" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_one_time_token_user_id" ON "one_time_token"  ("user_id") `);
        await queryRunner.query(`CREATE TABLE "login_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(200) NOT NULL, "ip" character varying(64) NOT NULL, "succeeded" boolean NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "pk_login_attempt_id" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_login_attempt_ip_time" ON "login_attempt"  ("ip", "attempted_at") `);
        await queryRunner.query(`CREATE INDEX "ix_login_attempt_email_time" ON "login_attempt"  ("email", "attempted_at") `);
        await queryRunner.query(`CREATE TABLE "status_change_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "alliance_id" uuid NOT NULL, "requested_status" character varying(20) NOT NULL, "reason" text NOT NULL, "requested_by_id" uuid, "decision" character varying(20) NOT NULL DEFAULT 'OFFEN', "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_note" text, CONSTRAINT "ck_status_change_request_decision" CHECK ("decision" IN ('OFFEN', 'ANGENOMMEN', 'ABGELEHNT')), CONSTRAINT "ck_status_change_request_status" CHECK ("requested_status" IN ('INTERESSENT', 'IN_GRUENDUNG', 'AKTIV', 'RUHEND', 'AUFGELOEST', 'FUSIONIERT')), CONSTRAINT "pk_status_change_request_id" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_status_change_request_alliance_id" ON "status_change_request"  ("alliance_id") `);
        await queryRunner.query(`CREATE INDEX "ix_status_change_request_decision" ON "status_change_request"  ("decision") `);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD "actor_id" uuid`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD "changes" jsonb`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD "ip" character varying(64)`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD "request_id" character varying(64)`);
        await queryRunner.query(`CREATE INDEX "ix_audit_entry_actor_id" ON "audit_entry"  ("actor_id") `);
        await queryRunner.query(`ALTER TABLE "user_account" ADD CONSTRAINT "fk_user_account_mentor_profile_id" FOREIGN KEY ("mentor_profile_id") REFERENCES "mentor_profile"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_alliance" ADD CONSTRAINT "fk_user_alliance_user_id" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_alliance" ADD CONSTRAINT "fk_user_alliance_alliance_id" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_session" ADD CONSTRAINT "fk_user_session_user_id" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "recovery_code" ADD CONSTRAINT "fk_recovery_code_user_id" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "one_time_token" ADD CONSTRAINT "fk_one_time_token_user_id" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "status_change_request" ADD CONSTRAINT "fk_status_change_request_alliance_id" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "status_change_request" ADD CONSTRAINT "fk_status_change_request_requested_by_id" FOREIGN KEY ("requested_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "status_change_request" ADD CONSTRAINT "fk_status_change_request_decided_by_id" FOREIGN KEY ("decided_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE FUNCTION bn_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'audit entries cannot be changed or deleted'; END $$`);
        await queryRunner.query(`CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
            FOR EACH ROW EXECUTE FUNCTION bn_audit_append_only()`);
        await queryRunner.query(`CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
            FOR EACH STATEMENT EXECUTE FUNCTION bn_audit_append_only()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry`);
        await queryRunner.query(`DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry`);
        await queryRunner.query(`DROP FUNCTION IF EXISTS bn_audit_append_only()`);
        await queryRunner.query(`ALTER TABLE "status_change_request" DROP CONSTRAINT "fk_status_change_request_decided_by_id"`);
        await queryRunner.query(`ALTER TABLE "status_change_request" DROP CONSTRAINT "fk_status_change_request_requested_by_id"`);
        await queryRunner.query(`ALTER TABLE "status_change_request" DROP CONSTRAINT "fk_status_change_request_alliance_id"`);
        await queryRunner.query(`ALTER TABLE "one_time_token" DROP CONSTRAINT "fk_one_time_token_user_id"`);
        await queryRunner.query(`ALTER TABLE "recovery_code" DROP CONSTRAINT "fk_recovery_code_user_id"`);
        await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "fk_user_session_user_id"`);
        await queryRunner.query(`ALTER TABLE "user_alliance" DROP CONSTRAINT "fk_user_alliance_alliance_id"`);
        await queryRunner.query(`ALTER TABLE "user_alliance" DROP CONSTRAINT "fk_user_alliance_user_id"`);
        await queryRunner.query(`ALTER TABLE "user_account" DROP CONSTRAINT "fk_user_account_mentor_profile_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_entry_actor_id"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP COLUMN "request_id"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP COLUMN "ip"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP COLUMN "changes"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP COLUMN "actor_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_status_change_request_decision"`);
        await queryRunner.query(`DROP INDEX "public"."ix_status_change_request_alliance_id"`);
        await queryRunner.query(`DROP TABLE "status_change_request"`);
        await queryRunner.query(`DROP INDEX "public"."ix_login_attempt_email_time"`);
        await queryRunner.query(`DROP INDEX "public"."ix_login_attempt_ip_time"`);
        await queryRunner.query(`DROP TABLE "login_attempt"`);
        await queryRunner.query(`DROP INDEX "public"."ix_one_time_token_user_id"`);
        await queryRunner.query(`DROP TABLE "one_time_token"`);
        await queryRunner.query(`DROP INDEX "public"."ix_recovery_code_user_id"`);
        await queryRunner.query(`DROP TABLE "recovery_code"`);
        await queryRunner.query(`DROP INDEX "public"."ix_user_session_user_active"`);
        await queryRunner.query(`DROP TABLE "user_session"`);
        await queryRunner.query(`DROP INDEX "public"."ix_user_alliance_alliance_id"`);
        await queryRunner.query(`DROP TABLE "user_alliance"`);
        await queryRunner.query(`DROP INDEX "public"."ix_user_account_role"`);
        await queryRunner.query(`DROP TABLE "user_account"`);
    }

}
