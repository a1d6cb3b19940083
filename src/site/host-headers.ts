import { frameAncestors } from '../base/security-headers.ts';

/** A page of the site and the Content-Security-Policy of its <meta> tag. */
export interface PagePolicy {
  /** The file name, such as "index.html". */
  file: string;
  policy: string;
}

/** Netlify's and Cloudflare Pages' headers file, read by the host, for a site published at the root. */
export const netlifyHeadersFile = '_headers';
/** Apache's per-folder configuration: works wherever the folder is published. */
export const apacheHeadersFile = '.htaccess';

/**
 * `_headers` for Netlify and Cloudflare Pages: each page's policy as a header, with
 * frame-ancestors, which a <meta> tag cannot set, and no content-type sniffing anywhere.
 */
export function netlifyHeaders(pages: readonly PagePolicy[]): string {
  const rules = pages.flatMap((page) => {
    const header = `  Content-Security-Policy: ${page.policy}; ${frameAncestors}`;
    return page.file === 'index.html' ? ['/', header, `/${page.file}`, header] : [`/${page.file}`, header];
  });
  return [
    '# Security headers for Netlify and Cloudflare Pages, written by npm run build (the host reads this file and does not serve it).',
    '/*',
    '  X-Content-Type-Options: nosniff',
    ...rules,
    '',
  ].join('\n');
}

/** `.htaccess` for Apache (mod_headers, and AllowOverride FileInfo for the folder): the same headers. */
export function apacheHeaders(pages: readonly PagePolicy[]): string {
  return [
    '# Security headers for Apache, written by npm run build. Needs mod_headers and AllowOverride FileInfo.',
    '<IfModule mod_headers.c>',
    '  Header always set X-Content-Type-Options "nosniff"',
    ...pages.flatMap((page) => [
      `  <Files "${page.file}">`,
      `    Header always set Content-Security-Policy "${page.policy}; ${frameAncestors}"`,
      '  </Files>',
    ]),
    '</IfModule>',
    '',
  ].join('\n');
}
