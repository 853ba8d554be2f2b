import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.js';
import type { Locale, Me, User } from '../../api/types.js';
import { ME_QUERY_KEY } from './session.queries.js';

export interface MeChanges {
  name?: string;
  locale?: Locale;
}

/** PATCH /me, keeping the cached user in step so the header and the account page agree. */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: MeChanges) => api.patch<{ user: User }>('/me', changes),
    onSuccess: ({ user }) => {
      queryClient.setQueryData<Me | null>(ME_QUERY_KEY, (me) => (me ? { ...me, user } : me));
    },
  });
}
