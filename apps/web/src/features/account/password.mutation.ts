import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.js';
import { OWN_SESSIONS_QUERY_KEY } from './sessions.queries.js';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PasswordChange) => api.post<void>('/me/password', input),
    // A new password signs out every other session, so the list of sessions changes too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: OWN_SESSIONS_QUERY_KEY }),
  });
}
