import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, isStaff } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { snapshot } from '../common/persistence';
import { loadApplication } from '../applications/application-access';
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
      await loadApplication(manager, actor, applicationId);
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

  /** For every step that prepares or decides the case: declared, and without conflict. */
  async assertImpartial(manager: EntityManager, actor: Actor, applicationId: string): Promise<void> {
    const declaration = await manager.findOneBy(ConflictDeclaration, { applicationId, userId: actor.userId });
    if (!declaration) {
      throw DomainError.forbidden('Du må erklære om du er habil i saken før du behandler den.');
    }
    if (declaration.hasConflict) throw conflictError();
  }

  /** For reading the case: a conflicted person is kept out of it entirely. */
  async assertNotConflicted(manager: EntityManager, actor: Actor, applicationId: string): Promise<void> {
    const conflicted = await manager.exists(ConflictDeclaration, {
      where: { applicationId, userId: actor.userId, hasConflict: true },
    });
    if (conflicted) throw conflictError();
  }
}

function conflictError(): DomainError {
  return DomainError.forbidden('Du har erklært deg inhabil i denne saken og kan ikke se eller behandle den.');
}

/**
 * SQL for "the user declared a conflict in this application", for hand-written queries that must leave such cases
 * out of a staff member's sight. The arguments are SQL: a column (e.g. `a.id`) and a placeholder (e.g. `$2`).
 */
export function declaredConflictSql(applicationColumn: string, userParam: string): string {
  return `EXISTS (SELECT 1 FROM conflict_declarations cd
                   WHERE cd.application_id = ${applicationColumn} AND cd.user_id = ${userParam} AND cd.has_conflict)`;
}
