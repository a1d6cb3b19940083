import { mkdir, writeFile } from 'node:fs/promises';
import type { Browser, BrowserContext } from 'puppeteer';
import { createLogger, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/content/load-deck.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import { formatProblems, formatWarnings, say } from '../helpers/problem-text.ts';
import { type ScratchDeck, scratchDeck } from '../helpers/scratch-deck.ts';
import { createDevServer } from './support/dev-server.ts';
import { connectSharedBrowser } from './support/shared-browser.ts';

/** Inputs that crashed the build and showed Vite's 500 page with a stack in the dev server. */
async function breakDeck(deck: ScratchDeck): Promise<void> {
  await deck.edit('03-so-lieu.md', (text) =>
    text.replace('    unit: vụ\n    source: xử lý 83 vụ nhóm A\n', '    unit: *vu\n    source: xử lý 83 vụ nhóm A\n'),
  );
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: [*b,*b,*b,*b,*b,*b,*b,*b,*b]'];
  await deck.edit('02-noi-dung.md', (text) =>
    text.replace(
      'value: 14\nunit: thôn, bản\nlabel: thành lập tổ thử nghiệm\nsource: Huyện thành lập tổ thử nghiệm ở 14 thôn, bản\n',
      `${bomb.join('\n')}\n`,
    ),
  );
  await mkdir(deck.file('05-phu-luc.md'));
  await deck.edit('deck.yaml', (text) => `${text.replace(/^title: .*$/m, 'title: ""').trimEnd()}\n  - 05-phu-luc.md\n`);
  await writeFile(deck.file('06-nhap.md'), '## Nháp\n');
}

describe('the dev server with bad content', () => {
  let deck: ScratchDeck;
  let server: ViteDevServer;
  let browser: Browser;
  let context: BrowserContext;
  const logged: string[] = [];

  beforeAll(async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await breakDeck(deck);
    const logger = createLogger('warn');
    logger.warn = (message) => {
      logged.push(message);
    };
    server = await createDevServer('dev-overlay-problems', deck.dir, { customLogger: logger, logLevel: 'info' });
    await server.listen();
    browser = await connectSharedBrowser();
    context = await browser.createBrowserContext();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.disconnect();
    await server?.close();
    await deck?.remove();
  });

  it('shows every problem in the overlay, as the build prints them, with no Vite hints and no stack', async () => {
    const expected = await loadDeck(deck.dir);
    if (expected.ok) throw new Error('the broken deck loaded');
    const page = await context.newPage();
    try {
      const response = await page.goto(server.resolvedUrls?.local[0] ?? '', { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      await page.waitForSelector('vite-error-overlay', { timeout: 20_000 });
      const overlay = await page.evaluate(() => {
        const root = document.querySelector('vite-error-overlay')?.shadowRoot;
        return { message: root?.querySelector('.message')?.textContent ?? '', all: root?.querySelector('.window')?.textContent ?? '' };
      });
      expect(overlay.message).toBe(formatProblems(expected.problems));
      expect(expected.problems.map((problem) => say(problem.message))).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^«\*vu» bị hiểu là bản sao/),
          expect.stringMatching(/^«&a» bị hiểu là tên đặt/),
          expect.stringMatching(/là thư mục, không phải tệp/),
          'không được để trống',
        ]),
      );
      // The overlay's own hint is the Locale's, not Vite's words for programmers.
      expect(overlay.all).toContain('Sửa các tệp trong thư mục slides rồi lưu lại');
      await mkdir('tests/artifacts/screens', { recursive: true });
      await page.screenshot({ path: 'tests/artifacts/screens/dev-overlay-problems.png' });
      expect(overlay.all).not.toMatch(/plugin|vite|hmr|config|deck-content|\bat \S+:\d+|Error\b/i);
    } finally {
      await page.close();
    }
  });

  it('prints a warning for a section file deck.yaml does not list', async () => {
    const { warnings } = await loadDeck(deck.dir);
    expect(warnings.map((warning) => warning.file)).toEqual([expect.stringMatching(/06-nhap\.md$/)]);
    expect(logged.join('\n')).toContain(formatWarnings(warnings).trim());
  });
});
