import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNetworkAdmin } from '../src/cli/create-admin.js';
import { CliError } from '../src/cli/output.js';
import { TEST_ARGON2_COST, createArgon2Hasher } from '../src/modules/auth/password-hasher.js';
import { DIALECTS, type TestDatabase, createTestDatabase } from './test-database.js';

describe.each(DIALECTS)('create-admin password policy (%s)', (dialect) => {
  let database: TestDatabase;
  const passwords = createArgon2Hasher(TEST_ARGON2_COST);
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await database.dispose();
  });

  async function refusal(password: string): Promise<string> {
    const error: unknown = await createNetworkAdmin(
      { email: 'netadmin@example.org', password, name: 'Noor Haddad' },
      database.db,
      passwords,
    ).catch((refused: unknown) => refused);
    expect(error).toBeInstanceOf(CliError);
    return error instanceof CliError ? error.message : '';
  }

  it('refuses a common password and one built on the name, email or "concord"', async () => {
    expect(await refusal('administrator')).toBe(
      '--password: This password is too common. Choose a longer phrase of your own.',
    );
    for (const password of ['Concord-Admin-1!', 'netadmin-2026!', 'Noor Haddad 77']) {
      expect(await refusal(password), password).toContain('--password: This password is built on');
    }
    const users = await database.db.selectFrom('users').select('id').execute();
    expect(users).toEqual([]);
  });

  it('accepts a phrase of its own', async () => {
    const created = await createNetworkAdmin(
      {
        email: 'netadmin@example.org',
        password: 'seven lanterns on the quay',
        name: 'Noor Haddad',
      },
      database.db,
      passwords,
    );
    expect(created.created).toBe(true);
  });
});
