import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { baseMessage } from '../base/base-messages.ts';
import { writeFailure } from '../base/describe-write-error.ts';
import { displayPath } from '../base/display-path.ts';
import { DeckError, type ExitCodeName } from '../base/errors.ts';
import type { Progress } from '../base/progress.ts';
import { registerCleanup } from '../base/register-cleanup.ts';
import { scratchPath } from '../base/scratch-path.ts';
import { writeAtomically } from '../base/write-atomically.ts';
import { manifestFile } from '../base/write-manifest.ts';
import { commandMessage, type NextYearRefusal } from '../model/command-messages.ts';
import { normalizeText } from '../model/source-sentences.ts';
import { decodeContentText } from './decode-content-text.ts';
import { yearOfPeriod } from './kept-years.ts';
import { deckIndexFile, loadDeck } from './load-deck.ts';
import { parseYaml } from './parse-yaml.ts';
import type { Problem } from './problem.ts';
import { readContentFile } from './read-content-file.ts';

export interface StartNextYearOptions {
  /** The content folder (slides/). */
  slidesDir: string;
  /** This year's outputs: their manifest.json, if a release made one, is kept with the deck. */
  distDir: string;
  /** The new year's article, any text file. */
  source: string;
  progress: Progress;
}

export interface NextYear {
  year: number;
  nextYear: number;
  /** The folder this year's deck is kept in, such as slides/2016, and the files kept there. */
  keptFolder: string;
  keptFiles: string[];
  /** What the new article no longer supports: the build's problems, each with its file and line. */
  toDo: Problem[];
  /**
   * Lines of deck.yaml and of the sections that still name this year and are not in the to-do list:
   * what no check reads (the title, the notes), or what it reads only once a slide's quotes are right.
   */
  review: { file: string; line: number; text: string }[];
}

/** Only what next-year needs from deck.yaml; the rest is the build's to check. */
const index = z.looseObject({ date: z.union([z.string(), z.number()]), source: z.string() });

/**
 * Starts next year's deck from this year's: keeps this year's (deck.yaml, every section file, the
 * article, and the outputs' manifest if there is one) in a folder of the content folder named for
 * its year, then makes the new article the source and moves `date` on a year. What the new article
 * no longer supports is then the build's list of problems: the editor's to-do list.
 *
 * Everything is checked before anything changes: a new article that is not readable UTF-8 text, or
 * is the current one, and a year already kept are refused with nothing changed. The year's folder
 * is made beside, then renamed into place; a failure after it undoes every change.
 */
