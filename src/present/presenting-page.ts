import { talkSocketPath } from '../talk/protocol.ts';

/** Must match src/deck/speaker/presenting.ts, which reads it. */
const presentingMetaName = 'deck-presenting';

/**
 * The built index.html as `npm run present` serves it: the page is told where the talk's socket
 * is, and its Content-Security-Policy lets it connect there, to that one address and nothing else.
 * The published site keeps `connect-src 'none'`.
 */
export function presentingPage(html: string, host: string): string {
  const policy = /(<meta http-equiv="Content-Security-Policy" content="[^"]*?)connect-src [^;"]*/;
  if (!policy.test(html)) throw new Error('the built index.html has no Content-Security-Policy with connect-src');
  return html
    .replace(policy, (_whole, before: string) => `${before}connect-src ws://${host}`)
    .replace(
      /(<meta http-equiv="Content-Security-Policy"[^>]*>)/,
      (tag: string) => `${tag}\n    <meta name="${presentingMetaName}" content="${talkSocketPath}">`,
    );
}

/** A Host header fit to go into the policy: a name or address and a port, nothing else. */
export function isPlainHost(host: string | undefined): host is string {
  return host !== undefined && /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\]):\d{1,5}$/i.test(host);
}
