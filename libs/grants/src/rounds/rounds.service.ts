import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppConfig,
  Clock,
  DomainError,
  DomainErrorCode,
  FieldError,
  formatKroner,
  isPastDeadline,
  isWithinDeadline,
  osloDate,
  Page,
  PageRequest,
} from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { changeRound, moveRound } from './round-transitions';
import { Actor } from '../kernel/actor';
import { AuditService } from '../audit/audit.service';
import { isUniqueViolation, isUuid, lockVersioned, snapshot } from '../kernel/persistence';
import { CommittedFunds } from './committed-funds.port';
import { GrantScheme } from '../schemes/grant-scheme.entity';
import { GrantRound } from './grant-round.entity';
import {
  DEFAULT_ACCEPTANCE_PERIOD_DAYS,
  defaultApplicationDeadline,
  defaultReportDeadline,
} from './round-defaults';
import { RoundEvent, RoundStatus } from './round-status';

export interface NewRound {
  schemeId: string;
  year: number;
  title?: string;
  budgetFrameOre: number;
  opensAt: Date;
  applicationDeadline?: Date;
  reportDeadline?: Date;
  acceptancePeriodDays?: number;
  budgetReservation?: boolean;
  budgetChapter?: string;
  budgetPost?: string;
}

export type RoundChanges = Partial<Omit<NewRound, 'schemeId' | 'year'>>;

export interface RoundFilter {
  schemeId?: string;
  status?: RoundStatus;
  year?: number;
}

/** What may still change once a round is published: nothing that moves the goalposts for applicants. */
const CHANGEABLE_WHEN_PUBLISHED: (keyof RoundChanges)[] = [
  'title',
  'budgetFrameOre',
  'reportDeadline',
  'acceptancePeriodDays',
  'budgetReservation',
  'applicationDeadline', // extension only, checked below
];

