/** The data of one case page: its queries and small helpers shared by the page and its sections. */
import { useQuery } from '@tanstack/react-query';
import type { Schemas } from '../../api/client';
import { caseQueries, hasPaymentPlan } from '../../api/queries';
import { useLanguage } from '../../i18n';

type Decision = Schemas['DecisionResponse'];

export { caseKey } from '../../api/queries';

export function useCase(id: string, enabled: boolean) {
  const { language } = useLanguage();
  const queries = caseQueries(id, language);
  const application = useQuery({ ...queries.application, enabled });
  const decisions = useQuery({ ...queries.decisions, enabled });
  const letters = useQuery({ ...queries.letters, enabled });
  const history = useQuery({ ...queries.history, enabled });
  const organisationId = application.data?.organisation.id;
  const members = useQuery({ ...queries.members(organisationId), enabled: enabled && !!organisationId });
  const disbursements = useQuery({
    ...queries.disbursements,
    enabled: enabled && hasPaymentPlan(application.data?.status),
  });
  return { application, decisions, letters, history, members, disbursements };
}

/** "Kari og Ola", "Kari, Ola og Per". */
export function joinNames(names: string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

export const isGrant = (d: Decision) => d.outcome === 'granted' || d.outcome === 'partly_granted';
