import { GrantRound, GrantScheme, RoundStatus } from '@app/grants';
import { formatOsloIso, formatOsloNorwegian, isWithinDeadline } from '@app/platform';
import { mapPublicScheme } from '../schemes/scheme.mapper';
import { PublicRoundResponse, RoundDeadline, RoundResponse } from './rounds.dto';
import { pick } from '../common/mapping';

function deadline(instant: Date): RoundDeadline {
  return { at: instant.toISOString(), local: formatOsloIso(instant), text: formatOsloNorwegian(instant) };
}

function isOpen(round: GrantRound, now: Date): boolean {
  return (
    round.status === RoundStatus.Published &&
    round.opensAt <= now &&
    isWithinDeadline(now, round.applicationDeadline)
  );
}

export function mapRound(round: GrantRound & { scheme?: GrantScheme }, now: Date): RoundResponse {
  return {
    id: round.id,
    schemeId: round.schemeId,
    schemeCode: round.scheme?.code ?? '',
    ...pick(round, 'year', 'title', 'budgetFrameOre'),
    opensAt: deadline(round.opensAt),
    applicationDeadline: deadline(round.applicationDeadline),
    reportDeadline: deadline(round.reportDeadline),
    ...pick(round, 'acceptancePeriodDays', 'budgetReservation', 'budgetChapter', 'budgetPost', 'status'),
    openForApplications: isOpen(round, now),
    publishedAt: round.publishedAt?.toISOString() ?? null,
    shortNoticeReason: round.shortNoticeReason,
    closedAt: round.closedAt?.toISOString() ?? null,
    version: round.version,
  };
}

export function mapPublicRound(round: GrantRound & { scheme: GrantScheme }, now: Date): PublicRoundResponse {
  return {
    ...pick(round, 'id', 'year', 'title', 'budgetFrameOre'),
    opensAt: deadline(round.opensAt),
    applicationDeadline: deadline(round.applicationDeadline),
    reportDeadline: deadline(round.reportDeadline),
    budgetReservation: round.budgetReservation,
    openForApplications: isOpen(round, now),
    scheme: mapPublicScheme(round.scheme),
  };
}
