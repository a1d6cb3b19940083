import { afterEach, describe, expect, it } from 'vitest';
import { findExpansions, sourceAbbreviations } from '../../../src/content/check-wording.ts';
import { loadDeck } from '../../../src/content/load-deck.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { formatProblem } from '../../helpers/problem-text.ts';
import { lineOf, type ScratchDeck, scratchDeck } from '../../helpers/scratch-deck.ts';

let deck: ScratchDeck;
afterEach(() => deck.remove());

async function problems(): Promise<string[]> {
  const result = await loadDeck(deck.dir);
  return result.ok
    ? []
    : result.problems.map((problem) => formatProblem({ ...problem, file: problem.file.split('/').pop() ?? problem.file }));
}

/** The basic fixture deck's last slide with `point` as its second point, and `notes` added to its notes. */
async function withPoint(point: string, notes = ''): Promise<number> {
  deck = await scratchDeck(fixtureDecks.basic);
  await deck.edit('04-y-kien.md', (text) =>
    text.replace('- Giữ vững kết quả đã đạt được', `- ${point}`).replace(/thử nghiệm\.\n?$/, `thử nghiệm.${notes}\n`),
  );
  return lineOf(await deck.read('04-y-kien.md'), `- ${point}`);
}

describe('abbreviations stay as the article writes them (the basic deck’s article writes "UBND")', () => {
  it('refuses an expansion of the article’s abbreviation on a projected point, at its line', async () => {
    const line = await withPoint('Ủy ban nhân dân huyện chỉ đạo');
    expect(await problems()).toEqual([
      `04-y-kien.md:${line} list.items[2]: «Ủy ban nhân dân» là cách viết đầy đủ của «UBND», nhưng bài viết chỉ ghi «UBND»: giữ «UBND» như bài viết, hoặc ghi «Ủy ban nhân dân (UBND)» để người xem biết đó là cách viết đầy đủ`,
    ]);
  });

  it('accepts the abbreviation itself, an expansion marked with it, and an expansion in the presenter’s notes', async () => {
    await withPoint('UBND huyện chỉ đạo; Ủy ban nhân dân (UBND) huyện đôn đốc', '\n\nỦy ban nhân dân huyện đã chỉ đạo sát sao.');
    expect(await problems()).toEqual([]);
  });

  it('finds an expansion by the initials of its words, without their marks, with Đ a letter of its own', () => {
    expect(sourceAbbreviations('Chủ tịch UBND huyện; HĐND tỉnh; MTTQ và TP, 48-CT/TW')).toEqual(['UBND', 'HĐND', 'MTTQ']);
    expect(findExpansions('Mặt trận Tổ quốc Việt Nam giám sát', 'MTTQ').map((found) => found.text)).toEqual(['Mặt trận Tổ quốc']);
    expect(findExpansions('Hội đồng nhân dân tỉnh', 'HĐND').map((found) => found.text)).toEqual(['Hội đồng nhân dân']);
    expect(findExpansions('Hội dồng nhân dân tỉnh', 'HĐND')).toEqual([]);
    // Words of one phrase only, the first one capitalised: not across a comma, not from a lower-case word.
    expect(findExpansions('Ủy ban, nhân dân', 'UBND')).toEqual([]);
    expect(findExpansions('ủy ban nhân dân', 'UBND')).toEqual([]);
  });
});

describe('the projected slides make no remark about the source article', () => {
  it('refuses "bài viết" on a projected point, with where to put it instead', async () => {
    const line = await withPoint('Bài viết không nêu số liệu này');
    expect(await problems()).toEqual([
      `04-y-kien.md:${line} list.items[2]: «bài viết» là lời nói về bài viết nguồn, không chiếu cho hội trường: bỏ khỏi trang chiếu, đưa lời giải thích vào phần «Gợi ý:» cho người trình bày`,
    ]);
  });

  it('refuses it in a derived value’s explanation, which is shown under its chart', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await deck.edit('03-so-lieu.md', (text) =>
      text.replace(
        'derived: "tính từ trên 420 lượt người bằng 140% kế hoạch"',
        'derived: "tính từ 140% kế hoạch; bài viết không nêu kế hoạch"',
      ),
    );
    expect(await problems()).toEqual([
      expect.stringMatching(/^03-so-lieu\.md:\d+ chart\.items\[2\]\.derived: «bài viết» là lời nói về bài viết nguồn/),
    ]);
  });

  it('accepts it in the presenter’s hints and the spoken notes', async () => {
    await withPoint('Giữ vững kết quả đã đạt được', '\n\nGợi ý:\nBài viết không nêu con số kế hoạch; nếu có đại biểu hỏi, nói rõ như vậy.');
    expect(await problems()).toEqual([]);
  });
});

describe('the real deck', () => {
  it('keeps its abbreviations and makes no remark about its article on a projected slide', async () => {
    const result = await loadDeck('slides');
    const wording = result.ok
      ? []
      : result.problems.filter((problem) => ['abbreviationExpanded', 'sourceRemark'].includes(problem.message.key));
    expect(wording.map(formatProblem)).toEqual([]);
  });
});
