import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, FieldError, Page, PageRequest } from '@app/platform';
import { DataSource } from 'typeorm';
import { changeScheme } from './scheme-transitions';
import { Actor } from '../kernel/actor';
import { AuditService } from '../audit/audit.service';
import { isUniqueViolation, isUuid, lockVersioned, snapshot } from '../kernel/persistence';
import { paymentPlanErrors } from '../kernel/payment-plan';
import { RunningRounds } from './running-rounds.port';
import { GrantScheme } from './grant-scheme.entity';

export type SchemeInput = Omit<GrantScheme, 'id' | 'version' | 'createdAt' | 'updatedAt'>;
export type SchemeChanges = Partial<Omit<SchemeInput, 'code'>>;

/** Fields assessments and applications depend on: frozen while a round of the scheme is running. */
const STRUCTURAL_FIELDS = [
  'measureCategories',
  'assessmentCriteria',
  'scoreScaleMin',
  'scoreScaleMax',
] as const;

@Injectable()
export class SchemesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly runningRounds: RunningRounds,
  ) {}

  async create(input: SchemeInput, actor: Actor): Promise<GrantScheme> {
    checkScheme(input);
    try {
      return await this.db.transaction(async (manager) => {
        const scheme = manager.create(GrantScheme, input);
        await manager.save(scheme);
        await this.audit.record(manager, {
          actor,
          action: 'scheme.created',
          entityType: 'grant_scheme',
          entityId: scheme.id,
          after: snapshot(scheme),
        });
        return scheme;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_grant_schemes_code')) {
        throw DomainError.duplicate('code', 'Det finnes allerede en tilskuddsordning med denne koden.');
      }
      throw tilskuddNoIdConflict(error);
    }
  }

  async update(id: string, version: number, changes: SchemeChanges, actor: Actor): Promise<GrantScheme> {
    if (!isUuid(id)) throw DomainError.notFound('Tilskuddsordningen');
    return this.db
      .transaction(async (manager) => {
        const scheme = await lockVersioned(manager, GrantScheme, id, version, 'Tilskuddsordningen');
        const touchesStructure = STRUCTURAL_FIELDS.filter((field) => changes[field] !== undefined);
        if (touchesStructure.length > 0) {
          if ((await this.runningRounds.count(manager, id)) > 0) {
            throw DomainError.rule(
              touchesStructure[0],
              'frozenWhileRoundRuns',
              'Innsatsområder, vurderingskriterier og karakterskala kan ikke endres mens en utlysning i ordningen er åpen eller under behandling.',
            );
          }
        }
        return changeScheme(manager, scheme, { actor, action: 'scheme.updated' }, (row) => {
          Object.assign(row, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
          checkScheme(row);
        });
      })
      .catch((error: unknown) => {
        throw tilskuddNoIdConflict(error);
      });
  }

  async get(id: string): Promise<GrantScheme> {
    const scheme = isUuid(id) ? await this.db.getRepository(GrantScheme).findOneBy({ id }) : null;
    if (!scheme) throw DomainError.notFound('Tilskuddsordningen');
    return scheme;
  }

  async list(page: PageRequest): Promise<Page<GrantScheme>> {
    const [items, total] = await this.db
      .getRepository(GrantScheme)
      .findAndCount({ order: { code: 'ASC' }, take: page.limit, skip: page.offset });
    return { items, total, ...page };
  }
}

/** Two schemes cannot carry the same tilskudd.no identifier (a unique key); other errors pass through. */
function tilskuddNoIdConflict(error: unknown): unknown {
  return isUniqueViolation(error, 'uq_grant_schemes_tilskudd_no_id')
    ? DomainError.duplicate('tilskuddNoId', 'En annen tilskuddsordning har allerede denne tilskudd.no-ID-en.')
    : error;
}

/** Rules a scheme must satisfy as a whole; each broken one names its field. */
export function checkScheme(scheme: SchemeInput): void {
  const errors: FieldError[] = [];
  const weightSum = scheme.assessmentCriteria.reduce((sum, c) => sum + c.weight, 0);
  if (weightSum !== 100) {
    errors.push({
      field: 'assessmentCriteria',
      rule: 'weightsSumTo100',
      message: `Vektene for vurderingskriteriene må til sammen være 100 (er ${weightSum}).`,
    });
  }
  for (const [field, list] of [
    ['measureCategories', scheme.measureCategories],
    ['assessmentCriteria', scheme.assessmentCriteria],
    ['reportIndicators', scheme.reportIndicators],
  ] as const) {
    const codes = list.map((item) => item.code);
    const duplicate = codes.find((code, i) => codes.indexOf(code) !== i);
    if (duplicate)
      errors.push({ field, rule: 'uniqueCodes', message: `Koden «${duplicate}» er brukt mer enn én gang.` });
  }
  if (scheme.scoreScaleMin >= scheme.scoreScaleMax) {
    errors.push({
      field: 'scoreScaleMax',
      rule: 'greaterThanMin',
      message: 'Øverste karakter må være høyere enn laveste.',
    });
  }
  errors.push(...paymentPlanErrors(scheme.paymentPlan));
  if (errors.length > 0) throw DomainError.rules(errors);
}
