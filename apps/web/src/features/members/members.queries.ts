import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.js';
import type { Invitation, Member, Role } from '../../api/types.js';

const cityPath = (cityId: string) => `/cities/${encodeURIComponent(cityId)}`;
export const membersQueryKey = (cityId: string) => ['members', cityId] as const;
export const invitationsQueryKey = (cityId: string) => ['invitations', cityId] as const;

export function useMembers(cityId: string) {
  return useQuery({
    queryKey: membersQueryKey(cityId),
    queryFn: ({ signal }) => api.get<{ members: Member[] }>(`${cityPath(cityId)}/members`, signal),
    select: (data) => data.members,
  });
}

export function useInvitations(cityId: string, isEnabled: boolean) {
  return useQuery({
    queryKey: invitationsQueryKey(cityId),
    queryFn: ({ signal }) =>
      api.get<{ invitations: Invitation[] }>(`${cityPath(cityId)}/invitations`, signal),
    select: (data) => data.invitations,
    enabled: isEnabled,
  });
}

export function useChangeRole(cityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { userId: string; role: Role }) =>
      api.patch<{ member: Member }>(
        `${cityPath(cityId)}/members/${encodeURIComponent(input.userId)}`,
        {
          role: input.role,
        },
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: membersQueryKey(cityId) }),
  });
}

export function useRemoveMember(cityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      api.delete(`${cityPath(cityId)}/members/${encodeURIComponent(userId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersQueryKey(cityId) }),
  });
}

export interface InvitationCreated {
  invitation: Invitation;
  link: string;
}

export function useCreateInvitation(cityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; role: Role }) =>
      api.post<InvitationCreated>(`${cityPath(cityId)}/invitations`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsQueryKey(cityId) }),
  });
}

export function useCancelInvitation(cityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      api.delete(`${cityPath(cityId)}/invitations/${encodeURIComponent(invitationId)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationsQueryKey(cityId) }),
  });
}
