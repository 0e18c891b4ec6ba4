import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, isStaff } from '../kernel/actor';
import { assertNotDisqualified, caseStanding } from './impartiality';
import { AuditService } from '../audit/audit.service';
import { snapshot } from '../kernel/persistence';
import { findReadable } from './application-access';
import { ConflictDeclaration } from './conflict-declaration.entity';

/** forvaltningsloven §§ 6–10: declare first; a conflict blocks the person from the case, with a clear 403. */
@Injectable()
export class ImpartialityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async declare(
    actor: Actor,
    applicationId: string,
    hasConflict: boolean,
    reason: string | null,
  ): Promise<ConflictDeclaration> {
    if (!isStaff(actor)) throw DomainError.forbidden('Bare Sfk-ansatte erklærer habilitet.');
    if (hasConflict && !reason?.trim()) {
      throw DomainError.rule('reason', 'required', 'Oppgi hva som gjør deg inhabil.');
    }
    return this.db.transaction(async (manager) => {
      // Not loadApplication: a declared conflict keeps the person out of the case, yet they get the rule's answer.
      await findReadable(manager, actor, applicationId);
      const existing = await manager.findOne(ConflictDeclaration, {
        where: { applicationId, userId: actor.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing?.hasConflict && !hasConflict) {
        throw DomainError.invalidState(
          'En erklært inhabilitet kan ikke trekkes tilbake.',
          'conflict_declared',
        );
      }
      if (
        !hasConflict &&
        (await caseStanding(manager, actor.userId, applicationId)).disqualified === 'member'
      ) {
        // forvaltningsloven § 6: membership of the party is a conflict, whatever the member thinks of it.
        throw DomainError.rule(
          'hasConflict',
          'memberOfApplicant',
          'Du er medlem av søkerorganisasjonen og er inhabil i saken (forvaltningsloven § 6). Erklær inhabilitet og oppgi medlemskapet som grunn.',
        );
      }
      const before = existing ? snapshot(existing) : null;
      const declaration =
        existing ?? manager.create(ConflictDeclaration, { applicationId, userId: actor.userId });
      declaration.hasConflict = hasConflict;
      declaration.reason = hasConflict ? reason!.trim() : null;
      await manager.save(declaration);
      await this.audit.record(manager, {
        actor,
        action: hasConflict ? 'impartiality.conflict_declared' : 'impartiality.declared_impartial',
        entityType: 'application',
        entityId: applicationId,
        before,
        after: snapshot(declaration),
      });
      return declaration;
    });
  }

  /**
   * For every step that prepares or decides the case: declared impartial, not disqualified (no declared conflict,
   * not a member of the applicant organisation — see applications/impartiality.ts).
   */
  async assertImpartial(manager: EntityManager, actor: Actor, applicationId: string): Promise<void> {
    const standing = await assertNotDisqualified(manager, actor.userId, applicationId);
    if (standing.declaredConflict === null) {
      throw DomainError.forbidden('Du må erklære om du er habil i saken før du behandler den.');
    }
  }

  /**
   * For staff steps that need no declaration of their own (attestation, extra control) and for what only Sfk
   * reads of a case (the assessment, the screening findings): not disqualified.
   */
  async assertNotConflicted(manager: EntityManager, actor: Actor, applicationId: string): Promise<void> {
    await assertNotDisqualified(manager, actor.userId, applicationId);
  }
}

/**
 * SQL for "the user declared a conflict in this application" (the application detail's hot path, where members
 * read as the party anyway). Lists of cases for staff use `disqualifiedSql`, which adds membership.
 */
export function declaredConflictSql(applicationColumn: string, userParam: string): string {
  return `EXISTS (SELECT 1 FROM conflict_declarations cd
                   WHERE cd.application_id = ${applicationColumn} AND cd.user_id = ${userParam} AND cd.has_conflict)`;
}
