import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * This project's folder: the nearest folder above this module that holds a package.json. The
 * module runs from src/base under tsx and from a compiled command in node_modules/.cache, so
 * its own depth says nothing.
 */
function findProjectRoot(): string {
  const start = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}

export const projectRoot = findProjectRoot();

/** "name version" of this project, as package.json gives them: the tool named in the PDFs and the manifest. */
export async function readCreator(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const { name, version } = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  return `${name} ${version}`;
}
