import { baseMessage } from './base-messages.ts';
import { say as commandSay, type Message, type Say } from './message.ts';

/** Progress lines for long work: shown on a terminal, quiet on CI unless asked for. */
export interface Progress {
  step(message: Message): void;
  done(message: Message): void;
}

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  /** Force on or off; by default on for a terminal outside CI. */
  enabled?: boolean;
  /** The words; by default the command's (see runCli). */
  say?: Say;
}

export function createProgress(options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const enabled = options.enabled ?? (Boolean(stream.isTTY) && !process.env.CI);
  const say = options.say ?? commandSay;
  const started = performance.now();
  return {
    step(message) {
      if (enabled) stream.write(`${say(baseMessage('stepLine', { step: message }))}\n`);
    },
    done(message) {
      const seconds = Math.round((performance.now() - started) / 100) / 10;
      stream.write(`${say(baseMessage('doneLine', { done: message, seconds }))}\n`);
    },
  };
}
