import { endOfOsloDayAfter } from '@app/platform';
import { EntityManager } from 'typeorm';
import { Actor } from '../kernel/actor';
import { recordAudit } from '../audit/audit.service';
import { appealDeadlineOnDelivery, later } from '../kernel/deadlines';
import { DecisionOutcome } from '../kernel/decision-reasons';
import { snapshot } from '../kernel/persistence';
import { addToOutbox } from '../outbox/outbox';
import { applyTransition, TransitionEffect, TransitionRecord } from '../outbox/transition';
import { GrantRound } from '../rounds/grant-round.entity';
import { ApplicationStatus } from '../applications/application-status';
import { moveApplication } from '../applications/application-transitions';
import { Application } from '../applications/application.entity';
import { Decision } from './decision.entity';

/** The deadlines the decision letter states: delivery never makes them earlier than that. */
export interface StatedDeadlines {
  appealDeadline: Date | null;
  acceptanceDeadline: Date | null;
}

/**
 * The owner of a decision's row (issue 16, «one owner per state»): every stage that changes a decision it has
 * locked — notification, acceptance, lapse, replacement — calls this, which snapshots, changes, saves and audits it
 * (entity type `decision`) in the caller's transaction.
 */
export function changeDecision(
  manager: EntityManager,
  decision: Decision,
  record: Omit<TransitionRecord<Decision>, 'entityType'>,
  change: (decision: Decision) => void | Promise<void>,
): Promise<Decision> {
  return applyTransition(manager, decision, { ...record, entityType: 'decision' }, change);
}

/** The outbox effect that asks for a decision's letter (rendered once per decision). */
export function decisionLetter(decision: Pick<Decision, 'id'>): TransitionEffect {
  return { topic: 'letter.decision', payload: { decisionId: decision.id }, subjectKey: decision.id };
}

/**
 * A decision made without an approval step (a dismissal at screening): saved, audited as `decision.made` and its
 * letter asked for, in the caller's transaction.
 */
export async function recordNewDecision(
  manager: EntityManager,
  actor: Actor,
  fields: Omit<
    Decision,
    'id' | 'createdAt' | 'application' | 'round' | 'preparedByUser' | 'approvedByUser' | Unset
  >,
): Promise<Decision> {
  const decision = manager.create(Decision, fields);
  await manager.save(decision);
  await recordAudit(manager, {
    actor,
    action: 'decision.made',
    entityType: 'decision',
    entityId: decision.id,
    after: snapshot(decision),
  });
  const letter = decisionLetter(decision);
  await addToOutbox(manager, letter.topic, letter.payload, letter.subjectKey);
  return decision;
}

/** Columns a new decision leaves at their defaults (null until notified, answered or replaced). */
type Unset =
  | 'notifiedAt'
  | 'appealDeadline'
  | 'acceptanceDeadline'
  | 'acceptedAt'
  | 'acceptedBy'
  | 'lapsedAt'
  | 'lapseReason';

/**
 * The decision letter reached the organisation: that is the notification (forvaltningsloven § 27). Locks the
 * decision, fixes its appeal deadline (three weeks, Oslo days) and, for a grant, its acceptance deadline — never
 * earlier than the letter states — audits it (`decision.notified`) and moves the application decided → notified.
 * A second delivery changes nothing: answers the decision when this call recorded the notification, else null.
 */
export async function recordDecisionNotification(
  manager: EntityManager,
  decisionId: string,
  deliveredAt: Date,
  stated: StatedDeadlines,
): Promise<Decision | null> {
  const decision = await manager.findOne(Decision, {
    where: { id: decisionId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!decision || decision.notifiedAt) return null;
  const round = await manager.findOneByOrFail(GrantRound, { id: decision.roundId });
  const grant =
    decision.outcome === DecisionOutcome.Granted || decision.outcome === DecisionOutcome.PartlyGranted;
  await changeDecision(manager, decision, { actor: null, action: 'decision.notified' }, (row) => {
    row.notifiedAt = deliveredAt;
    row.appealDeadline = appealDeadlineOnDelivery(deliveredAt, stated.appealDeadline);
    row.acceptanceDeadline = grant
      ? later(endOfOsloDayAfter(deliveredAt, round.acceptancePeriodDays), stated.acceptanceDeadline)
      : null;
  });
  const application = await manager.findOne(Application, {
    where: { id: decision.applicationId },
    lock: { mode: 'pessimistic_write' },
  });
  if (application?.status === ApplicationStatus.Decided) {
    await moveApplication(manager, application, 'notify', {
      actor: null,
      action: 'application.notified',
      note: { decisionId: decision.id },
    });
  }
  return decision;
}

/**
 * The decision's side of an answer to a grant (awards/acceptance.service.ts): accepted by a signatory, or lapsed
 * (declined, or not accepted in time). Called inside the application's `accept`/`lapse` step, whose audit event
 * (`decision.accepted`, `decision.lapsed`) records the decision before and after, so no second event is written.
 */
export async function recordDecisionAnswer(
  manager: EntityManager,
  decision: Decision,
  answer: { acceptedAt: Date; acceptedBy: string } | { lapsedAt: Date; lapseReason: string },
): Promise<Decision> {
  if (decision.acceptedAt || decision.lapsedAt)
    throw new Error(`decision ${decision.id} is already answered`);
  Object.assign(decision, answer);
  return manager.save(decision);
}

/**
 * A new decision replaces `old` (awards/decision-replacement.service.ts, after an appeal or a change request); the
 * replacement's own audit event (`decision.approved`) names the decision it replaces.
 */
export async function recordSupersession(manager: EntityManager, old: Decision, by: Decision): Promise<void> {
  if (old.supersededBy) throw new Error(`decision ${old.id} is already replaced`);
  old.supersededBy = by.id;
  await manager.update(Decision, { id: old.id }, { supersededBy: by.id });
}
