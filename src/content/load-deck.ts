import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { DeckError } from '../base/errors.ts';
import { contentMessage } from '../model/content-messages.ts';
import type { Deck } from '../model/deck.ts';
import { createDeckContext, type DeckContext, localeFor } from '../model/deck-context.ts';
import { isSupportedLanguage, type Locale } from '../model/locale.ts';
import { topicPalette } from '../theme/palette.ts';
import { assembleDeck, type SectionInput } from './assemble-deck.ts';
import { buildAppendix } from './build-appendix.ts';
import { type CitedSource, checkCitations } from './check-citations.ts';
import type { FigureRuleContext } from './check-figures.ts';
import { checkFit } from './check-fit.ts';
import { checkWording } from './check-wording.ts';
import { keptYears, readKeptArticles, yearOfPeriod } from './kept-years.ts';
import { createContentLocator } from './locate-content-file.ts';
import { parseSection } from './parse-section.ts';
import { parseYaml } from './parse-yaml.ts';
import type { Problem } from './problem.ts';
import { type ContentFile, describeOutside, describeUnreadable, readContentFile } from './read-content-file.ts';
import { deckIndexSchema, sectionFileName } from './schema.ts';
import { SourceText } from './source-text.ts';

export const deckIndexFile = 'deck.yaml';

/**
 * Warnings do not stop a build, such as a section file that deck.yaml does not list. Problems and
 * warnings are data: `locale` is the deck's as far as deck.yaml could be read (its `lang`), for
 * whoever shows them in the deck's language, such as the dev server's overlay.
 */
export type LoadResult =
  | { ok: true; context: DeckContext; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[]; locale: Locale };

/** What can still be read from a deck.yaml with problems, so that the sections are checked too. */
const recoverableIndex = z.object({ sections: z.array(z.unknown()).catch([]), lang: z.string().catch('vi') }).partial();

export interface LoadDeckOptions {
  /** Add the "Nguồn số liệu" appendix: every cited sentence with the figures taken from it (npm run build -- --appendix). */
  appendix?: boolean;
  /** Called with the warnings, if there are any, whether or not the deck loads. */
  onWarnings?: (warnings: readonly Problem[]) => void;
}

/**
 * Reads slides/deck.yaml and every section it lists, and validates them all.
 * Problems are collected across files so an editor sees every one at once: a problem in
 * deck.yaml does not hide those in the sections it lists.
 */
