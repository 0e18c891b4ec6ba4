import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18: server-side browser sessions (the cookie's SHA-256, the user's credential version at login, the CSRF
 * token, idle and absolute ends, logout). The application role gets its rights from the default privileges
 * (libs/platform/src/database/roles.ts), as every table.
 */
export class Sessions1796194757046 implements MigrationInterface {
  name = 'Sessions1796194757046';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL, "token_hash" bytea NOT NULL, "user_id" uuid NOT NULL, "credential_version" integer NOT NULL, "auth_method" text NOT NULL, "csrf_token" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "idle_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "absolute_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "client" jsonb, CONSTRAINT "uq_sessions_token_hash" UNIQUE ("token_hash"), CONSTRAINT "ck_sessions_credential_version" CHECK (credential_version >= 1), CONSTRAINT "ck_sessions_expiry" CHECK (idle_expires_at <= absolute_expires_at AND absolute_expires_at > created_at), CONSTRAINT "ck_sessions_auth_method" CHECK (auth_method IN ('password')), CONSTRAINT "ck_sessions_hash_length" CHECK (octet_length(token_hash) = 32), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_sessions_user" ON "sessions"  ("user_id", "absolute_expires_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sessions_user"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
  }
}
