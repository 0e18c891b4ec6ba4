import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15 §2: the user's credential version (carried in every token, raised when a password is changed or reset,
 * a user deactivated or a role taken away), the confirmed e-mail address of self-registered accounts (every
 * existing user counts as confirmed: the column's default fills them), and one-time account tokens stored as
 * their SHA-256 (password reset, e-mail confirmation).
 */
export class AccountTokensAndCredentialVersion1796183550395 implements MigrationInterface {
  name = 'AccountTokensAndCredentialVersion1796183550395';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "account_tokens" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "purpose" text NOT NULL, "token_hash" bytea NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_account_tokens_token_hash" UNIQUE ("token_hash"), CONSTRAINT "ck_account_tokens_expiry" CHECK (expires_at > created_at), CONSTRAINT "ck_account_tokens_hash_length" CHECK (octet_length(token_hash) = 32), CONSTRAINT "ck_account_tokens_purpose" CHECK (purpose IN ('password_reset','email_confirmation')), CONSTRAINT "PK_5e3640c493cc6206a44b885e6a9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_account_tokens_user_purpose" ON "account_tokens"  ("user_id", "purpose", "created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "users" ADD "credential_version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD "email_confirmed_at" TIMESTAMP WITH TIME ZONE DEFAULT now()`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "ck_users_credential_version" CHECK (credential_version >= 1)`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_tokens" ADD CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account_tokens" DROP CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_credential_version"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_confirmed_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "credential_version"`);
    await queryRunner.query(`DROP INDEX "public"."ix_account_tokens_user_purpose"`);
    await queryRunner.query(`DROP TABLE "account_tokens"`);
  }
}
