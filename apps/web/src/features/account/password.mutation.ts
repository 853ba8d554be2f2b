import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/api-client.js';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: PasswordChange) => api.post<void>('/me/password', input),
  });
}
