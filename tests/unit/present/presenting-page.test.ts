import { describe, expect, it } from 'vitest';
import { lanAddress, urlHost } from '../../../src/present/lan-address.ts';
import { isPlainHost, presentingPage } from '../../../src/present/presenting-page.ts';
import { contentSecurityPolicy, insertContentSecurityPolicy } from '../../../src/site/content-security-policy.ts';

const built = insertContentSecurityPolicy(
  '<html><head>\n<meta charset="utf-8">\n<title>x</title></head><body></body></html>',
  contentSecurityPolicy({ origin: "'self'", scriptHashes: [], styleHashes: [], styleAttributeHashes: [] }),
);

describe('presentingPage', () => {
  it('allows the one socket address and tells the page where the talk is', () => {
    const page = presentingPage(built, '192.168.1.5:4300');
    expect(built).toContain("connect-src 'none'");
    expect(page).toContain('connect-src ws://192.168.1.5:4300;');
    expect(page).not.toContain("connect-src 'none'");
    expect(page).toContain('<meta name="deck-presenting" content="/talk">');
    // Everything else in the policy is as built.
    expect(page.replace('ws://192.168.1.5:4300', "'none'").replace(/\n\s*<meta name="deck-presenting"[^>]*>/, '')).toBe(built);
  });

  it('refuses a page without a policy, and a Host header that is not a plain host and port', () => {
    expect(() => presentingPage('<html></html>', 'a:1')).toThrow(/Content-Security-Policy/);
    expect(isPlainHost('192.168.1.5:4300')).toBe(true);
    expect(isPlainHost('[::1]:4300')).toBe(true);
    expect(isPlainHost('localhost:80')).toBe(true);
    for (const bad of [undefined, 'host', 'a b:1', "x:1; script-src 'unsafe-inline'", 'x:1"><script>', 'evil.example:1/x']) {
      expect(isPlainHost(bad), String(bad)).toBe(false);
    }
  });
});

describe('lanAddress', () => {
  it('picks a private IPv4 address of an interface that is not loopback', () => {
    const entry = (address: string, internal = false, family = 'IPv4') => ({ address, internal, family }) as never;
    expect(lanAddress({ lo: [entry('127.0.0.1', true)], eth0: [entry('fe80::1', false, 'IPv6'), entry('192.168.1.5')] })).toBe(
      '192.168.1.5',
    );
    expect(lanAddress({ docker: [entry('203.0.113.9')], wlan0: [entry('10.0.0.7')] })).toBe('10.0.0.7');
    expect(lanAddress({ lo: [entry('127.0.0.1', true)] })).toBeUndefined();
    expect(urlHost('::1')).toBe('[::1]');
    expect(urlHost('10.0.0.7')).toBe('10.0.0.7');
  });
});
