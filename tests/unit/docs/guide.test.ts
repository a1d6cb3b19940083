import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { contentGroups, guideFile, withGuideMessages } from '../../../scripts/support/guide-messages.ts';
import { createLocale } from '../../../src/model/locale.ts';
import { contentSamples } from '../../helpers/message-samples.ts';

describe('the Vietnamese guide to next year’s deck', () => {
  it('lists every message as the Locale words it now (run npm run guide after changing one)', async () => {
    const guide = await readFile(guideFile, 'utf8');
    expect(guide, `${guideFile}: run npm run guide`).toBe(withGuideMessages(guide, createLocale('vi')));
  });

  it('has every content message in exactly one of its groups', () => {
    const grouped = contentGroups.flatMap((group) => group.keys);
    expect([...grouped].sort()).toEqual(Object.keys(contentSamples).sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it('is linked from the README, and walks from npm run next-year to npm run release', async () => {
    expect(await readFile('README.md', 'utf8')).toContain(`](${guideFile})`);
    const guide = await readFile(guideFile, 'utf8');
    const walk = guide.slice(guide.indexOf('## 3. '), guide.indexOf('## 4. '));
    const steps = ['npm run next-year -- --source', 'npm run build', 'npm start', 'npm run release'].map((step) => walk.indexOf(step));
    expect(steps.every((at) => at >= 0)).toBe(true);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });
});
