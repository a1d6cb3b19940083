import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { recoverOutput } from '../base/claim-output.ts';
import { DeckError } from '../base/errors.ts';
import { commandMessage } from '../model/command-messages.ts';
import { createDeckContext, type DeckContext } from '../model/deck-context.ts';
import { deckFile, parseDeckFile } from '../model/deck-file.ts';

/** The Deck a build of `distDir` was made from (its deck.json), with its context. */
export async function readBuiltDeck(distDir: string): Promise<DeckContext> {
  const file = path.join(distDir, deckFile);
  const shown = path.relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    // Missing: perhaps a build or release was stopped while it swapped the folder in; finished, then read again.
    await recoverOutput(distDir);
    text = await readFile(file, 'utf8').catch(() => {
      throw new DeckError('noBuild', commandMessage('noBuild', { dir: path.dirname(shown) }));
    });
  }
  const deck = parseDeckFile(text);
  if (!deck) throw new DeckError('noBuild', commandMessage('builtByOtherVersion', { file: shown }));
  return createDeckContext(deck);
}
