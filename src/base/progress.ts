/** Progress lines for long work: shown on a terminal, quiet on CI unless asked for. */
export interface Progress {
  step(message: string): void;
  done(message: string): void;
}

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  /** Force on or off; by default on for a terminal outside CI. */
  enabled?: boolean;
}

export function createProgress(options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const enabled = options.enabled ?? (Boolean(stream.isTTY) && !process.env.CI);
  const started = performance.now();
  const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  return {
    step(message) {
      if (enabled) stream.write(`… ${message}\n`);
    },
    done(message) {
      stream.write(`✓ ${message} (${elapsed()})\n`);
    },
  };
}
