import { createHash } from 'node:crypto';

export interface PolicyOptions {
  /** Where scripts, styles, fonts and frames may come from besides inline hashes: "'self'" online, nothing offline. */
  origin: "'self'" | 'none';
  scriptHashes: readonly string[];
  styleHashes: readonly string[];
  /** Hashes of `style="…"` attributes, allowed through 'unsafe-hashes'. */
  styleAttributeHashes: readonly string[];
  /** Extra frame sources, such as "file:" for the speaker view of the offline file. */
  frameSources?: readonly string[];
}

/** A policy that allows only the site itself (or, offline, only the named inline code). */
export function contentSecurityPolicy(options: PolicyOptions): string {
  const own = options.origin === "'self'" ? ["'self'"] : [];
  const list = (sources: readonly string[]): string => (sources.length > 0 ? sources.join(' ') : "'none'");
  const styleAttributes = options.styleAttributeHashes.length > 0 ? ["'unsafe-hashes'", ...options.styleAttributeHashes] : [];
  return [
    `default-src ${list(own)}`,
    `script-src ${list([...own, ...options.scriptHashes])}`,
    `style-src ${list([...own, ...options.styleHashes, ...styleAttributes])}`,
    `img-src ${list([...own, 'data:'])}`,
    `font-src ${list([...own, ...(options.origin === 'none' ? ['data:'] : [])])}`,
    // No page connects anywhere; `npm run present` serves its pages with its one socket allowed here.
    "connect-src 'none'",
    `frame-src ${list([...own, ...(options.frameSources ?? [])])}`,
    "object-src 'none'",
    `base-uri ${list(own)}`,
    "form-action 'none'",
  ].join('; ');
}

/** The CSP source for a piece of inline code: `'sha256-…'`. */
export function sha256Source(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** Hashes of every inline `<script>` and `<style>` in a page. */
export function inlineCodeHashes(html: string): { scripts: string[]; styles: string[] } {
  const elements = (tag: string, page: string) => [
    ...page.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'gi')),
  ];
  const scripts = elements('script', html);
  // Scripts may hold markup in strings (the speaker view's <style>): look for styles outside them.
  const outsideScripts = scripts.reduce((page, [whole]) => page.replace(whole, ''), html);
  return {
    scripts: scripts.map((match) => sha256Source(match[1] ?? '')),
    styles: elements('style', outsideScripts).map((match) => sha256Source(match[1] ?? '')),
  };
}

/** Puts the policy first in <head>, right after the charset, so it covers everything after it. */
export function insertContentSecurityPolicy(html: string, policy: string): string {
  const charset = /<meta charset="utf-8">/i;
  if (!charset.test(html)) throw new Error('the page has no <meta charset="utf-8"> to put the Content-Security-Policy after');
  const escaped = policy.replaceAll('"', '&quot;');
  return html.replace(charset, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${escaped}">`);
}
