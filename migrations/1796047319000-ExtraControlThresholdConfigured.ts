import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The extra-control threshold is configuration (PAYMENT_EXTRA_CONTROL_ABOVE_NOK), decided when a disbursement is
 * planned and kept in requires_extra_control; the CHECK that fixed it at NOK 1 000 000 gives way to one that allows an
 * extra control only where it was required.
 */
export class ExtraControlThresholdConfigured1796047319000 implements MigrationInterface {
  name = 'ExtraControlThresholdConfigured1796047319000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "disbursements" DROP CONSTRAINT "ck_disbursements_requires_extra_control"`,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursements" ADD CONSTRAINT "ck_disbursements_extra_control_required" CHECK (extra_control_by IS NULL OR requires_extra_control)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "disbursements" DROP CONSTRAINT "ck_disbursements_extra_control_required"`,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursements" ADD CONSTRAINT "ck_disbursements_requires_extra_control" CHECK (requires_extra_control = (amount_ore > 100000000))`,
    );
  }
}
