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
    // The site's Content-Security-Policy refuses inline <style> elements; a constructed
    // stylesheet is CSSOM, which the policy does not govern.
    const template = document.createElement('template');
    template.innerHTML = markup;
    const sheets = [...template.content.querySelectorAll('style')].map((style) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(style.textContent ?? '');
      style.remove();
      return sheet;
    });
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...sheets];
    document.body.replaceChildren(template.content);
  }, html);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: timeoutMs });
}
