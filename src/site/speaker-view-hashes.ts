import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { inlineCodeHashes, sha256Source } from './content-security-policy.ts';

export interface SpeakerViewHashes {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

/**
 * The notes plugin writes its speaker view into a blank window, which inherits the deck's
 * Content-Security-Policy; its inline script, style and `style="…"` attributes are allowed by
 * hash. The hashes come from the installed plugin, so an upgrade cannot silently break the view.
 */
export async function speakerViewHashes(): Promise<SpeakerViewHashes> {
  const pluginFile = fileURLToPath(import.meta.resolve('reveal.js/plugin/notes'));
  const source = await readFile(pluginFile, 'utf8');
  const html = speakerViewHtml(source);
  if (!html) throw new Error(`cannot find the speaker view page in ${pluginFile}; the Content-Security-Policy needs its hashes`);
  const { scripts, styles } = inlineCodeHashes(html);
  const styleAttributes = [...new Set([...html.matchAll(/\sstyle="([^"]*)"/g)].map((match) => sha256Source(match[1] ?? '')))];
  return { scripts, styles, styleAttributes };
}

/** The string literal the plugin passes to `document.write(…)`, evaluated. */
export function speakerViewHtml(pluginSource: string): string | undefined {
  const start = pluginSource.indexOf('document.write("');
  if (start < 0) return undefined;
  const open = start + 'document.write('.length;
  let end = open + 1;
  while (end < pluginSource.length && pluginSource[end] !== '"') end += pluginSource[end] === '\\' ? 2 : 1;
  const literal = pluginSource.slice(open, end + 1);
  const value: unknown = runInNewContext(literal);
  return typeof value === 'string' ? value : undefined;
}
