/** Who may show the site in a frame: only the site itself (the speaker view frames the deck). */
export const frameAncestors = "frame-ancestors 'self'";

const policyMeta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i;

/** The Content-Security-Policy a page carries in its <meta> tag, if any. */
export function pagePolicy(html: string): string | undefined {
  const content = policyMeta.exec(html)?.[1];
  return content?.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
}

/**
 * The headers a server sends with a page: its own policy as a header too, plus what a <meta> tag
 * cannot say (frame-ancestors), and no content-type sniffing. For other files, only the latter.
 */
export function securityHeaders(html?: string): Record<string, string> {
  const headers: Record<string, string> = { 'X-Content-Type-Options': 'nosniff' };
  const policy = html === undefined ? undefined : pagePolicy(html);
  if (policy) headers['Content-Security-Policy'] = `${policy}; ${frameAncestors}`;
  return headers;
}
