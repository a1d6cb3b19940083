import type { Say } from '../base/message.ts';
import { contentMessage } from '../model/content-messages.ts';
import { type Problem, problemLine } from '../model/problem.ts';

export type { Problem };

/** One problem as an editor reads it: `slides/04-ket-qua.md:8 figure: …`, in the words of `say`. */
export const formatProblem = problemLine;

/** Every problem, under one line that counts them. */
export function formatProblems(problems: readonly Problem[], say: Say): string {
  return say(contentMessage('problemList', { problems }));
}

/** Warnings do not stop the work: one line each, printed as they are found. */
export function formatWarnings(warnings: readonly Problem[], say: Say): string {
  return warnings.map((problem) => `${say(contentMessage('warning', { problem }))}\n`).join('');
}
