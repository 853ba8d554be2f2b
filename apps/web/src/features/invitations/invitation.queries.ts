import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.js';
import type { InvitationPreview, User } from '../../api/types.js';
import { fetchMe, ME_QUERY_KEY } from '../session/session.queries.js';

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: ({ signal }) =>
      api.get<InvitationPreview>(`/invitations/${encodeURIComponent(token)}`, signal),
    retry: false,
  });
}

/** `name` is sent only for a new account; an existing account proves itself with its password. */
export interface AcceptInput {
  name?: string;
  password: string;
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: AcceptInput) => {
      await api.post<{ user: User }>(`/invitations/${encodeURIComponent(token)}/accept`, input);
      return fetchMe();
    },
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
      queryClient.setQueryData(ME_QUERY_KEY, me);
    },
  });
}
