import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toClassicScript } from '../../../src/site/build-offline.ts';
import {
  contentSecurityPolicy,
  inlineCodeHashes,
  insertContentSecurityPolicy,
  sha256Source,
} from '../../../src/site/content-security-policy.ts';

describe('contentSecurityPolicy', () => {
  it('online: scripts and styles from the site itself, plus the hashes it is given', () => {
    const policy = contentSecurityPolicy({
      origin: "'self'",
      scriptHashes: ["'sha256-a'"],
      styleHashes: [],
      styleAttributeHashes: ["'sha256-b'"],
    });
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'sha256-a'");
    expect(policy).toContain("style-src 'self' 'unsafe-hashes' 'sha256-b'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('offline: nothing but the named inline code and data: fonts', () => {
    const policy = contentSecurityPolicy({
      origin: 'none',
      scriptHashes: ["'sha256-a'"],
      styleHashes: ["'sha256-c'"],
      styleAttributeHashes: [],
      frameSources: ['file:'],
    });
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'sha256-a'");
    expect(policy).toContain("style-src 'sha256-c'");
    expect(policy).toContain('font-src data:');
    expect(policy).toContain('frame-src file:');
    expect(policy).not.toContain("'self'");
  });
});

describe('inline code hashes', () => {
  it('hashes each inline script and style the way browsers do, and not markup inside a script', () => {
    const html = '<style>a{}</style><script src="x.js"></script><script>let s = "<style>b{}</style>";</script>';
    const expected = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
    expect(inlineCodeHashes(html)).toEqual({ scripts: [expected('let s = "<style>b{}</style>";')], styles: [expected('a{}')] });
    expect(sha256Source('a{}')).toBe(expected('a{}'));
  });

  it('puts the policy right after the charset so that it covers the whole page', () => {
    const html = insertContentSecurityPolicy('<head>\n<meta charset="utf-8">\n<title>x</title>', "default-src 'self'");
    expect(html).toBe(
      '<head>\n<meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="default-src \'self\'">\n<title>x</title>',
    );
    expect(() => insertContentSecurityPolicy('<head></head>', 'x')).toThrow(/charset/);
  });
});

describe('toClassicScript', () => {
  it('moves the one inlined script to the end of <body> as a classic script', () => {
    const html = '<head><script type="module" crossorigin>(function(){go()})();</script>\n</head><body><div class="reveal"></div></body>';
    expect(toClassicScript(html)).toBe('<head></head><body><div class="reveal"></div><script>(function(){go()})();</script>\n  </body>');
    expect(() => toClassicScript('<body></body>')).toThrow(/one inlined script/);
  });
});
