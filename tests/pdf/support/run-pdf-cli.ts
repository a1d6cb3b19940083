import { runCli } from '../../e2e/support/processes.ts';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run pdf`'s command (without npm) with the given arguments and environment. */
export function runPdfCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return runCli('src/cli/pdf.ts', args, env);
}