@Injectable()
export class RoundsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly committedFunds: CommittedFunds,
  ) {}

  async create(input: NewRound, actor: Actor): Promise<GrantRound> {
    const scheme = isUuid(input.schemeId)
      ? await this.db.getRepository(GrantScheme).findOneBy({ id: input.schemeId })
      : null;
    if (!scheme) throw DomainError.rule('schemeId', 'exists', 'Tilskuddsordningen finnes ikke.');
    const round: Omit<GrantRound, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'scheme'> = {
      schemeId: scheme.id,
      year: input.year,
      title: input.title ?? `${scheme.name} ${input.year}`,
      budgetFrameOre: input.budgetFrameOre,
      opensAt: input.opensAt,
      applicationDeadline: input.applicationDeadline ?? defaultApplicationDeadline(input.year),
      reportDeadline: input.reportDeadline ?? defaultReportDeadline(input.year),
      acceptancePeriodDays: input.acceptancePeriodDays ?? DEFAULT_ACCEPTANCE_PERIOD_DAYS,
      budgetReservation: input.budgetReservation ?? false,
      budgetChapter: input.budgetChapter ?? scheme.budgetChapter,
      budgetPost: input.budgetPost ?? scheme.budgetPost,
      status: RoundStatus.Draft,
      publishedAt: null,
      shortNoticeReason: null,
      closedAt: null,
      decidedAt: null,
    };
    checkDates(round);
    try {
      return await this.db.transaction(async (manager) => {
        const entity = manager.create(GrantRound, round);
        await manager.save(entity);
        await this.audit.record(manager, {
          actor,
          action: 'round.created',
          entityType: 'grant_round',
          entityId: entity.id,
          after: snapshot(entity),
        });
        return entity;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_grant_rounds_scheme_year')) {
        throw DomainError.duplicate('year', `Ordningen har allerede en utlysning for ${input.year}.`);
      }
      throw error;
    }
  }

  async update(id: string, version: number, changes: RoundChanges, actor: Actor): Promise<GrantRound> {
    return this.db.transaction(async (manager) => {
      const round = await lockVersioned(manager, GrantRound, this.requireId(id), version, 'Utlysningen');
      const given = (Object.keys(changes) as (keyof RoundChanges)[]).filter((k) => changes[k] !== undefined);
      if (round.status !== RoundStatus.Draft) {
        if (round.status !== RoundStatus.Published) {
          throw DomainError.invalidState(
            `Utlysningen kan ikke endres når den har status «${round.status}».`,
            round.status,
          );
        }
        const locked = given.filter((field) => !CHANGEABLE_WHEN_PUBLISHED.includes(field));
        if (locked.length > 0) {
          throw DomainError.rules(
            locked.map((field) => ({
              field,
              rule: 'lockedWhenPublished',
              message: 'Feltet kan ikke endres etter at utlysningen er publisert.',
            })),
          );
        }
        if (changes.applicationDeadline && changes.applicationDeadline < round.applicationDeadline) {
          throw DomainError.rule(
            'applicationDeadline',
            'extendOnly',
            'Søknadsfristen i en publisert utlysning kan bare forlenges, ikke framskyndes.',
          );
        }
      }
      if (changes.budgetFrameOre !== undefined && changes.budgetFrameOre < round.budgetFrameOre) {
        // Under the round's row lock, the lock every approval takes: no grant can slip in between.
        const granted = await this.committedFunds.inRound(manager, round.id);
        assertFrameHoldsGranted(changes.budgetFrameOre, granted, round);
      }
      return changeRound(manager, round, { actor, action: 'round.updated' }, (row) => {
        for (const field of given) Object.assign(row, { [field]: changes[field] });
        checkDates(row);
      });
    });
  }

  /**
   * draft → published. The call must be public for the configured notice before its deadline (docs/domain.md §2: six
   * weeks, counted in Oslo calendar days); a shorter notice needs a reason, which is stored with the round and in
   * the audit event.
   */
  async publish(
    id: string,
    version: number,
    actor: Actor,
    shortNoticeReason?: string | null,
  ): Promise<GrantRound> {
    const reason = shortNoticeReason?.trim() || null;
    return this.transition(id, version, 'publish', actor, (round, now) => {
      if (isPastDeadline(now, round.applicationDeadline)) {
        throw DomainError.rule(
          'applicationDeadline',
          'inFuture',
          'Søknadsfristen har allerede gått ut; utlysningen kan ikke publiseres.',
        );
      }
      const minimum = this.config.rounds.minimumNoticeDays;
      const notice = noticeDays(now, round.applicationDeadline);
      if (notice < minimum && !reason) {
        throw DomainError.rule(
          'shortNoticeReason',
          'minimumNotice',
          `Søknadsfristen er bare ${notice} dager etter publiseringen; en utlysning skal publiseres minst ` +
            `${minimum} dager før fristen. Oppgi en begrunnelse for den korte fristen.`,
        );
      }
      round.shortNoticeReason = notice < minimum ? reason : null;
      round.publishedAt = now;
    });
  }

  async close(id: string, version: number, actor: Actor): Promise<GrantRound> {
    return this.transition(id, version, 'close', actor, (round, now) => {
      // Closing before the deadline would shut out applicants who rely on the published deadline.
      if (isWithinDeadline(now, round.applicationDeadline)) {
        throw DomainError.invalidState(
          'Utlysningen kan ikke stenges før søknadsfristen har gått ut.',
          round.status,
        );
      }
      round.closedAt = now;
    });
  }

  /**
   * closed → decided, when every submitted application has a decision: from then on the award list is public.
   * Approvers (budget authority) or admins mark it.
   */
  async decide(id: string, version: number, actor: Actor): Promise<GrantRound> {
    return this.transition(id, version, 'decide', actor, async (round, now, manager) => {
      const [{ open }] = await manager.query<{ open: number }[]>(
        `SELECT count(*)::int AS open FROM applications
          WHERE round_id = $1 AND status IN ('submitted', 'in_assessment', 'assessed')`,
        [round.id],
      );
      if (open > 0) {
        throw DomainError.invalidState(
          `${open} søknad${open === 1 ? '' : 'er'} i utlysningen mangler vedtak; utlysningen kan ikke markeres som avgjort ennå.`,
          round.status,
        );
      }
      round.decidedAt = now;
    });
  }

  private async transition(
    id: string,
    version: number,
    event: RoundEvent,
    actor: Actor,
    guard: (round: GrantRound, now: Date, manager: EntityManager) => void | Promise<void>,
  ): Promise<GrantRound> {
    return this.db.transaction(async (manager) => {
      const round = await lockVersioned(manager, GrantRound, this.requireId(id), version, 'Utlysningen');
      const now = this.clock.now();
      return moveRound(manager, round, event, { actor, action: `round.${event}` }, (row) =>
        guard(row, now, manager),
      );
    });
  }

  async get(id: string): Promise<GrantRound & { scheme: GrantScheme }> {
    const round = isUuid(id)
      ? await this.db.getRepository(GrantRound).findOne({ where: { id }, relations: { scheme: true } })
      : null;
    if (!round) throw DomainError.notFound('Utlysningen');
    return round as GrantRound & { scheme: GrantScheme };
  }

  async list(filter: RoundFilter, page: PageRequest): Promise<Page<GrantRound>> {
    const qb = this.db.getRepository(GrantRound).createQueryBuilder('r').leftJoinAndSelect('r.scheme', 's');
    if (filter.schemeId) qb.andWhere('r.scheme_id = :schemeId', { schemeId: filter.schemeId });
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
    if (filter.year) qb.andWhere('r.year = :year', { year: filter.year });
    const [items, total] = await qb
      .orderBy('r.year', 'DESC')
      .addOrderBy('s.code', 'ASC')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
    return { items, total, ...page };
  }

  /** Published calls, for anyone without logging in. */
  async listPublished(page: PageRequest): Promise<Page<GrantRound & { scheme: GrantScheme }>> {
    const result = await this.list({ status: RoundStatus.Published }, page);
    return result as Page<GrantRound & { scheme: GrantScheme }>;
  }

  async getPublished(id: string): Promise<GrantRound & { scheme: GrantScheme }> {
    const round = await this.get(id);
    if (round.status !== RoundStatus.Published) throw DomainError.notFound('Utlysningen');
    return round;
  }

  private requireId(id: string): string {
    if (!isUuid(id)) throw DomainError.notFound('Utlysningen');
    return id;
  }
}

