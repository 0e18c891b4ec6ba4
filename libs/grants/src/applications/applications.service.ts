import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, DomainError, FieldError, Page, PageRequest, ReadBatcher } from '@app/platform';
import { DataSource } from 'typeorm';
import { Actor, isMemberOf } from '../kernel/actor';
import { AuditService } from '../audit/audit.service';
import { declaredConflictSql, ImpartialityService } from './impartiality.service';
import { hydrate, isUuid, preparedQuery, snapshot } from '../kernel/persistence';
import { Organisation } from '../organisations/organisation.entity';
import { GrantRound } from '../rounds/grant-round.entity';
import { GrantScheme } from '../schemes/grant-scheme.entity';
import { assertCanRead, lockApplicationForWrite } from './application-access';
import {
  COUNT_CAP,
  ApplicationFilter,
  ApplicationListItem,
  ListRequest,
  ListRow,
  listStatement,
  runListStatement,
  statementName,
} from './application-list.query';
import {
  amountCeilingErrors,
  roundClosedError,
  schemeChoiceErrors,
  submissionErrors,
  textLimitErrors,
} from './application-rules';
import { applicationTransition, ApplicationStatus } from './application-status';
import { moveApplication } from './application-transitions';
import { Application } from './application.entity';
import { ApplicationAttachment } from './attachment.entity';

/** The fields an organisation writes; every one optional in a draft. */
export type ApplicationContent = Partial<
  Pick<
    Application,
    | 'title'
    | 'measureCategory'
    | 'grantType'
    | 'summary'
    | 'goals'
    | 'targetGroup'
    | 'area'
    | 'plan'
    | 'partners'
    | 'periodStart'
    | 'periodEnd'
    | 'expectedResults'
    | 'budgetLines'
    | 'otherFunding'
    | 'requestedAmountOre'
    | 'contactPerson'
    | 'signatory'
  >
>;

export interface ApplicationDetail {
  application: Application;
  organisation: Pick<Organisation, 'id' | 'name' | 'organisationNumber'>;
  /** The fields a detail shows; the scheme in full only for drafts (their completeness check needs it). */
  round: GrantRound & { scheme: GrantScheme };
  attachments: ApplicationAttachment[];
  /** What still stops a draft from being submitted (empty once submitted). */
  submissionProblems: ReturnType<typeof submissionErrors>;
  /** Who made the change that gave the application its current version; null when the system made it. */
  lastChangedBy: { id: string; name: string } | null;
  /** The user who declared at submission (`declaredBy`); null when the application has no declaration. */
  declaredBy: { id: string; name: string } | null;
}

/** One row of DETAIL_SQL: the pair it answers, then each table as JSON. */
interface DetailRow {
  wanted_id: string;
  wanted_user: string;
  application: Record<string, unknown>;
  organisation: Pick<Organisation, 'id' | 'name' | 'organisationNumber'>;
  /** Only the fields a detail shows (id, scheme_id, year, title, application_deadline, status). */
  round: Record<string, unknown>;
  /** id and code. */
  scheme: Record<string, unknown>;
  attachments: Record<string, unknown>[];
  /** The user in `last_changed_by` (id and name); null for the system. */
  last_changed_by: { id: string; name: string } | null;
  /** The user in `declared_by` (id and name); null without a declaration. */
  declared_by: { id: string; name: string } | null;
  conflicted: boolean;
}

/**
 * The details of several (application, reader) pairs in one statement (see ReadBatcher). json rather than jsonb:
 * the rows only travel to this process, and building jsonb (sorted, de-duplicated keys) cost PostgreSQL more.
 */
const DETAIL_SQL = `
  SELECT w.application_id AS wanted_id, w.user_id AS wanted_user,
         row_to_json(a) AS application,
         json_build_object('id', o.id, 'name', o.name, 'organisationNumber', o.organisation_number) AS organisation,
         json_build_object('id', r.id, 'scheme_id', r.scheme_id, 'year', r.year, 'title', r.title,
                           'application_deadline', r.application_deadline, 'status', r.status) AS round,
         json_build_object('id', s.id, 'code', s.code) AS scheme,
         COALESCE((SELECT json_agg(json_build_object(
                            'id', f.id, 'application_id', f.application_id, 'kind', f.kind, 'file_name', f.file_name,
                            'content_type', f.content_type, 'size_bytes', f.size_bytes, 'sha256', f.sha256,
                            'exempt_from_public', f.exempt_from_public, 'exemption_basis', f.exemption_basis,
                            'warnings', f.warnings, 'uploaded_by', f.uploaded_by, 'uploaded_at', f.uploaded_at) ORDER BY f.uploaded_at)
                     FROM application_attachments f WHERE f.application_id = a.id), '[]') AS attachments,
         (SELECT json_build_object('id', u.id, 'name', u.name) FROM users u WHERE u.id = a.last_changed_by) AS last_changed_by,
         (SELECT json_build_object('id', u.id, 'name', u.name) FROM users u WHERE u.id = a.declared_by) AS declared_by,
         ${declaredConflictSql('a.id', 'w.user_id')} AS conflicted
    FROM unnest($1::uuid[], $2::uuid[]) AS w(application_id, user_id)
    JOIN applications a ON a.id = w.application_id
    JOIN organisations o ON o.id = a.organisation_id
    JOIN grant_rounds r ON r.id = a.round_id
    JOIN grant_schemes s ON s.id = r.scheme_id`;

