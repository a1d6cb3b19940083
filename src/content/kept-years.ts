import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { CitedSource } from './check-citations.ts';
import { createContentLocator } from './locate-content-file.ts';
import { parseYaml } from './parse-yaml.ts';
import { readContentFile } from './read-content-file.ts';
import { SourceText } from './source-text.ts';

/**
 * Each year's deck is kept for the record in a folder of the content folder named for its year
 * (slides/2016/: its deck.yaml, its sections and its article), by npm run next-year. A figure of a
 * later deck that names `year: 2016` is checked against that folder's article.
 */
export const keptYearPattern = /^\d{4}$/;

/** The years kept in the content folder, oldest first. */
export async function keptYears(slidesDir: string): Promise<number[]> {
  const entries = await readdir(slidesDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory() && keptYearPattern.test(entry.name))
    .map((entry) => Number(entry.name))
    .sort((a, b) => a - b);
}

/** The year a deck reviews, from deck.yaml's `date` ("2016", "Tháng 12/2016"): its last four-digit year. */
export function yearOfPeriod(date: string): number | undefined {
  const years = [...date.matchAll(/(?<!\d)(\d{4})(?!\d)/g)].map((match) => Number(match[1]));
  return years.at(-1);
}

const keptIndex = z.looseObject({ source: z.string() });

/**
 * The kept articles of the years asked for, each read as the deck's own source is: from inside the
 * content folder only, as UTF-8 text. A year whose folder, deck.yaml or article cannot be read is
 * left out; the figure that names it is told so.
 */
export async function readKeptArticles(
  slidesDir: string,
  years: ReadonlySet<number>,
  display: (file: string) => string,
): Promise<Map<number, CitedSource>> {
  const found = new Map<number, CitedSource>();
  const locate = createContentLocator(slidesDir);
  for (const year of years) {
    const folder = await locate(String(year));
    if (!folder.ok) continue;
    const inFolder = createContentLocator(folder.file);
    const indexPlace = await inFolder('deck.yaml');
    if (!indexPlace.ok) continue;
    const index = await readContentFile(indexPlace.file, display(path.join(String(year), 'deck.yaml')));
    if (!index.ok) continue;
    const parsed = parseYaml({ file: display(path.join(String(year), 'deck.yaml')), text: index.text, lineOffset: 0 }, keptIndex);
    if (!parsed.ok || /[/\\]/.test(parsed.value.source)) continue;
    const articlePlace = await inFolder(parsed.value.source);
    if (!articlePlace.ok) continue;
    const name = display(path.join(String(year), parsed.value.source));
    const article = await readContentFile(articlePlace.file, name);
    if (article.ok) found.set(year, { name, text: new SourceText(article.text) });
  }
  return found;
}
