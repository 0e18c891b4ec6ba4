import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatKroner } from '@app/platform';
import { DataSource } from 'typeorm';
import { Actor } from '../kernel/actor';
import { Appeal, AppealStatus } from '../appeals/appeal.entity';
import { ChangeKind, ChangeRequest, ChangeRequestStatus } from '../changes/change-request.entity';
import { DecisionOutcome } from '../kernel/decision-reasons';
import { Decision } from '../decisions/decision.entity';
import { formatIsoDate } from '../letters/format';
import { Letter } from '../letters/letter.entity';
import { loadApplication } from '../applications/application-access';

export type CaseEventKind = 'application' | 'decision' | 'letter' | 'appeal' | 'change_request';

export interface CaseEvent {
  at: Date;
  kind: CaseEventKind;
  /** The decision, letter, appeal or change request (the application for its own events). */
  entityId: string;
  /** Machine name, e.g. "decision.notified". */
  event: string;
  /** What happened, in Norwegian. */
  text: string;
}

const OUTCOME_NB: Record<DecisionOutcome, string> = {
  granted: 'innvilget',
  partly_granted: 'delvis innvilget',
  rejected: 'avslått',
  dismissed: 'avvist',
};

const CHANGE_NB: Record<ChangeKind, string> = {
  period: 'forlenget periode',
  budget: 'endret budsjett',
  content: 'endret innhold',
};

/**
 * The case history of an application in order: submission, decisions (and what became of them), letters, appeals
 * and change requests — read from the records themselves, so it shows what the organisation may see and no audit
 * payloads. For the organisation and for staff without a conflict in the case.
 */
@Injectable()
export class CaseHistoryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forApplication(actor: Actor, applicationId: string): Promise<CaseEvent[]> {
    const manager = this.db.manager;
    // loadApplication keeps staff with a conflict out; members read their case as the party.
    const application = await loadApplication(manager, actor, applicationId);
    const [decisions, letters, appeals, changes] = await Promise.all([
      manager.find(Decision, { where: { applicationId } }),
      manager.find(Letter, { where: { applicationId } }),
      manager.find(Appeal, { where: { applicationId } }),
      manager.find(ChangeRequest, { where: { applicationId } }),
    ]);
    const events: CaseEvent[] = [];
    const add = (at: Date | null, kind: CaseEventKind, entityId: string, event: string, text: string) => {
      if (at) events.push({ at, kind, entityId, event, text });
    };
    add(
      application.submittedAt,
      'application',
      application.id,
      'application.submitted',
      'Søknaden ble sendt inn',
    );
    for (const d of decisions) {
      const amount = d.amountOre > 0 ? ` (${formatKroner(d.amountOre)})` : '';
      add(d.decidedAt, 'decision', d.id, 'decision.made', `Vedtak: ${OUTCOME_NB[d.outcome]}${amount}`);
      add(d.notifiedAt, 'decision', d.id, 'decision.notified', 'Vedtaket kom fram til organisasjonen');
      add(d.acceptedAt, 'decision', d.id, 'decision.accepted', 'Vilkårene ble akseptert');
      add(d.lapsedAt, 'decision', d.id, 'decision.lapsed', 'Tilskuddet falt bort');
    }
    for (const l of letters) {
      add(l.createdAt, 'letter', l.id, 'letter.written', `Brev skrevet: ${l.title}`);
      add(l.deliveredAt, 'letter', l.id, 'letter.delivered', `Brev sendt: ${l.title}`);
    }
    for (const a of appeals) {
      add(
        a.lodgedAt,
        'appeal',
        a.id,
        'appeal.lodged',
        a.late ? 'Klage mottatt etter fristen' : 'Klage mottatt',
      );
      if (a.status === AppealStatus.NotConsidered) {
        add(a.updatedAt, 'appeal', a.id, 'appeal.not_considered', 'Klagen ble avvist fordi den kom for sent');
      }
      add(a.forwardedAt, 'appeal', a.id, 'appeal.forwarded', 'Klagen ble sendt til klageinstansen');
      if (a.appealBodyOutcome && a.appealBodyDecidedOn) {
        const outcome = { upheld: 'opprettholdt', changed: 'endret', quashed: 'opphevet' }[
          a.appealBodyOutcome
        ];
        add(
          a.appealBodyRegisteredAt,
          'appeal',
          a.id,
          'appeal.body_outcome',
          `Klageinstansen ${outcome} vedtaket (vedtak av ${formatIsoDate(a.appealBodyDecidedOn)})`,
        );
      }
    }
    for (const c of changes) {
      add(
        c.requestedAt,
        'change_request',
        c.id,
        'change_request.submitted',
        `Endringssøknad: ${CHANGE_NB[c.kind]}`,
      );
      if (c.status === ChangeRequestStatus.Approved) {
        add(c.handledAt, 'change_request', c.id, 'change_request.approved', 'Endringen ble godkjent');
      } else if (c.status === ChangeRequestStatus.Rejected) {
        add(c.handledAt, 'change_request', c.id, 'change_request.rejected', 'Endringssøknaden ble avslått');
      }
    }
    return events.sort((x, y) => x.at.getTime() - y.at.getTime());
  }
}
