import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFacts } from '../fixtures/source-facts.ts';

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** The talk's figures that no layout or style value would ever use. */
const distinctiveFigures = /\b(159|177|262|131|342|504)\b/;

describe('src/ knows no particular talk', () => {
  it('holds none of the figures, names, titles or directive numbers of the source', async () => {
    const hits: string[] = [];
    for (const file of await sourceFiles('src')) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, index) => {
        const where = `${file}:${index + 1}`;
        if (distinctiveFigures.test(line)) hits.push(`${where}: ${line.trim()}`);
        for (const fact of [...sourceFacts, 'Thái Nguyên', 'ma túy', 'Methadone', 'Bộ Chính trị']) {
          if (line.includes(fact)) hits.push(`${where}: "${fact}"`);
        }
      });
    }
    expect(hits).toEqual([]);
  });
});
