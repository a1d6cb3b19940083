import { createRequire } from 'node:module';
import type * as PdfLib from 'pdf-lib';

/* As for puppeteer (src/browser/load-puppeteer.ts): pdf-lib's CommonJS build loads faster under tsx. */
const require = createRequire(import.meta.url);

export function loadPdfLib(): typeof PdfLib {
  return require('pdf-lib') as typeof PdfLib;
}
