import type { Db } from '../db/database.js';
import { newId } from '../lib/ids.js';
import { toTimestamp } from '../lib/time.js';
import type { PasswordHasher } from '../modules/auth/password-hasher.js';
import type { Role } from '../modules/cities/roles.js';
import { findUserCredentialsByEmail } from '../modules/users/user.repository.js';
import { seedDemoStrategy } from './demo-strategy.js';

/**
 * A fictional city to explore Concord without setting anything up. The accounts stand for roles
 * (a prevention coordinator, a department, the mayor's office), not for real people.
 */
export const DEMO_PASSWORD = 'concord-demo-2026';

export const DEMO_CITY = {
  name: 'Riverside',
  country: 'CA',
  languages: ['en', 'fr', 'ar'],
  timeZone: 'America/Toronto',
};

interface DemoAccount {
  email: string;
  name: string;
  isNetworkAdmin: boolean;
  /** Role in the demo city, or null for the network admin who only oversees. */
  role: Role | null;
  purpose: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'coordinator@demo.concord.test',
    name: 'Prevention Coordinator (demo)',
    isNetworkAdmin: false,
    role: 'city-admin',
    purpose: "the city's prevention coordinator: runs the strategy and invites colleagues",
  },
  {
    email: 'admin@demo.concord.test',
    name: 'Network Administrator (demo)',
    isNetworkAdmin: true,
    role: null,
    purpose: 'hosts the install: creates cities, can look at every city',
  },
  {
    email: 'youth@demo.concord.test',
    name: 'Youth Department (demo)',
    isNetworkAdmin: false,
    role: 'editor',
    purpose: 'a department focal point who edits the strategy',
  },
  {
    email: 'mayor-office@demo.concord.test',
    name: "Mayor's Office (demo)",
    isNetworkAdmin: false,
    role: 'viewer',
    purpose: 'reads the strategy and findings',
  },
];

export interface SeedResult {
  created: boolean;
  cityId: string | null;
  /** Whether the demo strategy was added in this run (also to a demo city seeded before it existed). */
  strategyCreated: boolean;
}

const COORDINATOR_EMAIL = 'coordinator@demo.concord.test';
const YOUTH_EMAIL = 'youth@demo.concord.test';

/**
 * Installs seeded before the workspace existed have Riverside without a strategy: add it then,
 * once. A demo city that already has any strategy is left alone.
 */
async function addMissingDemoStrategy(db: Db, coordinatorId: string): Promise<SeedResult> {
  const city = await db
    .selectFrom('cities')
    .innerJoin('memberships', 'memberships.city_id', 'cities.id')
    .select('cities.id')
    .where('cities.name', '=', DEMO_CITY.name)
    .where('memberships.user_id', '=', coordinatorId)
    .executeTakeFirst();
  const youth = await findUserCredentialsByEmail(db, YOUTH_EMAIL);
  if (!city || !youth) return { created: false, cityId: null, strategyCreated: false };
  const strategyCreated = await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('strategies')
      .select('id')
      .where('city_id', '=', city.id)
      .executeTakeFirst();
    if (existing) return false;
    await seedDemoStrategy(trx, {
      cityId: city.id,
      authors: { coordinatorId, youthId: youth.id },
      now: new Date(),
    });
    return true;
  });
  return { created: false, cityId: city.id, strategyCreated };
}

/**
 * Creates the demo city, its accounts and its partly completed strategy. Safe to run again:
 * an existing demo is kept as it is (only a missing strategy is added).
 */
export async function seedDemo(db: Db, passwords: PasswordHasher): Promise<SeedResult> {
  const existingCoordinator = await findUserCredentialsByEmail(db, COORDINATOR_EMAIL);
  if (existingCoordinator) return addMissingDemoStrategy(db, existingCoordinator.id);
  const passwordHashes = await Promise.all(DEMO_ACCOUNTS.map(() => passwords.hash(DEMO_PASSWORD)));
  const now = toTimestamp(new Date());
  const cityId = newId();
  const userIds = new Map(DEMO_ACCOUNTS.map((account) => [account.email, newId()]));
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('cities')
      .values({
        id: cityId,
        name: DEMO_CITY.name,
        country: DEMO_CITY.country,
        languages: JSON.stringify(DEMO_CITY.languages),
        time_zone: DEMO_CITY.timeZone,
        created_at: now,
        updated_at: now,
      })
      .execute();
    for (const [index, account] of DEMO_ACCOUNTS.entries()) {
      const userId = userIds.get(account.email) ?? newId();
      await trx
        .insertInto('users')
        .values({
          id: userId,
          email: account.email,
          name: account.name,
          password_hash: passwordHashes[index] ?? '',
          locale: 'en',
          is_network_admin: account.isNetworkAdmin ? 1 : 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
      if (account.role) {
        await trx
          .insertInto('memberships')
          .values({
            city_id: cityId,
            user_id: userId,
            role: account.role,
            created_at: now,
            updated_at: now,
          })
          .execute();
      }
    }
    await seedDemoStrategy(trx, {
      cityId,
      authors: {
        coordinatorId: userIds.get(COORDINATOR_EMAIL) ?? '',
        youthId: userIds.get(YOUTH_EMAIL) ?? '',
      },
      now: new Date(),
    });
  });
  return { created: true, cityId, strategyCreated: true };
}

/** The lines printed at start-up so a first-time user can sign in. */
export function describeDemoAccounts(publicUrl: string): string {
  const lines = [
    '',
    `Demo city "${DEMO_CITY.name}" is ready. Open ${publicUrl} and sign in with:`,
    ...DEMO_ACCOUNTS.map(
      (account) =>
        `  ${account.email.padEnd(32)} password: ${DEMO_PASSWORD}   (${account.purpose})`,
    ),
    'Change these passwords, or start without demo data (concord serve --no-demo), before real use.',
    '',
  ];
  return lines.join('\n');
}

/** True while the demo coordinator still has the published password (so printing it is honest). */
export async function hasDefaultDemoPassword(db: Db, passwords: PasswordHasher): Promise<boolean> {
  const [coordinator] = DEMO_ACCOUNTS;
  const row = coordinator ? await findUserCredentialsByEmail(db, coordinator.email) : undefined;
  return row !== undefined && (await passwords.verify(row.password_hash, DEMO_PASSWORD));
}
