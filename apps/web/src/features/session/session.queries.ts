import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api-client.js';
import { isApiError } from '../../api/api-error.js';
import type { Me } from '../../api/types.js';

export const ME_QUERY_KEY = ['me'] as const;

/** The signed-in user and their cities, or null when nobody is signed in. */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await api.get<Me>('/me', signal);
  } catch (error) {
    if (isApiError(error, 'unauthenticated')) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 60_000,
  });
}
