import { api } from './client';
import { ok } from './problems';

/** Queries more than one journey uses (one cache, one key each). */
export const publicRoundsQuery = {
  queryKey: ['public', 'rounds'],
  queryFn: async () => ok(await api.GET('/api/public/rounds', { params: { query: { limit: 100 } } })),
  staleTime: 60_000,
};

export const publicRoundQuery = (id: string) => ({
  queryKey: ['public', 'round', id],
  queryFn: async () => ok(await api.GET('/api/public/rounds/{id}', { params: { path: { id } } })),
  staleTime: 60_000,
});