export async function loadDeck(slidesDir: string, options: LoadDeckOptions = {}): Promise<LoadResult> {
  const displayDir = path.relative(process.cwd(), slidesDir) || '.';
  const display = (file: string): string => path.join(displayDir, file);
  const indexDisplay = display(deckIndexFile);
  const locate = createContentLocator(slidesDir);
  /** A file deck.yaml names, read only if it is in the content folder. */
  const readNamed = async (name: string): Promise<ContentFile | { ok: false; outside: true }> => {
    const location = await locate(name);
    return location.ok ? readContentFile(location.file, display(name)) : location;
  };
  const indexFile = await readNamed(deckIndexFile);
  if (!indexFile.ok) {
    const problem =
      'problem' in indexFile
        ? indexFile.problem
        : {
            file: indexDisplay,
            line: 1,
            message:
              'outside' in indexFile
                ? describeOutside(deckIndexFile, displayDir)
                : contentMessage('indexUnreadable', { reason: indexFile.unreadable }),
          };
    return { ok: false, problems: [problem], warnings: [], locale: localeFor('vi') };
  }
  const indexText = indexFile.text;

  const problems: Problem[] = [];
  const index = parseYaml({ file: indexDisplay, text: indexText, lineOffset: 0 }, deckIndexSchema);
  let sectionFiles: string[];
  // Every name listed, valid or not: a file listed under a refused name is not also "not listed".
  let listedNames: string[];
  let lang: string;
  if (index.ok) {
    sectionFiles = index.value.sections;
    listedNames = sectionFiles;
    lang = index.value.lang;
  } else {
    problems.push(...index.problems);
    const recovered = recoverableIndex.safeParse(index.partial ?? {});
    const sections = recovered.success ? (recovered.data.sections ?? []) : [];
    listedNames = sections.filter((file): file is string => typeof file === 'string');
    sectionFiles = listedNames.filter((file) => sectionFileName.safeParse(file).success);
    const recoveredLang = recovered.success ? recovered.data.lang : undefined;
    lang = recoveredLang && isSupportedLanguage(recoveredLang) ? recoveredLang : 'vi';
  }
  const locale = localeFor(lang);
  const entryLine = (file: string, occurrence = 0): number => lineOfEntry(indexText, file, occurrence);

  // What the honesty rules check every chart and figure against: the declared topics and the source.
  const figureRules: FigureRuleContext = { locale, ...(index.ok ? { topics: index.value.topics ?? [] } : {}) };
  const topics = figureRules.topics ?? [];
  if (topics.length > topicPalette.length) {
    problems.push({
      file: indexDisplay,
      line: entryLine('topics:'),
      field: 'topics',
      message: contentMessage('tooManyTopics', { count: topics.length, colours: topicPalette.length }),
    });
  }
  topics.forEach((topic, position) => {
    if (topics.findIndex((other) => other.id === topic.id) !== position) {
      problems.push({
        file: indexDisplay,
        line: entryLine(`id: ${topic.id}`, 1),
        field: `topics[${position + 1}].id`,
        message: contentMessage('topicTwice', { id: topic.id }),
      });
    }
  });
  // The source, read before the sections: the chart rules check a part-to-whole chart's whole against it.
  let source: SourceText | undefined;
  if (index.ok && index.value.source !== undefined) {
    const sourceName = index.value.source;
    const sourceFile = await readNamed(sourceName);
    if (!sourceFile.ok) {
      problems.push(
        'problem' in sourceFile
          ? sourceFile.problem
          : {
              file: indexDisplay,
              line: entryLine(sourceName),
              field: 'source',
              message:
                'outside' in sourceFile
                  ? describeOutside(sourceName, displayDir)
                  : describeUnreadable(sourceFile.unreadable, sourceName, displayDir),
            },
      );
    } else {
      source = new SourceText(sourceFile.text);
      figureRules.source = { file: sourceName, text: sourceFile.text };
    }
  }

  const inputs: SectionInput[] = [];
  const listed = new Map<string, number>();
  for (const [position, file] of sectionFiles.entries()) {
    const field = `sections[${position + 1}]`;
    const earlier = listed.get(file);
    if (earlier !== undefined) {
      problems.push({
        file: indexDisplay,
        line: entryLine(file, sectionFiles.slice(0, position).filter((other) => other === file).length),
        field,
        message: contentMessage('sectionTwice', { file, earlier: earlier + 1 }),
      });
      continue;
    }
    listed.set(file, position);
    const sectionFile = await readNamed(file);
    if (!sectionFile.ok) {
      if ('problem' in sectionFile) {
        problems.push(sectionFile.problem);
        continue;
      }
      const message =
        'outside' in sectionFile ? describeOutside(file, displayDir) : describeUnreadable(sectionFile.unreadable, file, displayDir);
      problems.push({ file: indexDisplay, line: entryLine(file), field, message });
      continue;
    }
    const result = parseSection(display(file), sectionFile.text, {
      notesMarkers: locale.notesMarkers,
      hintMarkers: locale.hintMarkers,
      figureRules,
    });
    problems.push(...result.problems);
    const plannedSeconds = index.ok ? index.value.timing?.sections?.[file] : undefined;
    if (result.section) inputs.push({ file: display(file), parsed: result.section, plannedSeconds });
  }

  // Every figure cites its sentence of the source (or of an earlier year's kept article): checked on every section that parsed.
  const sites = inputs.flatMap((input) => input.parsed.slides.flatMap((slide) => slide.citations));
  const wanted = new Set(sites.flatMap((site) => (site.year === undefined ? [] : [site.year])));
  const earlier = wanted.size > 0 ? await readKeptArticles(slidesDir, wanted, display) : new Map<number, CitedSource>();
  const kept = wanted.size > 0 ? await keptYears(slidesDir) : [];
  let sourceSentences: Record<string, string> = {};
  if (index.ok && source && index.value.source !== undefined && sites.length > 0) {
    const check = checkCitations(
      sites,
      { name: display(index.value.source), text: source },
      { style: locale, period: index.value.date, year: yearOfPeriod(index.value.date), earlier, keptYears: kept },
    );
    problems.push(...check.problems);
    sourceSentences = check.sentences;
  } else if (index.ok && index.value.source === undefined && sites.length > 0) {
    problems.push({ file: indexDisplay, line: 1, field: 'source', message: contentMessage('sourceMissing', {}) });
  }
  // What the room sees keeps the article's words: its abbreviations, and no remark about the article itself.
  if (source) {
    for (const input of inputs) problems.push(...checkWording(input.file, input.parsed, source.text, locale));
  }

  const warnings = await unlistedSectionFiles(slidesDir, new Set(listedNames), display);
  if (problems.length > 0 || !index.ok) {
    return { ok: false, problems: inFileOrder(problems, [indexDisplay, ...sectionFiles.map(display)]), warnings, locale };
  }
  const { sections: _sections, timing, ...meta } = index.value;
  const deck: Deck = { ...assembleDeck(meta, inputs, timing?.total), sourceSentences };
  if (options.appendix && source) deck.sections.push(buildAppendix(deck, { current: source, earlier }, locale));
  const context = createDeckContext(deck, locale);
  // Every slide's content must fit its page, in every output: the placement is the one that decides.
  const overflows = checkFit(context);
  if (overflows.length > 0) return { ok: false, problems: overflows, warnings, locale };
  return { ok: true, context, warnings };
}

