import { baseMessage } from './base-messages.ts';
import { writeFailure } from './describe-write-error.ts';
import { DeckError } from './errors.ts';
import { installSay, type Say } from './message.ts';
import { handleStopSignals, stopSignal } from './register-cleanup.ts';

/**
 * Runs a command-line entry point in the words of `say` (the command's Locale): a DeckError becomes
 * one line on stderr and its exit code; anything else is a bug and is re-thrown with its stack.
 * SIGINT, SIGTERM and SIGHUP run the registered cleanups (see registerCleanup), and a reader that
 * stops reading early, as `| head` does, ends the command quietly.
 */
export async function runCli(say: Say, main: () => Promise<void>): Promise<void> {
  installSay(say);
  handleStopSignals();
  for (const stream of [process.stdout, process.stderr]) {
    let told = false;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      // Output redirected to a full or failing disk (`> /dev/full`): the output is lost, the work goes on
      // (a talk in the room is not stopped by its log). Said once on the other stream, if that one works.
      if (told) return;
      told = true;
      const other = stream === process.stdout ? process.stderr : process.stdout;
      if (!other.destroyed) other.write(`${outputLostWarning(say, stream === process.stdout ? 'output' : 'messages', error)}\n`);
    });
  }
  try {
    await main();
  } catch (error) {
    // Stopping closes the browser under the work: the failures that follow are expected.
    if (stopSignal()) return;
    if (!(error instanceof DeckError)) throw error;
    const usage = error.usage ? `\n\n${say(error.usage)}` : '';
    process.stderr.write(`${say(baseMessage('errorLine', { problem: error.said }))}${usage}\n`);
    process.exitCode = error.exitCode;
  }
}

/** A command's output that could not be written: which stream, and why, in words. */
export function outputLostWarning(say: Say, stream: 'output' | 'messages', error: unknown): string {
  return say(baseMessage('warningLine', { problem: baseMessage('outputLost', { stream, ...writeFailure(error) }) }));
}