/** Whole Oslo calendar days from publication to the deadline's day (a clock change does not shorten a day). */
export function noticeDays(publishedAt: Date, deadline: Date): number {
  const day = (instant: Date) => Date.parse(`${osloDate(instant)}T00:00:00Z`);
  return Math.round((day(deadline) - day(publishedAt)) / 86_400_000);
}

/** A frame is never lowered below what decisions in force have granted from it: no round shows a negative remainder. */
function assertFrameHoldsGranted(frameOre: number, grantedOre: number, round: GrantRound): void {
  if (frameOre >= grantedOre) return;
  const message =
    `Rammen kan ikke settes til ${formatKroner(frameOre)}: det er allerede innvilget ${formatKroner(grantedOre)} ` +
    `i utlysningen. Rammen må være minst det innvilgede beløpet.`;
  throw new DomainError(DomainErrorCode.InvalidState, message, {
    currentState: round.status,
    errors: [{ field: 'budgetFrameOre', rule: 'notBelowGranted', message }],
  });
}

function checkDates(round: Pick<GrantRound, 'opensAt' | 'applicationDeadline' | 'reportDeadline'>): void {
  const errors: FieldError[] = [];
  if (round.opensAt >= round.applicationDeadline) {
    errors.push({
      field: 'applicationDeadline',
      rule: 'afterOpensAt',
      message: 'Søknadsfristen må være etter åpningstidspunktet.',
    });
  }
  if (round.applicationDeadline >= round.reportDeadline) {
    errors.push({
      field: 'reportDeadline',
      rule: 'afterApplicationDeadline',
      message: 'Rapporteringsfristen må være etter søknadsfristen.',
    });
  }
  if (errors.length > 0) throw DomainError.rules(errors);
}
