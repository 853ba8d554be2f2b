import { ConfigError, loadConfig } from './config.js';
import { closeOnSignals, startServer } from './server.js';

/** Entry point for `node apps/server/dist/main.js` (containers); `concord serve` does the same. */
async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config, { seedDemoWhenEmpty: config.seedDemoWhenEmpty });
  closeOnSignals(server);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`,
  );
  process.exit(1);
});
