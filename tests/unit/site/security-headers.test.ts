import { describe, expect, it } from 'vitest';
import { pagePolicy, securityHeaders } from '../../../src/base/security-headers.ts';
import { contentSecurityPolicy, insertContentSecurityPolicy } from '../../../src/site/content-security-policy.ts';
import { apacheHeaders, netlifyHeaders } from '../../../src/site/host-headers.ts';

const sitePolicy = contentSecurityPolicy({ origin: "'self'", scriptHashes: ["'sha256-abc='"], styleHashes: [], styleAttributeHashes: [] });
const offlinePolicy = contentSecurityPolicy({ origin: 'none', scriptHashes: ["'sha256-def='"], styleHashes: [], styleAttributeHashes: [] });
const page = insertContentSecurityPolicy('<!doctype html><html><head><meta charset="utf-8"><title>x</title></head></html>', sitePolicy);

describe('the headers a server sends with the site', () => {
  it('reads back the policy the build put in the page', () => {
    expect(pagePolicy(page)).toBe(sitePolicy);
    expect(pagePolicy('<html><head></head></html>')).toBeUndefined();
  });

  it('sends a page’s policy as a header, with frame-ancestors, and nosniff', () => {
    expect(securityHeaders(page)).toEqual({
      'Content-Security-Policy': `${sitePolicy}; frame-ancestors 'self'`,
      'X-Content-Type-Options': 'nosniff',
    });
  });

  it('sends only nosniff with other files', () => {
    expect(securityHeaders()).toEqual({ 'X-Content-Type-Options': 'nosniff' });
    expect(securityHeaders('<html>no policy</html>')).toEqual({ 'X-Content-Type-Options': 'nosniff' });
  });
});

describe('the headers files for static hosts', () => {
  const pages = [
    { file: 'index.html', policy: sitePolicy },
    { file: 'offline.html', policy: offlinePolicy },
  ];

  it('gives Netlify and Cloudflare Pages each page’s policy, the folder’s index too, and nosniff everywhere', () => {
    const lines = netlifyHeaders(pages).split('\n');
    const ruleFor = (route: string) => lines[lines.indexOf(route) + 1];
    expect(ruleFor('/*')).toBe('  X-Content-Type-Options: nosniff');
    expect(ruleFor('/')).toBe(`  Content-Security-Policy: ${sitePolicy}; frame-ancestors 'self'`);
    expect(ruleFor('/index.html')).toBe(`  Content-Security-Policy: ${sitePolicy}; frame-ancestors 'self'`);
    expect(ruleFor('/offline.html')).toBe(`  Content-Security-Policy: ${offlinePolicy}; frame-ancestors 'self'`);
  });

  it('gives Apache the same, inside <IfModule> so a host without mod_headers still serves the site', () => {
    const text = apacheHeaders(pages);
    expect(text).toMatch(/^<IfModule mod_headers\.c>$/m);
    expect(text).toContain('Header always set X-Content-Type-Options "nosniff"');
    expect(text).toContain(
      `<Files "index.html">\n    Header always set Content-Security-Policy "${sitePolicy}; frame-ancestors 'self'"\n  </Files>`,
    );
    expect(text).toContain(
      `<Files "offline.html">\n    Header always set Content-Security-Policy "${offlinePolicy}; frame-ancestors 'self'"`,
    );
    expect(text).not.toMatch(/Content-Security-Policy "[^"]*"[^\n]*"/);
  });
});
