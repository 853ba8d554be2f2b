import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.js';
import type { City } from '../../api/types.js';
import { citiesQueryKey } from '../cities/cities.queries.js';

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
    onSuccess: () => queryClient.invalidateQueries({ queryKey: citiesQueryKey }),
  });
}
