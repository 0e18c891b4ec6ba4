import { MigrationInterface, QueryRunner } from 'typeorm';

/** Files with an appeal. */
export class AppealAttachments1795383000000 implements MigrationInterface {
  name = 'AppealAttachments1795383000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "appeal_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "appeal_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "uploaded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_appeal_attachments_sha" CHECK (sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT "ck_appeal_attachments_size" CHECK (size_bytes BETWEEN 1 AND 10485760), CONSTRAINT "PK_87a9fec6a6a4b79c32b8b480b82" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_appeal_attachments_appeal" ON "appeal_attachments"  ("appeal_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "appeal_attachments" ADD CONSTRAINT "FK_c7a63808ebe65dea943a4e4f4dc" FOREIGN KEY ("appeal_id") REFERENCES "appeals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "appeal_attachments" DROP CONSTRAINT "FK_c7a63808ebe65dea943a4e4f4dc"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_appeal_attachments_appeal"`);
    await queryRunner.query(`DROP TABLE "appeal_attachments"`);
  }
}
