import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DeckError } from '../base/errors.ts';
import type { Deck } from '../model/deck.ts';
import { createLocale } from '../model/locale.ts';
import { assembleDeck, type SectionInput } from './assemble-deck.ts';
import { parseSection } from './parse-section.ts';
import { parseYaml } from './parse-yaml.ts';
import { formatProblems, type Problem } from './problem.ts';
import { deckIndexSchema } from './schema.ts';

export const deckIndexFile = 'deck.yaml';

export type LoadResult = { ok: true; deck: Deck } | { ok: false; problems: Problem[] };

/**
 * Reads slides/deck.yaml and every section it lists, and validates them all.
 * Problems are collected across files so an editor sees every one at once.
 */
export async function loadDeck(slidesDir: string): Promise<LoadResult> {
  const displayDir = path.relative(process.cwd(), slidesDir) || '.';
  const display = (file: string): string => path.join(displayDir, file);
  const indexText = await readText(path.join(slidesDir, deckIndexFile));
  if (indexText === undefined) {
    return {
      ok: false,
      problems: [{ file: display(deckIndexFile), line: 1, message: 'file not found: the deck needs an index of its sections' }],
    };
  }

  const index = parseYaml({ file: display(deckIndexFile), text: indexText.normalize('NFC'), lineOffset: 0 }, deckIndexSchema);
  if (!index.ok) return { ok: false, problems: index.problems };
  const { sections: sectionFiles, ...meta } = index.value;
  const locale = createLocale(meta.lang);

  const problems: Problem[] = [];
  const inputs: SectionInput[] = [];
  for (const [position, file] of sectionFiles.entries()) {
    const text = await readText(path.join(slidesDir, file));
    if (text === undefined) {
      problems.push({
        file: display(deckIndexFile),
        line: lineContaining(indexText, file),
        field: `sections[${position}]`,
        message: `file "${file}" not found in ${displayDir}`,
      });
      continue;
    }
    const result = parseSection(display(file), text, { notesMarkers: locale.notesMarkers });
    problems.push(...result.problems);
    if (result.section) inputs.push({ file: display(file), parsed: result.section });
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, deck: assembleDeck(meta, inputs) };
}

/** Loads the deck or throws a DeckError that lists every problem. */
export async function loadDeckOrThrow(slidesDir: string): Promise<Deck> {
  const result = await loadDeck(slidesDir);
  if (!result.ok) throw new DeckError('content', formatProblems(result.problems));
  return result.deck;
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function lineContaining(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  return index < 0 ? 1 : index + 1;
}
