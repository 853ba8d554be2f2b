import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error.js';
import { ME_QUERY_KEY } from '../features/session/session.queries.js';

/** One client per page load; a 401 anywhere means the session ended, so the shell signs the user out. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => forgetSessionOn401(client, error) }),
    mutationCache: new MutationCache({ onError: (error) => forgetSessionOn401(client, error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          !isApiError(error) || (error.status >= 500 && failureCount < 2),
      },
    },
  });
  return client;
}

function forgetSessionOn401(client: QueryClient, error: unknown): void {
  if (isApiError(error, 'unauthenticated')) client.setQueryData(ME_QUERY_KEY, null);
}