/** Loads the deck, with its context, or throws a DeckError that lists every problem. */
export async function loadDeckOrThrow(slidesDir: string, options: LoadDeckOptions = {}): Promise<DeckContext> {
  const result = await loadDeck(slidesDir, options);
  if (result.warnings.length > 0) options.onWarnings?.(result.warnings);
  if (!result.ok) throw new DeckError('content', contentMessage('problemList', { problems: result.problems }));
  return result.context;
}

/** Markdown files beside deck.yaml that it does not list: an editor who added one expects to see it. */
async function unlistedSectionFiles(slidesDir: string, listed: ReadonlySet<string>, display: (file: string) => string): Promise<Problem[]> {
  const entries = await readdir(slidesDir, { withFileTypes: true }).catch(() => []);
  // Listed under a name that was refused ("./02-noi-dung.md") is listed all the same: its problem says what to fix.
  const composed = new Set([...listed].map((name) => path.basename(name.replaceAll('\\', '/')).normalize('NFC')));
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md') && !composed.has(entry.name.normalize('NFC')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ file: display(name), line: 1, message: contentMessage('unlisted', {}) }));
}

/** Problems file by file, deck.yaml first, then the sections in their order, each file's from the top. */
function inFileOrder(problems: readonly Problem[], files: readonly string[]): Problem[] {
  const rank = new Map<string, number>();
  for (const file of [...files, ...problems.map((problem) => problem.file)]) if (!rank.has(file)) rank.set(file, rank.size);
  return [...problems].sort((a, b) => (rank.get(a.file) ?? 0) - (rank.get(b.file) ?? 0) || a.line - b.line);
}

/** The line of a value in deck.yaml, such as a section's file name; `occurrence` counts from 0 when it is listed twice. */
function lineOfEntry(text: string, value: string, occurrence: number): number {
  const lines = text.split('\n').flatMap((line, index) => (line.includes(value) && !line.trimStart().startsWith('#') ? [index + 1] : []));
  return lines[occurrence] ?? lines[0] ?? 1;
}
