import { QueryClient } from '@tanstack/react-query';
import { ProblemError } from './api/problems';

/** One query cache for the whole app. A problem answer (4xx) is not retried; a dropped network is, twice. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ProblemError && error.problem.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});
