import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCitationDefinitions } from '../../../src/content/citation-markers.ts';
import { evaluateFormula, roundingTolerance } from '../../../src/content/evaluate-formula.ts';
import { findFacts } from '../../../src/content/find-facts.ts';
import { loadDeck } from '../../../src/content/load-deck.ts';
import { parseSection } from '../../../src/content/parse-section.ts';
import { SourceText } from '../../../src/content/source-text.ts';
import { createLocale } from '../../../src/model/locale.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { formatProblem } from '../../helpers/problem-text.ts';

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
      '01-sai.md:8 figure: số 15 không có trong câu trích dẫn «Huyện thành lập tổ thử nghiệm ở 14 thôn, bản»: sửa số hoặc câu trích dẫn',
      '01-sai.md:19 list.items[1]: bài viết ghi «trên 420 lượt người»: thiếu chữ «trên» trước số 420; ghi đúng như bài viết',
      '01-sai.md:28 chart.items[1]: bài viết ghi «trên 420 lượt người»: thiếu chữ «trên» trước số 420; ghi đúng như bài viết',
      `01-sai.md:40 [^quy-mot]: câu trích dẫn «đã xử lý 83 vụ trong quý một» không có trong ${path.relative(process.cwd(), fixtureDecks.citationsRefused)}/nguon.txt: bài viết giống đến «…đã xử lý 83 vụ », rồi ghi «nhóm A, 97 vụ nhóm B; tổ chức …» ở chỗ câu trích dẫn ghi «trong quý một»: sửa câu trích dẫn cho đúng bài viết`,
      '01-sai.md:58 chart.items[2]: 350 không khớp: 420 ÷ 140% = 300 (số suy ra phải bằng kết quả phép tính, làm tròn đến chữ số cuối nó ghi)',
      '01-sai.md:71 list.items[1]: «12-KH/HM», «5/1/2020» cần dẫn chứng từ bài viết: thêm một dấu như [^1] sau chữ đó và, trong cùng tệp, một dòng «[^1]: đúng chữ của bài viết»',
      '01-sai.md:74 figure: chưa có câu trích dẫn: thêm «source:» với đúng chữ của bài viết nêu con số này',
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
  return checkCitations(sites, { name: 'nguon.txt', text: new SourceText(source) }, { style: locale, period: '2030' }).problems.map(
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
      's.md:9 list.items[3]: dấu [^khong-co] chưa có câu trích dẫn: thêm một dòng «[^khong-co]: đúng chữ của bài viết» trong tệp này',
    ]);
    const fixed = slide.replace(' [^khong-co]', '');
    expect(await checkOne(fixed, source)).toEqual([
      's.md:7 list.items[1]: bài viết ghi «7 hộ được», không phải «7 người được»: ghi đúng như bài viết',
      's.md:8 list.items[2]: lời trích «Bằng khen của Thủ tướng» không có trong câu trích dẫn: ghi đúng như bài viết',
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
      's.md:12 chart.items[1]: 801 không khớp: 1.200 ÷ 150% = 800 (số suy ra phải bằng kết quả phép tính, làm tròn đến chữ số cuối nó ghi)',
    ]);
    expect(await checkOne(chart('600', '1.200 ÷ 200%'), source)).toEqual([
      's.md:12 chart.items[1]: số 200% trong phép tính không có trong câu trích dẫn: trích đúng chữ của bài viết nêu số đó',
    ]);
  });

  it('knows the deck period needs no citation, but any other year does', async () => {
    expect(await checkOne('Tổng kết năm 2030', source)).toEqual([]);
    expect(await checkOne('Tổng kết năm 2029', source)).toEqual([
      's.md:7 paragraph: «2029» cần dẫn chứng từ bài viết: thêm một dấu như [^1] sau chữ đó và, trong cùng tệp, một dòng «[^1]: đúng chữ của bài viết»',
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
    expect(source.explainMiss('năm qua, xã đã làm')).toEqual({ kind: 'case' });
    // A number that differs is shown whole on both sides, never cut between its digits.
    const article = new SourceText('Thành phố đã đạt được nhiều thành tích trong năm 2017. Hết.');
    expect(article.explainMiss('đạt được nhiều thành tích trong năm 2016')).toEqual({
      kind: 'differs',
      upTo: '…thành tích trong năm ',
      sourceHas: '2017. Hết.',
      quoteHas: '2016',
    });
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
    expect(evaluateFormula('420 ÷ (140%', locale)).toEqual({ ok: false, problem: { kind: 'unclosed' } });
    expect(evaluateFormula('420 ÷ abc', locale)).toMatchObject({ ok: false });
    expect(roundingTolerance(200)).toBeCloseTo(0.5);
    expect(roundingTolerance(1.5)).toBeCloseTo(0.05);
  });

  it('takes definitions out of the text, keeping line numbers, with quotes over several lines', () => {
    const { body, definitions, problems } = extractCitationDefinitions('f.md', 'a\n[^x]: một hai\n  ba bốn\n[^x]: lần nữa\n[^y]:\n', 10);
    expect(body.split('\n')).toHaveLength(6);
    expect(definitions.get('x')).toEqual({ label: 'x', quote: 'một hai ba bốn', line: 12 });
    expect(problems.map(formatProblem)).toEqual([
      'f.md:14 [^x]: câu trích dẫn này được ghi hai lần (lần đầu ở dòng 12): chỉ giữ một',
      'f.md:15 [^y]: câu trích dẫn để trống: ghi đúng chữ của bài viết sau dấu hai chấm',
    ]);
  });
});
