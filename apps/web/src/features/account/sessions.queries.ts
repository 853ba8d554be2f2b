import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.js';

/** One place the person is signed in, as GET /me/sessions describes it. */
export interface OwnSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  isCurrent: boolean;
}

export const OWN_SESSIONS_QUERY_KEY = ['own-sessions'] as const;

export function useOwnSessions() {
  return useQuery({
    queryKey: OWN_SESSIONS_QUERY_KEY,
    queryFn: ({ signal }) => api.get<{ sessions: OwnSession[] }>('/me/sessions', signal),
    select: (data) => data.sessions,
  });
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => api.delete(`/me/sessions/${encodeURIComponent(sessionId)}`),
    // Also after a 404: the session was already gone, so the list needs refreshing either way.
    onSettled: () => queryClient.invalidateQueries({ queryKey: OWN_SESSIONS_QUERY_KEY }),
  });
}

export function useSignOutOthers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ended: number }>('/me/sessions/sign-out-others'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: OWN_SESSIONS_QUERY_KEY }),
  });
}
