import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.js';
import type { City } from '../../api/types.js';
import { citiesQueryKey } from '../cities/cities.queries.js';
import { ME_QUERY_KEY } from '../session/session.queries.js';

export interface NewCity {
  name: string;
  country: string;
  languages: string[];
  timeZone: string;
}

export function useCreateCity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewCity) => api.post<{ city: City }>('/cities', input),
    // The creator becomes the city's first admin, so their own list of cities changes too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: citiesQueryKey }),
        queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY }),
      ]),
  });
}
