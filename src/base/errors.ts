import type { Message } from './message.ts';

/** Exit codes follow sysexits(3) where one fits, so scripts can tell failures apart. */
export const ExitCode = {
  usage: 64,
  content: 65,
  noBuild: 66,
  noInput: 66,
  noBrowser: 69,
  browserCrashed: 70,
  cantWrite: 73,
  portUnavailable: 75,
  timeout: 124,
} as const;

export type ExitCodeName = keyof typeof ExitCode;

export interface DeckErrorOptions extends ErrorOptions {
  /** A usage error shows the command's usage after the problem. */
  usage?: Message;
}

/**
 * The one error the command-line tools expect: its message, kept as data, is shown once at the
 * top (runCli) in the command's words, without a stack.
 */
export class DeckError extends Error {
  readonly exitCode: number;
  /** What to tell the user, for the Locale to word. */
  readonly said: Message;
  readonly usage: Message | undefined;

  constructor(kind: ExitCodeName, said: Message, options?: DeckErrorOptions) {
    // The message stays readable in a bug's stack trace: its key and values.
    super(`${said.key} ${JSON.stringify(said.params)}`, options);
    this.name = 'DeckError';
    this.exitCode = ExitCode[kind];
    this.said = said;
    this.usage = options?.usage;
  }
}
