import { DeckError } from './errors.ts';

/**
 * Runs a command-line entry point: a DeckError becomes one line on stderr and its exit
 * code; anything else is a bug and is re-thrown with its stack.
 */
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (!(error instanceof DeckError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = error.exitCode;
  }
}
