import { afterEach, describe, expect, it } from 'vitest';
import { toChartView } from '../../../src/charts/to-chart-view.ts';
import { loadDeck } from '../../../src/content/load-deck.ts';
import { renderChartCsv } from '../../../src/csv/render-chart-csv.ts';
import { renderSlides } from '../../../src/html/render-slides.ts';
import { allSlides } from '../../../src/model/deck.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { formatProblem } from '../../helpers/problem-text.ts';
import { lineOf, type ScratchDeck, scratchDeck } from '../../helpers/scratch-deck.ts';

let deck: ScratchDeck | undefined;
afterEach(async () => {
  await deck?.remove();
  deck = undefined;
});

async function problemsOf(dir: string): Promise<string[]> {
  const result = await loadDeck(dir);
  return result.ok
    ? []
    : result.problems.map((problem) => formatProblem({ ...problem, file: problem.file.split('/').pop() ?? problem.file }));
}

const sentence2016 = 'Năm 2016, lực lượng chức năng huyện Mẫu đã xử lý 76 vụ vi phạm…';

describe('a chart of 2017 beside 2016, each value cited from its own year’s article', () => {
  it('builds, and keeps the 2016 value’s sentence of the 2016 article', async () => {
    const result = await loadDeck(fixtureDecks.years, { appendix: true });
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const sentences = result.context.deck.sourceSentences ?? {};
    expect(sentences['2016|lực lượng chức năng huyện Mẫu đã xử lý 76 vụ vi phạm']).toBe(sentence2016);
    expect(sentences['lực lượng chức năng huyện Mẫu đã xử lý 91 vụ vi phạm']).toMatch(/^Năm 2017, .*91 vụ vi phạm/);
  });

  it('says which year’s article each value is cited from: the sources panel, the CSV and the appendix', async () => {
    const result = await loadDeck(fixtureDecks.years, { appendix: true });
    if (!result.ok) throw new Error('the years deck does not load');
    const { context } = result;
    const html = renderSlides(context);
    expect(html).toContain('<span class="source-note__year">(bài viết năm 2016)</span>');
    expect(html.match(/source-note__year/g)).toHaveLength(1);
    const chart = allSlides(context.deck)
      .flatMap((slide) => slide.blocks)
      .find((block) => block.type === 'chart');
    if (chart?.type !== 'chart') throw new Error('the years deck has no chart');
    const csv = renderChartCsv(toChartView(chart.chart, context), context);
    expect(csv).toContain(`${sentence2016} (bài viết năm 2016)`);
    expect(csv).not.toMatch(/Năm 2017,[^\n]*bài viết năm/);
    const appendix = allSlides(context.deck).filter((slide) => slide.reference);
    const items = appendix.flatMap((slide) => slide.blocks).flatMap((block) => (block.type === 'list' ? block.items : []));
    const lines = items.map((inlines) => inlines.map((inline) => inline.text).join(''));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^91 vụ .*Năm 2017/);
    expect(lines[1]).toMatch(/^76 vụ .*Năm 2016, .*\(bài viết năm 2016\)$/);
  });

  it('refuses a wrong 2016 value with its file and line, checked against the 2016 article', async () => {
    deck = await scratchDeck(fixtureDecks.years);
    await deck.edit('01-so-sanh.md', (text) => text.replace('value: 76', 'value: 77'));
    const text = await deck.read('01-so-sanh.md');
    expect(await problemsOf(deck.dir)).toEqual([
      `01-so-sanh.md:${lineOf(text, 'value: 77')} chart.items[1]: số 77 không có trong câu trích dẫn «lực lượng chức năng huyện Mẫu đã xử lý 76 vụ vi phạm»: sửa số hoặc câu trích dẫn`,
    ]);
  });

  it('checks a 2016 quote against the 2016 article, not this year’s', async () => {
    deck = await scratchDeck(fixtureDecks.years);
    await deck.edit('01-so-sanh.md', (text) =>
      text
        .replace('value: 76', 'value: 91')
        .replace('xử lý 76 vụ vi phạm\n  - label: Năm 2017', 'xử lý 91 vụ vi phạm\n  - label: Năm 2017'),
    );
    const problems = await problemsOf(deck.dir);
    expect(problems).toEqual([
      expect.stringMatching(
        /^01-so-sanh\.md:\d+ chart\.items\[1\]\.source: câu trích dẫn «.*91 vụ vi phạm» không có trong .*2016\/nguon\.txt/,
      ),
    ]);
  });

  it('refuses a year with no kept article, and a value of an earlier year whose label does not say the year', async () => {
    deck = await scratchDeck(fixtureDecks.years);
    await deck.edit('01-so-sanh.md', (text) => text.replace('year: 2016', 'year: 2015'));
    expect(await problemsOf(deck.dir)).toEqual([
      expect.stringMatching(/chart\.items\[1\]: không có bài viết năm 2015 được lưu lại \(thư mục slides lưu các năm 2016\)/),
    ]);
    await deck.edit('01-so-sanh.md', (text) => text.replace('year: 2015', 'year: 2016').replace('label: Năm 2016', 'label: Năm trước'));
    expect(await problemsOf(deck.dir)).toEqual([
      expect.stringMatching(/chart\.items\[1\]: số liệu lấy từ bài viết năm 2016 phải ghi năm trong nhãn, ví dụ «label: Năm 2016»/),
    ]);
  });
});
