import { Writable } from 'node:stream';
import { type TestApp, createTestApp } from '../../test/test-app.js';

export interface ReliabilityApp extends TestApp {
  /** Error log lines the app wrote for a request id (why a 500 happened). */
  errorsFor(requestId: string): string[];
}

/**
 * The HTTP tests' createTestApp on SQLite, except that errors are logged into memory: a 5xx
 * found by the suite is reported with the error that caused it.
 */
export async function createReliabilityApp(): Promise<ReliabilityApp> {
  const errorLines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      errorLines.push(chunk.toString());
      if (errorLines.length > 1_000) errorLines.shift();
      done();
    },
  });
  const testApp = await createTestApp('sqlite', {
    env: { LOG_LEVEL: 'error' },
    logger: { level: 'error', stream },
  });
  return {
    ...testApp,
    errorsFor: (requestId) => errorLines.filter((line) => line.includes(requestId)),
  };
}
