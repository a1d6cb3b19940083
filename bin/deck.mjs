#!/usr/bin/env node
/**
 * Runs one of the deck's commands (src/cli/NAME.ts) as plain JavaScript: `node bin/deck.mjs pdf --handout`.
 *
 * The commands are compiled once into node_modules/.cache/deck-cli/ (by `npm install`'s prepare
 * step, or here on first use) so that no TypeScript is compiled while the user waits. The compiled
 * files carry a stamp of every source file's path, size and modification time; when src/ changes,
 * the next run compiles again before it starts.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'node_modules', '.cache', 'deck-cli');
const stampFile = path.join(outDir, 'stamp');

const [command, ...args] = process.argv.slice(2);

if (command === '--compile') {
  await compile();
} else {
  if (!command || !/^[\w-]+$/.test(command)) {
    process.stderr.write('usage: node bin/deck.mjs COMMAND [options]   (commands: the files in src/cli/)\n');
    process.exit(64);
  }
  if (readStamp() !== sourceStamp()) await compile();
  const entry = path.join(outDir, `${command}.mjs`);
  try {
    statSync(entry);
  } catch {
    process.stderr.write(`error: no command "${command}": see src/cli/\n`);
    process.exit(64);
  }
  process.argv = [process.argv[0] ?? 'node', entry, ...args];
  await import(pathToFileURL(entry).href);
}

/** Path, size and modification time of every file the commands are built from. */
function sourceStamp() {
  const hash = createHash('sha256');
  const files = [
    ...readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name)),
    path.join(root, 'package.json'),
    fileURLToPath(import.meta.url),
  ].sort();
  for (const file of files) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${path.relative(root, file)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function readStamp() {
  try {
    return readFileSync(stampFile, 'utf8');
  } catch {
    return undefined;
  }
}

async function compile() {
  const stamp = sourceStamp();
  const started = performance.now();
  if (process.stderr.isTTY) process.stderr.write('… compiling the commands\n');
  const { build } = await import('vite');
  const cliDir = path.join(root, 'src', 'cli');
  const entries = Object.fromEntries(
    readdirSync(cliDir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => [name.replace(/\.ts$/, ''), path.join(cliDir, name)]),
  );
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: true,
      target: 'node20',
      outDir,
      emptyOutDir: true,
      minify: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: entries,
        output: { format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
        checks: { bundlerTimings: false },
      },
    },
  });
  writeFileSync(stampFile, stamp);
  if (process.stderr.isTTY) process.stderr.write(`✓ compiled the commands (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
