import { readFile } from 'node:fs/promises';
import type { Message } from '../base/message.ts';
import { contentMessage, type Unreadable } from '../model/content-messages.ts';
import { decodeContentText } from './decode-content-text.ts';
import type { Problem } from './problem.ts';

export type { Unreadable };

/**
 * A content file's normalised text; or why it cannot be read (`unreadable`, told where the file
 * is asked for, such as its line in deck.yaml); or a problem inside it, such as a byte that is
 * not UTF-8, told at its own line.
 */
export type ContentFile = { ok: true; text: string } | { ok: false; unreadable: Unreadable } | { ok: false; problem: Problem };

const reasons: Record<string, Unreadable> = {
  ENOENT: 'missing',
  ENOTDIR: 'missing',
  EISDIR: 'folder',
  EACCES: 'permission',
  EPERM: 'permission',
};

/** Reads one content file; `display` is the name the editor knows it by, used in problems. */
export async function readContentFile(file: string, display: string): Promise<ContentFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = reasons[(error as NodeJS.ErrnoException).code ?? ''];
    if (reason === undefined) throw error;
    return { ok: false, unreadable: reason };
  }
  const decoded = decodeContentText(bytes, display);
  return decoded.ok ? decoded : { ok: false, problem: decoded.problem };
}

/** A file deck.yaml names that is a link to somewhere outside the content folder. */
export function describeOutside(name: string, dir: string): Message {
  return contentMessage('outsideLink', { name, dir });
}

/** `file "02-boi-canh.md" not found in slides`, and the like. */
export function describeUnreadable(reason: Unreadable, name: string, dir: string): Message {
  return contentMessage('fileUnreadable', { reason, name, dir });
}
