import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCitationDefinitions } from '../../../src/content/citation-markers.ts';
import { evaluateFormula, roundingTolerance } from '../../../src/content/evaluate-formula.ts';
import { findFacts } from '../../../src/content/find-facts.ts';
import { loadDeck } from '../../../src/content/load-deck.ts';
import { parseSection } from '../../../src/content/parse-section.ts';
import { formatProblem } from '../../../src/content/problem.ts';
import { SourceText } from '../../../src/content/source-text.ts';
import { createLocale } from '../../../src/model/locale.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';

const locale = createLocale('vi');

async function problemsOf(dir: string): Promise<string[]> {
  const result = await loadDeck(dir);
  return result.ok ? [] : result.problems.map((problem) => formatProblem({ ...problem, file: path.basename(problem.file) }));
}

describe('the citation check on fixture decks', () => {
  it('accepts a deck whose every figure, date, reference and quotation cites its sentence', async () => {
    const result = await loadDeck(fixtureDecks.basic);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.context.deck.sourceSentences?.['tổ chức tập huấn cho trên 420 lượt người, bằng 140% kế hoạch']).toBe(
      '…tổ chức tập huấn cho trên 420 lượt người, bằng 140% kế hoạch…',
    );
  });

  it('refuses a changed number, a dropped qualifier, a quote not in the source, a derived value that does not add up, and no citation', async () => {
    expect(await problemsOf(fixtureDecks.citationsRefused)).toEqual([
      '01-sai.md:8 figure: 15 is not in the cited words "Huyện thành lập tổ thử nghiệm ở 14 thôn, bản": the figure differs from the source',
      '01-sai.md:19 list.items[1]: the source says "trên 420 lượt người": the qualifier "trên" is dropped from 420',
      '01-sai.md:28 chart.items[1]: the source says "trên 420 lượt người": the qualifier "trên" is dropped from 420',
      `01-sai.md:40 [^quy-mot]: "đã xử lý 83 vụ trong quý một" is not in ${path.relative(process.cwd(), fixtureDecks.citationsRefused)}/nguon.txt: the source has the words up to "…đã xử lý 83 vụ ", then "nhóm A, 97 vụ nhóm B; tổ chức …" where the quote has "trong quý một"`,
      "01-sai.md:58 chart.items[2]: 350 does not add up: 420 ÷ 140% = 300 (a derived value must be its formula's result, rounded to the digits it shows)",
      '01-sai.md:71 list.items[1]: "12-KH/HM", "5/1/2020" need a citation: add a marker such as [^1] and, in the same file, a line "[^1]: the source\'s exact words"',
      "01-sai.md:74 figure: has no citation: add source: with the source's exact words that state it",
    ]);
  });
});

/** A section of one slide, checked against `source`: the check knows no particular talk. */
async function checkOne(slide: string, source: string): Promise<string[]> {
  const { checkCitations } = await import('../../../src/content/check-citations.ts');
  const text = `---\ntitle: T\n---\n\n## Trang\n\n${slide}\n\nGhi chú:\nn\n`;
  const parsed = parseSection('s.md', text, { notesMarkers: locale.notesMarkers });
  if (!parsed.section) return parsed.problems.map(formatProblem);
  const sites = parsed.section.slides.flatMap((s) => s.citations);
  return checkCitations(sites, new SourceText(source), { sourceName: 'nguon.txt', style: locale, period: '2030' }).problems.map(
    formatProblem,
  );
}

