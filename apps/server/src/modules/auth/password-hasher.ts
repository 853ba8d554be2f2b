import { hash, verify } from '@node-rs/argon2';

/** Hashes and checks passwords. Injected so tests can use a cheap cost. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
  /**
   * Spends the time of a real check and fails. Used when the email is unknown, so response
   * times do not reveal which emails have accounts.
   */
  verifyUnknownAccount(password: string): Promise<false>;
}

export interface Argon2Cost {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** OWASP's recommended argon2id setting (19 MiB, 2 passes, 1 lane). */
export const PRODUCTION_ARGON2_COST: Argon2Cost = {
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

/** Only for tests: fast and insecure. */
export const TEST_ARGON2_COST: Argon2Cost = { memoryCost: 8, timeCost: 1, parallelism: 1 };

export function createArgon2Hasher(cost: Argon2Cost = PRODUCTION_ARGON2_COST): PasswordHasher {
  let decoyHash: Promise<string> | undefined;
  async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      // A malformed stored hash must read as "wrong password", never as a server error.
      return false;
    }
  }
  return {
    hash: (password) => hash(password, cost),
    verify: verifyPassword,
    async verifyUnknownAccount(password) {
      decoyHash ??= hash('concord-decoy-password', cost);
      await verifyPassword(await decoyHash, password);
      return false;
    },
  };
}
