import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../api/api-client.js';
import { useT } from '../../i18n/use-t.js';
import { ME_QUERY_KEY } from './session.queries.js';

export function SignOutButton() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const signOut = useMutation({
    mutationFn: () => api.post<void>('/auth/sign-out'),
    // Whatever the server says, this browser forgets the session and its data.
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, null);
      void navigate('/sign-in', { state: { signedOut: true } });
    },
  });

  return (
    <button
      type="button"
      className="service-nav__button"
      onClick={() => signOut.mutate()}
      disabled={signOut.isPending}
    >
      {t('header.signOut')}
    </button>
  );
}
