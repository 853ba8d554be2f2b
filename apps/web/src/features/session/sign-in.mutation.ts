import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.js';
import type { User } from '../../api/types.js';
import { fetchMe, ME_QUERY_KEY } from './session.queries.js';

export interface SignInInput {
  email: string;
  password: string;
}

/** Signs in, then loads the user's cities so the app can choose where to land. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SignInInput) => {
      await api.post<{ user: User }>('/auth/sign-in', input);
      return fetchMe();
    },
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
      queryClient.setQueryData(ME_QUERY_KEY, me);
    },
  });
}
