import { DeckError } from './errors.ts';
import { handleStopSignals, stopSignal } from './register-cleanup.ts';

/**
 * Runs a command-line entry point: a DeckError becomes one line on stderr and its exit code;
 * anything else is a bug and is re-thrown with its stack. SIGINT, SIGTERM and SIGHUP run the
 * registered cleanups (see registerCleanup), and a reader that stops reading early, as
 * `| head` does, ends the command quietly.
 */
export async function runCli(main: () => Promise<void>): Promise<void> {
  handleStopSignals();
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  try {
    await main();
  } catch (error) {
    // Stopping closes the browser under the work: the failures that follow are expected.
    if (stopSignal()) return;
    if (!(error instanceof DeckError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = error.exitCode;
  }
}
