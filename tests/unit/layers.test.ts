import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The one-way rule: a file may import from its own folder or from a folder of a lower layer,
 * never from one beside it or above it. docs/architecture.md explains the layers.
 */
const layers: Record<string, number> = {
  'src/base': 0,
  'src/model': 1,
  'src/theme': 1,
  'src/talk': 1,
  'src/content': 2,
  'src/charts': 2,
  'src/html': 3,
  'src/deck': 3,
  'src/pptx': 3,
  'src/csv': 3,
  'src/browser': 3,
  'src/pdf': 4,
  'src/png': 4,
  'src/site': 5,
  'src/present': 5,
  'src/release': 6,
  'src/cli': 7,
  scripts: 7,
};

const codeFile = /\.(ts|mts|cts)$/;
const importPattern =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

async function codeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && codeFile.test(entry.name))
    .map((entry) => path.relative('.', path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

function layerOf(file: string): string | undefined {
  return Object.keys(layers).find((folder) => file === folder || file.startsWith(`${folder}/`));
}

/** Every relative import of every file in src/ and scripts/, resolved to a path from the project root. */
async function importGraph(): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  for (const file of [...(await codeFiles('src')), ...(await codeFiles('scripts'))]) {
    const text = await readFile(file, 'utf8');
    const targets = [...text.matchAll(importPattern)]
      .map((match) => match[1] ?? match[2] ?? match[3] ?? '')
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)));
    graph.set(file, targets);
  }
  return graph;
}

function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'visiting') {
      cycles.push([...stack.slice(stack.indexOf(file)), file]);
      return;
    }
    state.set(file, 'visiting');
    stack.push(file);
    for (const target of graph.get(file) ?? []) visit(target);
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file);
  return cycles;
}

describe('imports point one way', () => {
  it('places every file of src/ and scripts/ in a layer', async () => {
    const graph = await importGraph();
    expect([...graph.keys()].filter((file) => layerOf(file) === undefined && file !== 'src/vite-env.d.ts')).toEqual([]);
  });

  it('imports only from the same folder or a lower layer', async () => {
    const wrong: string[] = [];
    for (const [file, targets] of await importGraph()) {
      const from = layerOf(file);
      if (from === undefined) continue;
      for (const target of targets) {
        const to = layerOf(target);
        if (to === undefined) {
          if (!target.startsWith('src/') && !target.startsWith('scripts/')) continue;
          wrong.push(`${file} → ${target} (not in any layer)`);
        } else if (to !== from && (layers[to] ?? 0) >= (layers[from] ?? 0)) {
          wrong.push(`${file} → ${target} (${from} may not import ${to})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import cycles', async () => {
    expect(findCycles(await importGraph())).toEqual([]);
  });

  it('would catch an import that runs back up, and a cycle', () => {
    const graph = new Map([
      ['src/model/a.ts', ['src/model/b.ts']],
      ['src/model/b.ts', ['src/model/a.ts']],
    ]);
    expect(findCycles(graph)).toEqual([['src/model/a.ts', 'src/model/b.ts', 'src/model/a.ts']]);
    expect(layers[layerOf('src/html/x.ts') ?? '']).toBeGreaterThan(layers[layerOf('src/model/y.ts') ?? ''] ?? 0);
  });
});

describe('one context', () => {
  it('builds the Locale in one place, the deck context, for every output', async () => {
    const files = [...(await codeFiles('src')), ...(await codeFiles('scripts'))];
    expect(files.length).toBeGreaterThan(100);
    const callers: string[] = [];
    for (const file of files)
      if (/\bcreateLocale\(/.test((await readFile(file, 'utf8')).replace(/export function createLocale\(/, ''))) callers.push(file);
    expect(callers).toEqual(['src/model/deck-context.ts']);
  });
});
