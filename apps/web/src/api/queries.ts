import { api } from './client';
import { ok } from './problems';

/** Queries more than one journey uses (one cache, one key each). */
export const publicRoundsQuery = {
  queryKey: ['public', 'rounds'],
  queryFn: async () => ok(await api.GET('/api/public/rounds', { params: { query: { limit: 100 } } })),
  staleTime: 60_000,
};

/** An application (the draft's page and the case page read it); routes.tsx starts it while the page's code loads. */
export const applicationKey = (id: string) => ['application', id] as const;
export const applicationQuery = (id: string) => ({
  queryKey: applicationKey(id),
  queryFn: async () => ok(await api.GET('/api/applications/{id}', { params: { path: { id } } })),
});

export const publicRoundQuery = (id: string) => ({
  queryKey: ['public', 'round', id],
  queryFn: async () => ok(await api.GET('/api/public/rounds/{id}', { params: { path: { id } } })),
  staleTime: 60_000,
});

/** The user's applications in all their organisations ("Mine søknader"). */
export const myApplicationsQuery = {
  queryKey: ['applications', 'mine'],
  queryFn: async () => ok(await api.GET('/api/applications', { params: { query: { limit: 100 } } })),
};

/** The report on a grant (the report pages). */
export const reportKey = (id: string) => ['report', id] as const;
export const reportQuery = (id: string) => ({
  queryKey: reportKey(id),
  queryFn: async () => ok(await api.GET('/api/applications/{id}/report', { params: { path: { id } } })),
});

/** Every query of one case page shares this key prefix: an answer refreshes them all. */
export const caseKey = (id: string) => ['case', id] as const;

/**
 * The case page's queries (pages/case/case-data.ts). The history's texts are in the written standard asked for,
 * so another language is another answer; the members need the application's organisation, the payment plan a
 * grant that is accepted or paid.
 */
export const caseQueries = (id: string, language: string) => {
  const path = { params: { path: { id } } };
  return {
    application: {
      queryKey: [...caseKey(id), 'application'],
      queryFn: async () => ok(await api.GET('/api/applications/{id}', path)),
    },
    decisions: {
      queryKey: [...caseKey(id), 'decisions'],
      queryFn: async () => ok(await api.GET('/api/applications/{id}/decisions', path)),
    },
    letters: {
      queryKey: [...caseKey(id), 'letters'],
      queryFn: async () => ok(await api.GET('/api/applications/{id}/letters', path)),
    },
    history: {
      queryKey: [...caseKey(id), 'history', language],
      queryFn: async () => ok(await api.GET('/api/applications/{id}/history', path)),
    },
    members: (organisationId: string | undefined) => ({
      queryKey: [...caseKey(id), 'members', organisationId],
      queryFn: async () =>
        ok(
          await api.GET('/api/organisations/{id}/members', {
            params: { path: { id: organisationId ?? '' } },
          }),
        ),
    }),
    disbursements: {
      queryKey: [...caseKey(id), 'disbursements'],
      queryFn: async () => ok(await api.GET('/api/applications/{id}/disbursements', path)),
    },
  };
};

/** Whether a case's status has a payment plan to show. */
export const hasPaymentPlan = (status: string | undefined) => status === 'accepted' || status === 'paid';

/** An organisation's profile and its members (the organisation page). */
export const organisationKey = (id: string) => ['organisation', id] as const;
export const organisationQuery = (id: string) => ({
  queryKey: organisationKey(id),
  queryFn: async () => ok(await api.GET('/api/organisations/{id}', { params: { path: { id } } })),
});
export const membersKey = (id: string) => ['organisation', id, 'members'] as const;
export const membersQuery = (id: string) => ({
  queryKey: membersKey(id),
  queryFn: async () => ok(await api.GET('/api/organisations/{id}/members', { params: { path: { id } } })),
});

/** Decided rounds per page of the public award lists. */
export const AWARD_LISTS_PAGE_SIZE = 10;

/** The page of award lists an address asks for (`?side=2`); the first when it names none or no valid one. */
export function awardListsPage(search: URLSearchParams): number {
  const page = Number(search.get('side'));
  return Number.isInteger(page) && page > 1 ? page : 1;
}

/** One page of the public award lists (the decided rounds), and one round's list. */
export const awardListsQuery = (page: number) => ({
  queryKey: ['public', 'award-lists', page],
  queryFn: async () =>
    ok(
      await api.GET('/api/public/award-lists', {
        params: { query: { limit: AWARD_LISTS_PAGE_SIZE, offset: (page - 1) * AWARD_LISTS_PAGE_SIZE } },
      }),
    ),
  staleTime: 60_000,
});
export const roundAwardsQuery = (roundId: string) => ({
  queryKey: ['public', 'awards', roundId],
  queryFn: async () =>
    ok(await api.GET('/api/public/rounds/{id}/awards', { params: { path: { id: roundId } } })),
  staleTime: 60_000,
  retry: false,
});
