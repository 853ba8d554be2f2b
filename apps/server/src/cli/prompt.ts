import { createInterface } from 'node:readline';

/** Asks one question on the terminal. With `hidden`, typed characters are not echoed. */
export function askQuestion(question: string, { hidden = false } = {}): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    if (hidden) {
      const output = rl as unknown as { _writeToOutput: (text: string) => void };
      output._writeToOutput = (text: string) => {
        // Echo the prompt itself and line breaks, never the password characters.
        if (text.startsWith(question) || text === '\r\n' || text === '\n')
          process.stdout.write(text);
      };
    }
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) process.stdout.write('\n');
      resolve(answer);
    });
  });
}
