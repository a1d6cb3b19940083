import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the README and the guides', () => {
  it('link only to files that exist', async () => {
    const guides = ['README.md', ...(await readdir('docs')).filter((file) => file.endsWith('.md')).map((file) => `docs/${file}`)];
    const links: { guide: string; target: string }[] = [];
    for (const guide of guides) {
      for (const [, target = ''] of (await readFile(guide, 'utf8')).matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
        if (!/^[a-z]+:/.test(target)) links.push({ guide, target: path.join(path.dirname(guide), target) });
      }
    }
    expect(links.length).toBeGreaterThan(5);
    const missing: string[] = [];
    for (const link of links) await access(link.target).catch(() => missing.push(`${link.guide} → ${link.target}`));
    expect(missing).toEqual([]);
  });
});
