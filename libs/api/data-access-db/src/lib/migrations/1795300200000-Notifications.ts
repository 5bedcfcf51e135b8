import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Notifications: the in-app inbox (one row per recipient and event), the reminders already sent
 * (each overdue item is reminded once), and the secret calendar-feed addresses (SHA-256 of the token only).
 */
export class Notifications1795300200000 implements MigrationInterface {
    name = 'Notifications1795300200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "link_path" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_notification_kind" CHECK ("kind" IN ('REQUEST_RECEIVED', 'OFFER_SENT', 'OFFER_ACCEPTED', 'OFFER_DECLINED', 'REPORT_SUBMITTED', 'REPORT_RETURNED', 'REPORT_APPROVED', 'FEEDBACK_REQUESTED', 'DEPLOYMENT_CHANGED', 'REMINDER_REQUEST', 'REMINDER_OFFER', 'REMINDER_REPORT')), CONSTRAINT "pk_notification_id" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_notification_recipient_unread" ON "notification"  ("recipient_id") WHERE "read_at" IS NULL`);
        await queryRunner.query(`CREATE INDEX "ix_notification_recipient_created" ON "notification"  ("recipient_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "reminder_sent" ("kind" character varying(30) NOT NULL, "subject_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_reminder_sent_kind_subject_id" PRIMARY KEY ("kind", "subject_id"))`);
        await queryRunner.query(`CREATE TABLE "calendar_feed" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "alliance_id" uuid, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_calendar_feed_token_hash" UNIQUE ("token_hash"), CONSTRAINT "ck_calendar_feed_alliance" CHECK (("kind" = 'ALLIANCE') = ("alliance_id" IS NOT NULL)), CONSTRAINT "ck_calendar_feed_kind" CHECK ("kind" IN ('MENTOR', 'ALLIANCE')), CONSTRAINT "pk_calendar_feed_id" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_calendar_feed_alliance_id" ON "calendar_feed"  ("alliance_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_calendar_feed_alliance" ON "calendar_feed"  ("owner_id", "alliance_id") WHERE "kind" = 'ALLIANCE'`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_calendar_feed_mentor" ON "calendar_feed"  ("owner_id") WHERE "kind" = 'MENTOR'`);
        await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_recipient_id" FOREIGN KEY ("recipient_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "calendar_feed" ADD CONSTRAINT "fk_calendar_feed_owner_id" FOREIGN KEY ("owner_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "calendar_feed" ADD CONSTRAINT "fk_calendar_feed_alliance_id" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "fk_calendar_feed_alliance_id"`);
        await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "fk_calendar_feed_owner_id"`);
        await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_recipient_id"`);
        await queryRunner.query(`DROP INDEX "public"."uq_calendar_feed_mentor"`);
        await queryRunner.query(`DROP INDEX "public"."uq_calendar_feed_alliance"`);
        await queryRunner.query(`DROP INDEX "public"."ix_calendar_feed_alliance_id"`);
        await queryRunner.query(`DROP TABLE "calendar_feed"`);
        await queryRunner.query(`DROP TABLE "reminder_sent"`);
        await queryRunner.query(`DROP INDEX "public"."ix_notification_recipient_created"`);
        await queryRunner.query(`DROP INDEX "public"."ix_notification_recipient_unread"`);
        await queryRunner.query(`DROP TABLE "notification"`);
    }
}
