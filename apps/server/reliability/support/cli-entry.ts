// The `concord` command line run from source (bin/concord.mjs runs the same runCli from dist).
import { runCli } from '../../src/cli/run-cli.js';

process.exitCode = await runCli(process.argv.slice(2));