describe('checkCitations on any source', () => {
  const source =
    'Năm 2030, xã Mới trồng khoảng trên 1.200 cây xanh, bằng 150% kế hoạch.\nXã nhận “Bằng khen của Chủ tịch”; 7 hộ được hỗ trợ.';

  it('accepts numbers in the source style, qualifiers, units and quotations', async () => {
    const slide = [
      '- Trồng **khoảng trên 1.200 cây xanh** [^cay]',
      '- Nhận “Bằng khen của Chủ tịch” [^khen]',
      '',
      '[^cay]: xã Mới trồng khoảng trên 1.200 cây xanh',
      '[^khen]: Xã nhận “Bằng khen của Chủ tịch”',
      '',
      '```figure',
      'value: 1200',
      'qualifier: khoảng trên',
      'unit: cây xanh',
      'label: trồng mới năm 2030',
      'source: trồng khoảng trên 1.200 cây xanh',
      '```',
    ].join('\n');
    expect(await checkOne(slide, source)).toEqual([]);
  });

  it('refuses a changed unit, a quotation that differs, and a marker with no definition', async () => {
    const slide = [
      '- 7 người được hỗ trợ [^ho]',
      '- Nhận “Bằng khen của Thủ tướng” [^khen]',
      '- Trồng cây [^khong-co]',
      '',
      '[^ho]: 7 hộ được hỗ trợ',
      '[^khen]: Xã nhận “Bằng khen của Chủ tịch”',
    ].join('\n');
    expect(await checkOne(slide, source)).toEqual([
      's.md:9 list.items[3]: the marker [^khong-co] has no definition: add a line "[^khong-co]: the source\'s exact words" in this file',
    ]);
    const fixed = slide.replace(' [^khong-co]', '');
    expect(await checkOne(fixed, source)).toEqual([
      's.md:7 list.items[1]: the source says "7 hộ được", not "7 người được"',
      's.md:8 list.items[2]: the quotation "Bằng khen của Thủ tướng" is not in the cited words',
    ]);
  });

  it('checks a derived value against its formula, with the rounding its digits allow', async () => {
    const chart = (value: string, formula: string) =>
      [
        '```chart',
        'type: bar',
        'title: Cây xanh',
        'items:',
        '  - label: Kế hoạch',
        `    value: ${value}`,
        '    unit: cây xanh',
        '    derived: tính từ tỷ lệ 150%',
        `    formula: ${formula}`,
        '    source: khoảng trên 1.200 cây xanh, bằng 150% kế hoạch',
        '```',
      ].join('\n');
    expect(await checkOne(chart('800', '1.200 ÷ 150%'), source)).toEqual([]);
    expect(await checkOne(chart('801', '1.200 ÷ 150%'), source)).toEqual([
      "s.md:12 chart.items[1]: 801 does not add up: 1.200 ÷ 150% = 800 (a derived value must be its formula's result, rounded to the digits it shows)",
    ]);
    expect(await checkOne(chart('600', '1.200 ÷ 200%'), source)).toEqual([
      "s.md:12 chart.items[1]: formula: 200% is not in the cited words: cite the source's words that state it",
    ]);
  });

  it('knows the deck period needs no citation, but any other year does', async () => {
    expect(await checkOne('Tổng kết năm 2030', source)).toEqual([]);
    expect(await checkOne('Tổng kết năm 2029', source)).toEqual([
      's.md:7 paragraph: "2029" needs a citation: add a marker such as [^1] and, in the same file, a line "[^1]: the source\'s exact words"',
    ]);
  });
});

describe('the pieces of the check', () => {
  it('compares after NFC and white-space normalisation, and cuts a list-sentence at its semicolons', () => {
    const source = new SourceText('Mở đầu.\n\nNăm qua,   xã   đã làm 5 việc; trồng 9 cây.'.normalize('NFD'));
    expect(source.sentenceOf('xã đã\nlàm 5 việc')).toBe('Năm qua, xã đã làm 5 việc…');
    expect(source.sentenceOf('trồng 9 cây')).toBe('…trồng 9 cây.');
    expect(source.sentenceOf('Mở đầu')).toBe('Mở đầu.');
    expect(source.find('trồng 10 cây')).toBeUndefined();
    expect(source.explainMiss('năm qua, xã đã làm')).toMatch(/capital letters/);
  });

  it('finds numbers with their qualifiers, dates, references and quotations', () => {
    const facts = findFacts('Kế hoạch số 12-KH/HM ngày 5/1/2030 về “Thử nghiệm”: khoảng trên 2,5 tỷ đồng và 140% kế hoạch', locale);
    expect(facts).toEqual([
      { kind: 'reference', text: '12-KH/HM' },
      { kind: 'date', text: '5/1/2030' },
      expect.objectContaining({ kind: 'number', text: '2,5', value: 2.5, qualifier: 'khoảng trên' }),
      expect.objectContaining({ kind: 'number', text: '140', value: 140, qualifier: '' }),
      { kind: 'quotation', text: 'Thử nghiệm' },
    ]);
  });

  it('evaluates formulas written as the source writes numbers', () => {
    expect(evaluateFormula('420 ÷ 140%', locale)).toMatchObject({ ok: true, value: 300 });
    expect(evaluateFormula('(1.200 + 300) × 1,5', locale)).toMatchObject({ ok: true, value: 2250 });
    expect(evaluateFormula('420 ÷ (140%', locale)).toEqual({ ok: false, message: 'a "(" is not closed' });
    expect(evaluateFormula('420 ÷ abc', locale)).toMatchObject({ ok: false });
    expect(roundingTolerance(200)).toBeCloseTo(0.5);
    expect(roundingTolerance(1.5)).toBeCloseTo(0.05);
  });

  it('takes definitions out of the text, keeping line numbers, with quotes over several lines', () => {
    const { body, definitions, problems } = extractCitationDefinitions('f.md', 'a\n[^x]: một hai\n  ba bốn\n[^x]: lần nữa\n[^y]:\n', 10);
    expect(body.split('\n')).toHaveLength(6);
    expect(definitions.get('x')).toEqual({ label: 'x', quote: 'một hai ba bốn', line: 12 });
    expect(problems.map(formatProblem)).toEqual([
      'f.md:14 [^x]: is defined twice (first on line 12)',
      "f.md:15 [^y]: is empty: write the source's exact words after the colon",
    ]);
  });
});
