import { createRequire } from 'node:module';
import type * as Puppeteer from 'puppeteer';

/*
 * The command-line tools run under tsx, whose loader hooks cost every ESM module a round trip to
 * another thread. puppeteer is hundreds of modules: its CommonJS build loads much faster.
 */
const require = createRequire(import.meta.url);

export function loadPuppeteer(): typeof Puppeteer {
  return require('puppeteer') as typeof Puppeteer;
}
