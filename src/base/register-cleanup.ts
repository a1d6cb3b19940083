import { baseMessage } from './base-messages.ts';
import { say } from './message.ts';

/**
 * Work to undo when a command is stopped: close its browser, remove its temporary files. Code that
 * starts a browser or makes a scratch folder registers how to undo it for as long as it exists; a
 * command-line entry point calls handleStopSignals() once, so that SIGINT, SIGTERM and SIGHUP run
 * every registered cleanup before the process exits with 128 + the signal's number.
 */
type Cleanup = () => unknown;

const cleanups = new Set<Cleanup>();
let stoppedBy: NodeJS.Signals | undefined;
let handling = false;
let stopMessage = (signal: NodeJS.Signals): string | undefined => say(baseMessage('stoppedBy', { signal }));

/** What the command says when a signal has stopped it, in place of the default line (undefined: nothing). */
export function setStopMessage(message: (signal: NodeJS.Signals) => string | undefined): void {
  stopMessage = message;
}

/** Exit codes of a stopped command, as a shell reports them: 128 + the signal's number. */
export const stopExitCodes = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

type StopSignal = keyof typeof stopExitCodes;

/** Registers `cleanup` until the returned function is called (normally in a `finally`). */
export function registerCleanup(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

/** The signal that is stopping this process, if any: errors caused by the cleanup itself are then not news. */
export function stopSignal(): NodeJS.Signals | undefined {
  return stoppedBy;
}

export interface HandleStopSignalsOptions {
  /** Longest wait for the cleanups before exiting anyway. */
  graceMs?: number;
  stream?: NodeJS.WritableStream;
}

/** Installs the handlers once per process. A second signal during the cleanup exits at once. */
export function handleStopSignals(options: HandleStopSignalsOptions = {}): void {
  if (handling) return;
  handling = true;
  const stream = options.stream ?? process.stderr;
  for (const signal of Object.keys(stopExitCodes) as StopSignal[]) {
    process.on(signal, () => {
      const exitCode = stopExitCodes[signal];
      if (stoppedBy) process.exit(exitCode);
      stoppedBy = signal;
      void runCleanups(options.graceMs).finally(() => {
        const message = stopMessage(signal);
        if (message !== undefined) stream.write(`${message}\n`);
        process.exit(exitCode);
      });
    });
  }
}

/** Work a stop signal must let finish before any cleanup runs, such as the renames that swap an output in. */
const uninterruptible = new Set<Promise<unknown>>();

/** Thrown by `uninterrupted` when the process is already stopping: the work is not begun. */
export class StoppingError extends Error {
  constructor() {
    super('the command is stopping');
    this.name = 'StoppingError';
  }
}

/**
 * Runs `work` so that a stop signal waits for it: the cleanups (which may remove the folder it
 * renames) run only once it has ended. Refused (StoppingError) once a signal has come, so that
 * nothing such is begun while the cleanups run.
 */
export async function uninterrupted<T>(work: () => Promise<T>): Promise<T> {
  if (stoppedBy) throw new StoppingError();
  const running = work();
  uninterruptible.add(running);
  try {
    return await running;
  } finally {
    uninterruptible.delete(running);
  }
}

/** Runs every registered cleanup at once and waits for them, at most `graceMs`: first what may not be interrupted. */
export async function runCleanups(graceMs = 10_000): Promise<void> {
  let graceTimer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => {
    graceTimer = setTimeout(resolve, graceMs);
  });
  await Promise.race([Promise.allSettled([...uninterruptible]), grace]);
  clearTimeout(graceTimer);
  const pending = [...cleanups].map((cleanup) =>
    Promise.resolve()
      .then(cleanup)
      .catch(() => undefined),
  );
  cleanups.clear();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, graceMs);
  });
  await Promise.race([Promise.all(pending), late]);
  clearTimeout(timer);
}
