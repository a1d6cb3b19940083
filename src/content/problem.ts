/** One thing wrong with the content, located well enough for an editor to find it. */
export interface Problem {
  file: string;
  line: number;
  field?: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}`;
  return problem.field ? `${where} ${problem.field}: ${problem.message}` : `${where} ${problem.message}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`The slides have ${count}:`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

/** Warnings do not stop the work: one line each, printed as they are found. */
export function formatWarnings(warnings: readonly Problem[]): string {
  return warnings.map((warning) => `warning: ${formatProblem(warning)}\n`).join('');
}
