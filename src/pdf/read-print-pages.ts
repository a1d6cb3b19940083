import type { Page } from 'puppeteer';

/** The id of the slide on each page of reveal.js's print view, in page order. */
export function readPrintPages(page: Page): Promise<string[]> {
  return page.$$eval('.reveal .slides > .pdf-page', (pages) => pages.map((pdfPage) => pdfPage.querySelector('section')?.id ?? ''));
}
