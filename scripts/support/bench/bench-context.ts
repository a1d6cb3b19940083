import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** What every part of the benchmark shares: its scratch folder, rounds, and how to run the project's commands. */
export interface BenchContext {
  /** A scratch folder outside the project: the commands measured refuse to write into node_modules. */
  work: string;
  runs: number;
  /** The real deck, built once at the start: what the exports and the page measures use. */
  distDir: string;
  /** The npm script's command line, as `npm run NAME -- ARGS` runs it without npm's own start-up. */
  npmScript(name: string, ...args: string[]): string[];
  env: NodeJS.ProcessEnv;
  log(message: string): void;
}

export async function npmScripts(): Promise<Record<string, string>> {
  return (JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
}

export function npmScriptCommand(scripts: Record<string, string>): (name: string, ...args: string[]) => string[] {
  return (name, ...args) => {
    const script = scripts[name];
    if (!script) throw new Error(`package.json has no script "${name}"`);
    return ['sh', '-c', `${script} "$@"`, name, ...args];
  };
}

export function benchEnv(): NodeJS.ProcessEnv {
  return { PATH: `${path.resolve('node_modules/.bin')}:${process.env.PATH ?? ''}` };
}

export async function countSlides(distDir: string): Promise<number> {
  const deck = JSON.parse(await readFile(path.join(distDir, 'deck.json'), 'utf8')) as { deck: { sections: { slides: unknown[] }[] } };
  return deck.deck.sections.reduce((sum, section) => sum + section.slides.length, 0);
}
