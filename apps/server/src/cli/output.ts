/** Where CLI commands write; injected so tests can read what a command printed. */
export interface CliOutput {
  info(text: string): void;
  error(text: string): void;
}

export const consoleOutput: CliOutput = {
  info: (text) => process.stdout.write(`${text}\n`),
  error: (text) => process.stderr.write(`${text}\n`),
};

/** A command failed in a way the operator can fix; the message says how. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
