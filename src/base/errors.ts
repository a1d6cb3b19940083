/** Exit codes follow sysexits(3) where one fits, so scripts can tell failures apart. */
export const ExitCode = {
  usage: 64,
  content: 65,
  noBuild: 66,
  noBrowser: 69,
  browserCrashed: 70,
  cantWrite: 73,
  portUnavailable: 75,
  timeout: 124,
} as const;

export type ExitCodeName = keyof typeof ExitCode;

/** The one error the command-line tools expect: its message is shown as is, without a stack. */
export class DeckError extends Error {
  readonly exitCode: number;

  constructor(kind: ExitCodeName, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'DeckError';
    this.exitCode = ExitCode[kind];
  }
}
