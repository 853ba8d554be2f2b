// Signs demo people in through the API (the sign-in page itself is covered by the foundation
// journey) and finds the demo city and its seeded strategy.
import type { APIRequestContext } from 'playwright-core';
import { expect } from 'vitest';

export const demoPassword = 'concord-demo-2026';
export const demoPeople = {
  coordinator: 'coordinator@demo.concord.test',
  editor: 'youth@demo.concord.test',
  viewer: 'mayor-office@demo.concord.test',
} as const;
export const demoStrategyTitle = 'Riverside prevention strategy 2025-2028';

export async function signInByApi(
  request: APIRequestContext,
  baseUrl: string,
  email: string,
): Promise<void> {
  const response = await request.post('/api/v1/auth/sign-in', {
    headers: { origin: baseUrl },
    data: { email, password: demoPassword },
  });
  expect(response.status(), `sign-in of ${email}`).toBeLessThan(300);
}

export async function findDemoCity(request: APIRequestContext): Promise<string> {
  const me = await (await request.get('/api/v1/me')).json();
  const membership = me.memberships.find((entry: { cityName: string }) =>
    /Riverside/.test(entry.cityName),
  );
  expect(membership, 'a membership of Riverside').toBeDefined();
  return membership.cityId as string;
}
