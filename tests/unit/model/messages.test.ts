import { describe, expect, it } from 'vitest';
import { createLocale, locales } from '../../../src/model/locale.ts';
import { englishWordsIn } from '../../helpers/english-words.ts';
import { sampleMessages } from '../../helpers/message-samples.ts';

const vi = createLocale('vi');

describe('every message, in the Locale', () => {
  const samples = sampleMessages();

  it('has a sample of every message of the catalog, and a word for each', () => {
    const keys = Object.keys(locales.vi?.messages ?? {});
    expect(keys.length).toBeGreaterThan(200);
    expect(samples.map((sample) => sample.key).sort()).toEqual([...keys].sort());
    for (const { key, message } of samples) {
      const said = vi.say(message);
      expect(said, key).not.toContain(key);
      expect(said.trim(), key).not.toBe('');
    }
  });

  it('speaks Vietnamese: no common English word outside what a message quotes', () => {
    const english = samples
      .filter(({ key }) => key !== 'plainText' && key !== 'systemError' && key !== 'badOption' && key !== 'otherRule')
      .flatMap(({ key, message }) => englishWordsIn(vi.say(message)).map((word) => `${key}: ${word}`));
    expect(english).toEqual([]);
  });

  it('would catch an English message', () => {
    expect(englishWordsIn('slides/04-ket-qua.md:8 figure: 160 is not in the cited words "đã bắt giữ 159 vụ"')).toEqual([
      'is',
      'not',
      'the',
    ]);
    expect(englishWordsIn('số 160 không có trong câu trích dẫn «đã bắt giữ 159 vụ»: sửa số, rồi chạy npm run build')).toEqual([]);
  });

  it('shows a key it does not know as it is, never an empty line', () => {
    expect(vi.say({ key: 'noSuchMessage', params: { x: 1 } })).toBe('noSuchMessage {"x":1}');
  });
});
