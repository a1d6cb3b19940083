#!/usr/bin/env node
/**
 * Runs one of the deck's commands (src/cli/NAME.ts) as plain JavaScript: `node bin/deck.mjs pdf --handout`.
 *
 * The commands are compiled once, by `npm install`'s prepare step or here on first use, into
 * node_modules/.cache/deck-cli/STAMP/, where STAMP sums up every source file's path, size and
 * modification time: no TypeScript is compiled while a user waits, and an edit to src/ is
 * compiled on the next run. Its few lines are in the office's words here, as the Locale (src/model/locales/)
 * is TypeScript and exists only once compiled. A compilation is written beside its place and renamed into it, so
 * two commands started at once never run half a compilation.
 */
import { createHash } from 'node:crypto';
import { readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(root, 'node_modules', '.cache', 'deck-cli');

const [command, ...args] = process.argv.slice(2);

if (command === '--compile') {
  await compiled(sourceStamp());
} else {
  if (!command || !/^[\w-]+$/.test(command)) {
    process.stderr.write('Lỗi: hãy ghi tên một lệnh, ví dụ: node bin/deck.mjs build (các lệnh là các tệp trong src/cli/)\n');
    process.exit(64);
  }
  try {
    statSync(path.join(root, 'src', 'cli', `${command}.ts`));
  } catch {
    process.stderr.write(`Lỗi: không có lệnh «${command}» (các lệnh là các tệp trong src/cli/)\n`);
    process.exit(64);
  }
  const entry = path.join(await compiled(sourceStamp()), `${command}.mjs`);
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
  return hash.digest('hex').slice(0, 16);
}

/** The folder of the commands compiled from sources with this stamp, compiling them if needed. */
async function compiled(stamp) {
  const outDir = path.join(cacheDir, stamp);
  try {
    statSync(path.join(outDir, '.complete'));
    return outDir;
  } catch {
    // Not compiled yet: below.
  }
  const started = performance.now();
  const shown = process.stderr.isTTY && !process.env.CI;
  if (shown) process.stderr.write('… đang biên dịch các lệnh (một lần sau mỗi thay đổi trong src/)\n');
  const scratch = `${outDir}.tmp-${process.pid}`;
  const { build } = await import('vite').catch(() => {
    process.stderr.write('Lỗi: các lệnh cần các gói phụ thuộc: hãy chạy npm install trước\n');
    process.exit(69);
  });
  const cliDir = path.join(root, 'src', 'cli');
  const entries = Object.fromEntries(
    readdirSync(cliDir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => [name.replace(/\.ts$/, ''), path.join(cliDir, name)]),
  );
  try {
    await build({
      configFile: false,
      root,
      publicDir: false,
      logLevel: 'warn',
      build: {
        ssr: true,
        target: 'node20',
        outDir: scratch,
        emptyOutDir: true,
        minify: false,
        reportCompressedSize: false,
        rolldownOptions: {
          input: entries,
          output: { format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
          checks: { bundlerTimings: false },
        },
      },
    }).catch((error) => {
      // A compile error is a bug in src/, not the user's doing: one line, then its details.
      process.stderr.write(`Lỗi: không biên dịch được các lệnh: ${String(error?.message ?? error).split('\n')[0]}\n`);
      process.exit(70);
    });
    writeFileSync(path.join(scratch, '.complete'), '');
    try {
      renameSync(scratch, outDir);
    } catch {
      // Another command compiled the same sources meanwhile: its folder is as good as ours.
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  // Compilations of earlier sources are of no further use once no command can still be running
  // from them (a command loads some of its parts late, such as the PDF export after a build).
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const name of readdirSync(cacheDir)) {
    const other = path.join(cacheDir, name);
    if (name !== stamp && statSync(other).mtimeMs < dayAgo) rmSync(other, { recursive: true, force: true });
  }
  if (shown)
    process.stderr.write(`✓ đã biên dịch các lệnh (${((performance.now() - started) / 1000).toFixed(1).replace('.', ',')} giây)\n`);
  return outDir;
}
