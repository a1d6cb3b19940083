import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLocale } from '../../../src/model/locale.ts';
import { createStatusLine, formatRefusals, noRefusals } from '../../../src/present/refusals.ts';

const words = createLocale('vi').speaker;

function stream(isTTY: boolean): { stream: PassThrough & { isTTY?: boolean }; text: () => string } {
  const output = Object.assign(new PassThrough(), { isTTY });
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  return { stream: output, text: () => text };
}

describe('the refusals of npm run present, on one line', () => {
  it('are said in Vietnamese, by kind', () => {
    expect(formatRefusals({ ...noRefusals(), wrongToken: 3 }, words)).toBe('Đã từ chối 3 kết nối dùng mã sai');
    expect(formatRefusals({ ...noRefusals(), wrongToken: 3, tooFast: 2, foreignHost: 1 }, words)).toBe(
      'Đã từ chối 6 kết nối: 3 dùng mã sai, 1 dùng địa chỉ lạ, 2 gửi quá nhanh',
    );
  });

  it('rewrite one line in place on a terminal, and end it before what comes next', async () => {
    const { stream: output, text } = stream(true);
    const line = createStatusLine(output);
    for (let total = 1; total <= 300; total++) line.show(`Đã từ chối ${total} kết nối dùng mã sai`, total);
    line.end();
    output.write('Đã dừng trình bày.\n');
    await new Promise((resolve) => setImmediate(resolve));
    const lines = text().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]?.split('\r').at(-1)).toBe('\u001b[2K! Đã từ chối 300 kết nối dùng mã sai');
    expect(lines[1]).toBe('Đã dừng trình bày.');
  });

  it('write a line only at 1, 10, 100, 1000… where a line cannot be rewritten', async () => {
    const { stream: output, text } = stream(false);
    const line = createStatusLine(output);
    for (let total = 1; total <= 1000; total++) line.show(`n=${total}`, total);
    line.end();
    await new Promise((resolve) => setImmediate(resolve));
    expect(text()).toBe('! n=1\n! n=10\n! n=100\n! n=1000\n');
  });
});
