import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';

/** Where a file named in deck.yaml is, or why it may not be read: a link that leads out of the content folder. */
export type ContentLocation = { ok: true; file: string } | { ok: false; outside: true };

/**
 * Finds the files deck.yaml names in the content folder, and keeps every read inside it: a name is
 * a file beside deck.yaml (the schema refuses folders in it), and a symbolic link there may not
 * lead anywhere else, such as `nguon.txt → /etc/passwd`.
 *
 * Names are compared composed (NFC), as the content is: a file saved as "Mở đầu.md" on a Mac
 * (decomposed letters) is the "Mở đầu.md" deck.yaml lists.
 */
export function createContentLocator(contentDir: string): (name: string) => Promise<ContentLocation> {
  let listing: Promise<{ real: string; names: Map<string, string> }> | undefined;
  const list = async (): Promise<{ real: string; names: Map<string, string> }> => {
    const real = await realpath(contentDir).catch(() => path.resolve(contentDir));
    const entries = await readdir(contentDir).catch(() => [] as string[]);
    return { real, names: new Map(entries.map((entry) => [entry.normalize('NFC'), entry])) };
  };
  return async (name) => {
    listing ??= list();
    const { real, names } = await listing;
    const file = path.join(contentDir, names.get(name.normalize('NFC')) ?? name);
    const target = await realpath(file).catch(() => undefined);
    // A missing file is reported by the read, with its own message.
    if (target === undefined) return { ok: true, file };
    const relative = path.relative(real, target);
    const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    return inside ? { ok: true, file } : { ok: false, outside: true };
  };
}
