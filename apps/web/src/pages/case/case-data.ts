/** The data of one case page: its queries and small helpers shared by the page and its sections. */
import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { ok } from '../../api/problems';
import { useLanguage } from '../../i18n';

type Decision = Schemas['DecisionResponse'];

/** Every query of one case shares this key prefix: an answer refreshes them all. */
export const caseKey = (id: string) => ['case', id] as const;

export function useCase(id: string, enabled: boolean) {
  const { language } = useLanguage();
  const application = useQuery({
    queryKey: [...caseKey(id), 'application'],
    queryFn: async () => ok(await api.GET('/api/applications/{id}', { params: { path: { id } } })),
    enabled,
  });
  const decisions = useQuery({
    queryKey: [...caseKey(id), 'decisions'],
    queryFn: async () => ok(await api.GET('/api/applications/{id}/decisions', { params: { path: { id } } })),
    enabled,
  });
  const letters = useQuery({
    queryKey: [...caseKey(id), 'letters'],
    queryFn: async () => ok(await api.GET('/api/applications/{id}/letters', { params: { path: { id } } })),
    enabled,
  });
  // The history's texts are in the written standard asked for: another language is another answer.
  const history = useQuery({
    queryKey: [...caseKey(id), 'history', language],
    queryFn: async () => ok(await api.GET('/api/applications/{id}/history', { params: { path: { id } } })),
    enabled,
  });
  const organisationId = application.data?.organisation.id;
  const members = useQuery({
    queryKey: [...caseKey(id), 'members', organisationId],
    queryFn: async () =>
      ok(
        await api.GET('/api/organisations/{id}/members', {
          params: { path: { id: organisationId ?? '' } },
        }),
      ),
    enabled: enabled && !!organisationId,
  });
  const hasPlan = application.data?.status === 'accepted' || application.data?.status === 'paid';
  const disbursements = useQuery({
    queryKey: [...caseKey(id), 'disbursements'],
    queryFn: async () =>
      ok(await api.GET('/api/applications/{id}/disbursements', { params: { path: { id } } })),
    enabled: enabled && hasPlan,
  });
  return { application, decisions, letters, history, members, disbursements };
}

/** "Kari og Ola", "Kari, Ola og Per". */
export function joinNames(names: string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

export const isGrant = (d: Decision) => d.outcome === 'granted' || d.outcome === 'partly_granted';
