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
let stopMessage = (signal: NodeJS.Signals): string | undefined =>
  `stopped by ${signal}: nothing it started is left running, and its temporary files are removed`;

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

/** Runs every registered cleanup at once and waits for them, at most `graceMs`. */
export async function runCleanups(graceMs = 10_000): Promise<void> {
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
