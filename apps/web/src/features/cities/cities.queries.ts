import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api-client.js';
import type { CityDetail, CityListItem } from '../../api/types.js';

export const citiesQueryKey = ['cities'] as const;
export const cityQueryKey = (cityId: string) => ['city', cityId] as const;

export function useCities() {
  return useQuery({
    queryKey: citiesQueryKey,
    queryFn: ({ signal }) => api.get<{ cities: CityListItem[] }>('/cities', signal),
    select: (data) => data.cities,
  });
}

export function useCity(cityId: string) {
  return useQuery({
    queryKey: cityQueryKey(cityId),
    queryFn: ({ signal }) => api.get<CityDetail>(`/cities/${encodeURIComponent(cityId)}`, signal),
  });
}
