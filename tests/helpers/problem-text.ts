import { DeckError } from '../../src/base/errors.ts';
import type { Message } from '../../src/base/message.ts';
import * as problems from '../../src/content/problem.ts';
import type { Problem } from '../../src/model/problem.ts';

export type { Problem };

import { createLocale } from '../../src/model/locale.ts';

/** The Vietnamese Locale's words, as the commands and the overlay show them. */
export const say: (message: Message) => string = createLocale('vi').say;

/** A problem as the build prints it, in Vietnamese. */
export const formatProblem = (problem: Problem): string => problems.formatProblem(problem, say);
export const formatProblems = (list: readonly Problem[]): string => problems.formatProblems(list, say);
export const formatWarnings = (list: readonly Problem[]): string => problems.formatWarnings(list, say);

/** A DeckError's one line, as runCli prints it after "Lỗi: ", with the usage when it has one. */
export function errorText(error: unknown): string {
  if (!(error instanceof DeckError)) return String(error);
  return error.usage ? `${say(error.said)}\n\n${say(error.usage)}` : say(error.said);
}