export async function startNextYear(options: StartNextYearOptions): Promise<NextYear> {
  const { slidesDir, progress } = options;
  const shown = displayPath(slidesDir);
  const indexPath = path.join(slidesDir, deckIndexFile);
  const indexShown = path.join(shown, deckIndexFile);

  const indexFile = await readContentFile(indexPath, indexShown);
  if (!indexFile.ok) {
    // Said as the build says it: missing, a folder, not UTF-8…
    const loaded = await loadDeck(slidesDir);
    throw refuse('content', { kind: 'deckUnreadable', problems: loaded.ok ? [] : loaded.problems });
  }
  const parsed = parseYaml({ file: indexShown, text: indexFile.text, lineOffset: 0 }, index);
  if (!parsed.ok) throw refuse('content', { kind: 'deckUnreadable', problems: parsed.problems });
  const date = String(parsed.value.date);
  const year = yearOfPeriod(date);
  if (year === undefined) throw refuse('content', { kind: 'noYear', date });
  const nextYear = year + 1;
  const sourceName = parsed.value.source;
  const currentPath = path.join(slidesDir, sourceName);
  const current = await readContentFile(currentPath, path.join(shown, sourceName));

  // The new article: readable, UTF-8 text, not the current one.
  let bytes: Uint8Array;
  try {
    bytes = await readFile(options.source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EISDIR' ? 'folder' : code === 'EACCES' || code === 'EPERM' ? 'permission' : 'missing';
    throw refuse('noInput', { kind: 'sourceUnreadable', file: options.source, reason });
  }
  const decoded = decodeContentText(bytes, options.source);
  if (!decoded.ok) throw refuse('content', { kind: 'sourceNotText', file: options.source, problem: decoded.problem });
  if (decoded.text.trim() === '') throw refuse('content', { kind: 'sourceEmpty', file: options.source });
  const samePath = path.resolve(options.source) === path.resolve(currentPath);
  if (samePath || (current.ok && normalizeText(current.text) === normalizeText(decoded.text))) {
    throw refuse('usage', { kind: 'sameSource', file: options.source, current: path.join(shown, sourceName) });
  }
  const keptFolder = path.join(slidesDir, String(year));
  if (await exists(keptFolder)) throw refuse('cantWrite', { kind: 'yearKept', folder: displayPath(keptFolder) });

  // This year's deck, kept: made beside its place, then renamed into it.
  progress.step(commandMessage('stepKeeping', { year, folder: displayPath(keptFolder) }));
  const entries = await readdir(slidesDir, { withFileTypes: true });
  const sectionFiles = entries.filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md')).map((entry) => entry.name);
  const scratch = scratchPath(keptFolder);
  const removeScratch = (): Promise<void> => rm(scratch, { recursive: true, force: true });
  const unregister = registerCleanup(removeScratch);
  const keptFiles: string[] = [];
  const originalSource = current.ok ? await readFile(currentPath) : undefined;
  try {
    await mkdir(scratch);
    // The kept deck.yaml is one folder deeper: its editor modeline points one folder further up.
    await writeFile(path.join(scratch, deckIndexFile), indexFile.text.replace(/(\$schema=)(?!\/|[a-z]+:)/, '$1../'));
    keptFiles.push(deckIndexFile);
    for (const name of sectionFiles) {
      await copyFile(path.join(slidesDir, name), path.join(scratch, name));
      keptFiles.push(name);
    }
    if (originalSource) {
      await writeFile(path.join(scratch, sourceName), originalSource);
      keptFiles.push(sourceName);
    }
    const manifest = path.join(options.distDir, manifestFile);
    if (await exists(manifest)) {
      await copyFile(manifest, path.join(scratch, manifestFile));
      keptFiles.push(manifestFile);
    }
    await rename(scratch, keptFolder);
  } catch (error) {
    await removeScratch();
    throw new DeckError('cantWrite', baseMessage('cantWrite', { target: displayPath(keptFolder), ...writeFailure(error) }), {
      cause: error,
    });
  } finally {
    unregister();
  }

  // The new article becomes the source, and the deck's date moves on a year; undone on any failure.
  try {
    progress.step(commandMessage('stepNewSource', { file: path.join(shown, sourceName) }));
    await writeAtomically(currentPath, bytes);
    const nextDate = date.replace(new RegExp(`(?<!\\d)${year}(?!\\d)`), String(nextYear));
    progress.step(commandMessage('stepNewDate', { from: date, to: nextDate }));
    await writeAtomically(indexPath, withDate(indexFile.text, year, nextYear));
  } catch (error) {
    await writeFile(indexPath, indexFile.text).catch(() => undefined);
    if (originalSource) await writeFile(currentPath, originalSource).catch(() => undefined);
    else await rm(currentPath, { force: true });
    await rm(keptFolder, { recursive: true, force: true });
    const problem = error instanceof DeckError ? error.said : baseMessage('cantWrite', { target: shown, ...writeFailure(error) });
    throw new DeckError('cantWrite', commandMessage('nextYearFailed', { problem }), { cause: error });
  }

  progress.step(commandMessage('stepCheckingNewSource', {}));
  const checked = await loadDeck(slidesDir);
  const toDo = checked.ok ? [] : checked.problems;
  const listed = new Set(toDo.map((problem) => `${problem.file}:${problem.line}`));
  const oldYear = new RegExp(`(?<!\\d)${year}(?!\\d)`);
  const review: NextYear['review'] = [];
  // Named as the build names them in the to-do list (relative to the current folder).
  const asListed = path.relative(process.cwd(), slidesDir) || '.';
  for (const name of [deckIndexFile, ...sectionFiles]) {
    const file = path.join(asListed, name);
    (await readFile(path.join(slidesDir, name), 'utf8')).split('\n').forEach((row, index) => {
      const text = row.trim();
      const comment = name === deckIndexFile && text.startsWith('#');
      if (comment || /^date\s*:/.test(text) || !oldYear.test(text) || listed.has(`${file}:${index + 1}`)) return;
      review.push({ file, line: index + 1, text: text.length > 100 ? `${text.slice(0, 99)}…` : text });
    });
  }
  return { year, nextYear, keptFolder: displayPath(keptFolder), keptFiles, toDo, review };
}

/** deck.yaml with the year of its `date:` line moved on; every other line as it was. */
function withDate(text: string, year: number, nextYear: number): string {
  return text.replace(/^(date\s*:.*)$/m, (line) => line.replace(new RegExp(`(?<!\\d)${year}(?!\\d)`), String(nextYear)));
}

function refuse(kind: ExitCodeName, refusal: NextYearRefusal): DeckError {
  return new DeckError(kind, commandMessage('nextYearRefused', { refusal }));
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
