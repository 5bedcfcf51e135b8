import { MigrationInterface, QueryRunner } from "typeorm";

/** Run-time settings owned by the domains (matcher weights, the ministry's name on reports). */
export class AppSettings1795299900000 implements MigrationInterface {
    name = 'AppSettings1795299900000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "app_setting" ("key" character varying(100) NOT NULL, "value" jsonb NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, CONSTRAINT "pk_app_setting_key" PRIMARY KEY ("key"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "app_setting"`);
    }
}
