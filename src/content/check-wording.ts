import { contentMessage } from '../model/content-messages.ts';
import type { Locale } from '../model/locale.ts';
import type { ParsedSection } from './parse-section.ts';
import type { Problem } from './problem.ts';
import { normalizeText } from './source-text.ts';

/** A projected text of a section: what the room reads on a slide, with where it is written. */
interface ShownText {
  line: number;
  field: string;
  text: string;
}

/**
 * What the room reads keeps the article's own words (issue 18's "faithful wording"), on every
 * projected text (titles, points, paragraphs, figure and chart labels, chart titles, a derived
 * value's explanation, a statement), never on the presenter's notes and hints:
 * - an abbreviation the article writes in capitals (three letters or more, such as MTTQ) is kept as
 *   it is, or its expansion is marked as one by the abbreviation in brackets after it, unless the
 *   article itself writes the expansion;
 * - no remark about the article itself (the Locale's `sourceRemarks`, such as "bài viết"): that
 *   belongs in the presenter's hints.
 */
export function checkWording(file: string, section: ParsedSection, source: string, locale: Locale): Problem[] {
  const problems: Problem[] = [];
  const abbreviations = sourceAbbreviations(source);
  const sourceWords = normalizeText(source).toLocaleLowerCase(locale.lang);
  for (const shown of shownTexts(section)) {
    for (const abbreviation of abbreviations) {
      for (const expansion of findExpansions(shown.text, abbreviation)) {
        if (sourceWords.includes(normalizeText(expansion.text).toLocaleLowerCase(locale.lang))) continue;
        const after = shown.text.slice(expansion.end);
        if (new RegExp(`^\\s*\\(\\s*${abbreviation}\\s*\\)`, 'u').test(after)) continue;
        problems.push({
          file,
          line: shown.line,
          field: shown.field,
          message: contentMessage('abbreviationExpanded', { expansion: expansion.text, abbreviation }),
        });
      }
    }
    const remark = locale.sourceRemarks.find((words) => containsWords(shown.text, words));
    if (remark) {
      problems.push({
        file,
        line: shown.line,
        field: shown.field,
        message: contentMessage('sourceRemark', { words: remark, marker: locale.hintMarkers[0] }),
      });
    }
  }
  return problems;
}

/** Every text of the section the room reads, with its line and field. */
function shownTexts(section: ParsedSection): ShownText[] {
  const texts: ShownText[] = [{ line: section.titleLine, field: 'title', text: section.frontMatter.title }];
  for (const slide of section.slides) {
    for (const site of slide.citations) {
      if (site.kind === 'text') texts.push({ line: site.line, field: site.field, text: site.text });
      else if (site.quantity.derived) texts.push({ line: site.line, field: `${site.field}.derived`, text: site.quantity.derived });
    }
    for (const block of slide.blocks) {
      if (block.type !== 'statement') continue;
      const { by, role } = block.statement;
      const line = slide.citations.find((site) => site.field === 'statement.text')?.line ?? slide.line;
      texts.push({ line, field: 'statement.by', text: by });
      if (role) texts.push({ line, field: 'statement.role', text: role });
    }
  }
  return texts;
}

const letter = '[\\p{L}\\p{M}]';

/** The abbreviations an article writes in capitals: three letters or more, such as UBND or HĐND. */
export function sourceAbbreviations(source: string): string[] {
  const found = source.normalize('NFC').matchAll(new RegExp(`(?<!${letter}|\\p{N})\\p{Lu}{3,}(?!${letter}|\\p{N})`, 'gu'));
  return [...new Set([...found].map((match) => match[0]))];
}

/** A letter without its marks, in capitals: "Ủ" → "U", while "Đ" stays "Đ" (it is a letter of its own). */
function baseLetter(character: string): string {
  return (character.normalize('NFD')[0] ?? character).toLocaleUpperCase('vi');
}

/**
 * The places where `text` spells out `abbreviation`: as many consecutive words as it has letters,
 * the first one capitalised, each starting with its letter ("Mặt trận Tổ quốc" for MTTQ, "Ủy ban nhân
 * dân" for UBND), compared without marks, as Vietnamese abbreviations drop them.
 */
export function findExpansions(text: string, abbreviation: string): { text: string; start: number; end: number }[] {
  const letters = [...abbreviation].map(baseLetter);
  const words = [...text.normalize('NFC').matchAll(new RegExp(`${letter}+`, 'gu'))].map((match) => ({
    word: match[0],
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
  const found: { text: string; start: number; end: number }[] = [];
  for (let first = 0; first + letters.length <= words.length; first++) {
    const run = words.slice(first, first + letters.length);
    const opening = run[0];
    const closing = run.at(-1);
    if (!opening || !closing || opening.word[0] !== opening.word[0]?.toLocaleUpperCase('vi')) continue;
    if (opening.word === abbreviation) continue;
    const spelled = run.every((word, index) => baseLetter(word.word[0] ?? '') === letters[index]);
    // Words of one phrase: only spaces between them.
    const joined = run.every((word, index) => index === 0 || /^[ \t]+$/.test(text.normalize('NFC').slice(run[index - 1]?.end, word.start)));
    if (spelled && joined)
      found.push({ text: text.normalize('NFC').slice(opening.start, closing.end), start: opening.start, end: closing.end });
  }
  return found;
}

/** Whether the words stand in the text as words (not inside longer ones), whatever their case. */
function containsWords(text: string, words: string): boolean {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<!${letter})${escaped}(?!${letter})`, 'iu').test(text.normalize('NFC'));
}
