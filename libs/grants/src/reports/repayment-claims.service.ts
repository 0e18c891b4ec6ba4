import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { loadApplication } from '../applications/application-access';
import { disqualifiedSql } from '../applications/impartiality';
import { Actor } from '../kernel/actor';
import { CasePart } from '../kernel/need-to-know';
import { isUuid, lockVersioned, snapshot } from '../kernel/persistence';
import { Clock, DomainError, formatKroner, osloDate, Page, PageRequest } from '@app/platform';
import { DataSource } from 'typeorm';
import { Repayment, RepaymentClaim, RepaymentClaimStatus } from './repayment-claim.entity';
import { assertClaimEvent, moveRepaymentClaim } from './repayment-claim-transitions';

/** Repayment claims as finance and the case see them: the repayments received against them, and the lists. */
@Injectable()
export class RepaymentClaimsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Finance records a repayment received; the claim is settled when the repayments add up to it. */
  async recordRepayment(
    actor: Actor,
    claimId: string,
    version: number,
    amountOre: number,
    receivedOn: string,
  ): Promise<RepaymentClaim> {
    if (receivedOn > osloDate(this.clock.now())) {
      throw DomainError.rule('receivedOn', 'notInFuture', 'Innbetalingsdatoen kan ikke være fram i tid.');
    }
    if (!isUuid(claimId)) throw DomainError.notFound('Kravet');
    return this.db.transaction(async (manager) => {
      const claim = await lockVersioned(manager, RepaymentClaim, claimId, version, 'Kravet');
      assertClaimEvent(claim.status, 'repay');
      const paid = claim.repaidOre;
      if (paid + amountOre > claim.amountOre) {
        throw DomainError.rule(
          'amountOre',
          'withinClaim',
          `Innbetalingen er større enn det som gjenstår av kravet (${formatKroner(claim.amountOre - paid)}).`,
        );
      }
      const repayment = await manager.save(
        manager.create(Repayment, { claimId, amountOre, receivedOn, recordedBy: actor.userId }),
      );
      const record = { actor, action: 'repayment.recorded', note: { repayment: snapshot(repayment) } };
      return moveRepaymentClaim(manager, claim, 'repay', record, (row) => {
        row.repaidOre = paid + amountOre;
      });
    });
  }

  /** Repayment claims for staff (finance records repayments against them): newest first, filtered. */
  async claims(
    actor: Actor,
    filter: { roundId?: string; status?: RepaymentClaimStatus },
    page: PageRequest,
  ): Promise<Page<RepaymentClaim>> {
    const query = this.db
      .getRepository(RepaymentClaim)
      .createQueryBuilder('c')
      // A declared conflict or a membership of the organisation keeps the case out of the staff member's sight.
      .where(`NOT ${disqualifiedSql('c.application_id', ':userId')}`, { userId: actor.userId });
    if (filter.roundId) query.andWhere('c.round_id = :roundId', { roundId: filter.roundId });
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    const [items, total] = await query
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
    return { items, total, ...page };
  }

  /** The repayment claims of an application: for its organisation and for staff. */
  async claimsForApplication(actor: Actor, applicationId: string): Promise<RepaymentClaim[]> {
    await loadApplication(this.db.manager, actor, applicationId, CasePart.Payments);
    return this.db
      .getRepository(RepaymentClaim)
      .find({ where: { applicationId }, order: { createdAt: 'ASC' } });
  }
}
