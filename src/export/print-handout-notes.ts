import type { Page } from 'puppeteer';

/**
 * Replaces the print view in the open page with the handout's notes pages and prints them.
 * The deck's stylesheets and loaded fonts stay; reveal.js's own print styles are dropped.
 */
export async function printHandoutNotes(page: Page, html: string, timeoutMs: number): Promise<Uint8Array> {
  await page.evaluate((markup) => {
    for (const style of document.querySelectorAll('style')) style.remove();
    document.documentElement.removeAttribute('class');
    document.documentElement.removeAttribute('style');
    document.body.removeAttribute('class');
    document.body.removeAttribute('style');
    document.body.innerHTML = markup;
  }, html);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: timeoutMs });
}
