import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { recoverOutput } from '../base/claim-output.ts';
import { loadDeck } from '../content/load-deck.ts';
import type { StaleReason } from '../model/command-messages.ts';
import { deckFile, serializeDeck } from '../model/deck-file.ts';

export type Freshness = { fresh: true } | { fresh: false; reason: StaleReason };

export interface DistFreshnessOptions {
  distDir: string;
  slidesDir: string;
  /** Where the code that renders the deck lives (src/, index.html, package-lock.json). */
  codePaths: readonly string[];
}

/**
 * Whether dist/ still shows what slides/ holds. The content is compared, not dates: the build
 * writes the Deck it rendered as dist/deck.json, and the Deck read from slides/ now must be the
 * same, byte for byte. The code is compared by dates: no file under `codePaths` may be newer than
 * dist/deck.json.
 */
export async function distFreshness(options: DistFreshnessOptions): Promise<Freshness> {
  const builtFile = path.join(options.distDir, deckFile);
  // A build that was stopped while it swapped dist/ in is finished first, not rebuilt over.
  if (!(await stat(builtFile).catch(() => undefined))) await recoverOutput(options.distDir);
  let built: string;
  let builtAt: number;
  try {
    built = await readFile(builtFile, 'utf8');
    builtAt = (await stat(builtFile)).mtimeMs;
    await stat(path.join(options.distDir, 'index.html'));
  } catch {
    return { fresh: false, reason: { kind: 'noBuild', dir: options.distDir } };
  }
  const current = await loadDeck(options.slidesDir);
  // Content with problems is "stale": the build then reports them, file by file.
  if (!current.ok || serializeDeck(current.context.deck) !== built) {
    return { fresh: false, reason: { kind: 'content', dir: options.slidesDir } };
  }
  const newer = await newestChange(options.codePaths);
  if (newer && newer.time > builtAt) return { fresh: false, reason: { kind: 'code', file: newer.file } };
  return { fresh: true };
}

async function newestChange(paths: readonly string[]): Promise<{ file: string; time: number } | undefined> {
  let newest: { file: string; time: number } | undefined;
  const consider = async (file: string): Promise<void> => {
    const info = await stat(file).catch(() => undefined);
    if (!info) return;
    if (info.isDirectory()) {
      for (const entry of await readdir(file)) await consider(path.join(file, entry));
    } else if (!newest || info.mtimeMs > newest.time) {
      newest = { file, time: info.mtimeMs };
    }
  };
  for (const file of paths) await consider(file);
  return newest;
}
