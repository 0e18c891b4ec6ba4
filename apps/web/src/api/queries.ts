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