interface DetailKey {
  applicationId: string;
  userId: string;
}

const detailKey = (key: DetailKey): string => `${key.applicationId}/${key.userId}`;

/**
 * Lists per statement at most. A list costs PostgreSQL far more than a detail, and one statement runs on one
 * backend: small batches keep the backends working in parallel (with 10, 2 700–2 900 lists/s; with 100, 2 340–2 360).
 */
const LIST_BATCH_SIZE = 10;

@Injectable()
export class ApplicationsService {
  /** Details asked for in the same turn of the event loop are read with one statement. */
  private readonly details = new ReadBatcher<DetailKey, DetailRow>(async (keys) => {
    const rows = await preparedQuery<DetailRow>(this.db, 'application_details', DETAIL_SQL, [
      keys.map((k) => k.applicationId),
      keys.map((k) => k.userId),
    ]);
    return new Map(
      rows.map((row) => [detailKey({ applicationId: row.wanted_id, userId: row.wanted_user }), row]),
    );
  }, detailKey);

  /** List batchers by statement text (see listBatcher), and the keys that tell a batch's requests apart. */
  private readonly listBatchers = new Map<string, ReadBatcher<ListRequest, ListRow[]>>();
  private listKeys = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly impartiality: ImpartialityService,
  ) {}

  /** A member starts a draft for a published round that is open now. */
  async create(
    actor: Actor,
    roundId: string,
    organisationId: string,
    content: ApplicationContent,
  ): Promise<Application> {
    if (!isUuid(organisationId) || !isMemberOf(actor, organisationId))
      throw DomainError.notFound('Organisasjonen');
    return this.db.transaction(async (manager) => {
      const round = isUuid(roundId)
        ? await manager.findOne(GrantRound, { where: { id: roundId }, relations: { scheme: true } })
        : null;
      const closed = roundClosedError(round, this.clock.now());
      if (closed) throw DomainError.rules([closed]);
      const scheme = round!.scheme!;
      content = normaliseContent(content);
      const errors = [
        ...textLimitErrors(content, scheme.textLimits),
        ...schemeChoiceErrors(content, scheme),
        ...amountCeilingErrors(content),
      ];
      if (errors.length) throw DomainError.rules(errors);
      const application = manager.create(Application, {
        ...content,
        roundId,
        organisationId,
        status: ApplicationStatus.Draft,
        createdBy: actor.userId,
        lastChangedBy: actor.userId,
      });
      await manager.save(application);
      await this.audit.record(manager, {
        actor,
        action: 'application.created',
        entityType: 'application',
        entityId: application.id,
        after: snapshot(application),
      });
      return application;
    });
  }

  /** Saves a draft over several sittings; a stale version answers 409 and overwrites nothing. */
  async update(actor: Actor, id: string, version: number, changes: ApplicationContent): Promise<Application> {
    return this.db.transaction(async (manager) => {
      const application = await lockApplicationForWrite(manager, actor, id, version);
      // A step the status does not allow is refused (409) before the content is checked.
      applicationTransition(application.status, 'edit');
      const scheme = await manager
        .createQueryBuilder(GrantScheme, 's')
        .innerJoin(GrantRound, 'r', 'r.scheme_id = s.id')
        .where('r.id = :roundId', { roundId: application.roundId })
        .getOneOrFail();
      const given = normaliseContent(changes);
      const errors = [
        ...textLimitErrors(given, scheme.textLimits),
        ...schemeChoiceErrors({ ...application, ...given }, scheme),
        ...amountCeilingErrors(given),
      ];
      if (errors.length) throw DomainError.rules(errors);
      return moveApplication(
        manager,
        application,
        'edit',
        { actor, action: 'application.updated' },
        (row) => {
          Object.assign(row, given);
        },
      );
    });
  }

  /**
   * The rules `create` (given a round) or `update` (given a draft) would check on this content, without saving or
   * locking: the API adds them to a request's validation errors so that one answer lists everything wrong.
   * Access is checked as for reading; what the actor may not see gives no errors.
   */
  async draftRuleErrors(
    actor: Actor,
    target: { roundId: string } | { applicationId: string },
    content: ApplicationContent,
  ): Promise<FieldError[]> {
    const given = normaliseContent(content);
    if ('roundId' in target) {
      const round = isUuid(target.roundId)
        ? await this.db.manager.findOne(GrantRound, {
            where: { id: target.roundId },
            relations: { scheme: true },
          })
        : null;
      const closed = roundClosedError(round, this.clock.now());
      if (closed) return [closed];
      return [
        ...textLimitErrors(given, round!.scheme!.textLimits),
        ...schemeChoiceErrors(given, round!.scheme!),
      ];
    }
    const { application, round } = await this.get(actor, target.applicationId);
    if (application.status !== ApplicationStatus.Draft) return [];
    return [
      ...textLimitErrors(given, round.scheme.textLimits),
      ...schemeChoiceErrors({ ...application, ...given }, round.scheme),
    ];
  }

  /** One query: the application with its organisation, round, scheme and attachment list. */
  async get(actor: Actor, id: string): Promise<ApplicationDetail> {
    if (!isUuid(id)) throw DomainError.notFound('Søknaden');
    // One statement for all details asked for at once, and no ORM join hydration: this is the most read
    // endpoint (bench/RESULTS.md).
    const row = await this.details.load({ applicationId: id, userId: actor.userId });
    if (!row) throw DomainError.notFound('Søknaden');
    const manager = this.db.manager;
    const application = hydrate(manager, Application, row.application);
    assertCanRead(actor, application);
    if (row.conflicted && !isMemberOf(actor, application.organisationId)) {
      await this.impartiality.assertNotConflicted(manager, actor, application.id);
    }
    // The round and scheme fields a detail shows; a draft's completeness check needs the whole scheme.
    const round = hydrate(manager, GrantRound, row.round) as GrantRound & { scheme: GrantScheme };
    const attachments = row.attachments.map((f) => hydrate(manager, ApplicationAttachment, f));
    let submissionProblems: ApplicationDetail['submissionProblems'] = [];
    if (application.status === ApplicationStatus.Draft) {
      round.scheme = await manager.findOneByOrFail(GrantScheme, { id: round.schemeId });
      submissionProblems = submissionErrors(
        application,
        round.scheme,
        attachments.map((a) => a.kind),
      );
    } else {
      round.scheme = hydrate(manager, GrantScheme, row.scheme);
    }
    return {
      application,
      organisation: row.organisation,
      round,
      attachments,
      submissionProblems,
      lastChangedBy: row.last_changed_by,
      declaredBy: row.declared_by,
    };
  }

  /**
   * Members see their organisations' applications; caseworkers, approvers and finance see all, the cases they
   * declared a conflict in restricted (see listStatement).
   */
  async list(actor: Actor, filter: ApplicationFilter, page: PageRequest): Promise<Page<ApplicationListItem>> {
    // Counting stops a little past the page window: an exact total over tens of thousands of rows would cost
    // more than the page itself on every request. Past the cap the total is a lower bound (totalIsExact false).
    const cap = Math.max(COUNT_CAP, page.offset + page.limit + 1);
    const { text, values } = listStatement(actor, filter, page, cap);
    const rows =
      page.offset === 0
        ? ((await this.listBatcher(text).load({ key: this.nextListKey(), values })) ?? [])
        : // A deeper page runs alone as an unnamed statement (planned each time), so paging leaves no prepared
          // statement per offset on every connection.
          ((await runListStatement(this.db, null, text, [{ key: 0, values }])).get(0) ?? []);
    const items: ApplicationListItem[] = [];
    for (const r of rows) {
      if (r.id === null) continue; // the one row of an empty page
      items.push({
        id: r.id,
        referenceNumber: r.referenceNumber,
        title: r.title,
        status: r.status,
        roundId: r.roundId,
        organisationId: r.organisationId,
        organisationName: r.organisationName,
        measureCategory: r.measureCategory,
        grantType: r.grantType,
        requestedAmountOre: r.requestedAmountOre === null ? null : Number(r.requestedAmountOre),
        submittedAt: r.submittedAt,
        updatedAt: r.updatedAt,
        restricted: r.restricted === true,
      });
    }
    // The count lateral gives every request at least one row.
    if (rows.length === 0) throw new Error('list statement returned no row for a request');
    const total = rows[0].total;
    return { items, total, totalIsExact: total < cap, ...page };
  }

  /** Keys only tell the requests of one batch apart (an int in SQL). */
  private nextListKey(): number {
    this.listKeys = (this.listKeys + 1) % 1_000_000_000;
    return this.listKeys;
  }

  /**
   * First pages of the same shape (filters given, sort, page size) asked for in one turn run as one prepared
   * statement; every request keeps its own key, so each still gets its own count and page.
   */
  private listBatcher(text: string): ReadBatcher<ListRequest, ListRow[]> {
    let batcher = this.listBatchers.get(text);
    if (!batcher) {
      if (this.listBatchers.size >= 1000) this.listBatchers.clear();
      const name = statementName('app_list', text);
      batcher = new ReadBatcher<ListRequest, ListRow[]>(
        async (requests) => {
          const byKey = await runListStatement(this.db, name, text, requests);
          return new Map([...byKey].map(([key, rows]) => [String(key), rows]));
        },
        (request) => String(request.key),
        LIST_BATCH_SIZE,
      );
      this.listBatchers.set(text, batcher);
    }
    return batcher;
  }
}

/** Drops fields not given; a null list means an empty list (the lists are never null). */
function normaliseContent(content: ApplicationContent): ApplicationContent {
  const given = Object.fromEntries(
    Object.entries(content).filter(([, v]) => v !== undefined),
  ) as ApplicationContent;
  for (const list of ['partners', 'budgetLines', 'otherFunding'] as const) {
    if (given[list] === null) given[list] = [];
  }
  return given;
}
