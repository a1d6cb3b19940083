import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DeckError } from '../base/errors.ts';
import { removeStaleTemporaries } from '../base/scratch-path.ts';
import { checkTemporarySpace, temporaryFolderError } from '../base/temporary-folder.ts';

/**
 * A browser's scratch folder, `deck-browser-<pid>-XXXXXX` in the system's temporary folder: its
 * profile, and its own temporary folder (TMPDIR), where Chromium puts its
 * `org.chromium.Chromium.*` folders. Removing it removes everything the browser wrote.
 */
export interface BrowserProfile {
  dir: string;
  userDataDir: string;
  /** The environment to start the browser with. */
  env: NodeJS.ProcessEnv;
  /** Removes the folder; synchronous, so it can run in an exit handler. */
  remove(): void;
}

const profilePrefix = 'deck-browser-';

/*
 * Chromium on Linux and macOS makes a socket at `$TMPDIR/.org.chromium.Chromium.XXXXXX/SingletonSocket`,
 * and a socket's path holds at most 107 bytes: with a TMPDIR of about 35 characters or more (a Mac's
 * is about 49) it does not start. The profile then goes in /tmp, whose path is short.
 */
const socketPathLimit = 107;
const socketInTemporary = '/.org.chromium.Chromium.XXXXXX/SingletonSocket'.length;
const shortBase = '/tmp';

/** The browser's TMPDIR for a profile made in `base`: `<base>/deck-browser-<pid>-XXXXXX/tmp`. */
function temporaryPathLength(base: string): number {
  return Buffer.byteLength(path.join(base, `${profilePrefix}${process.pid}-XXXXXX`, 'tmp')) + socketInTemporary;
}

/** Where profiles are made: the system's temporary folder, or /tmp when its path is too long for the browser's socket. */
function profileBase(): string {
  const system = tmpdir();
  if (process.platform === 'win32' || temporaryPathLength(system) <= socketPathLimit) return system;
  return isFolder(shortBase) ? shortBase : system;
}

/** Synchronous, so the browser can start before the caller's next blocking step. */
export function createBrowserProfile(): BrowserProfile {
  const base = profileBase();
  // A read-only, missing or full temporary folder is one clear line (exit 73), before any browser runs.
  let dir: string;
  try {
    dir = mkdtempSync(path.join(base, `${profilePrefix}${process.pid}-`));
  } catch (error) {
    throw temporaryFolderError(error, base);
  }
  const remove = (): void => rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  const userDataDir = path.join(dir, 'profile');
  const temporary = path.join(dir, 'tmp');
  try {
    mkdirSync(userDataDir);
    mkdirSync(temporary);
    checkTemporarySpace(base);
  } catch (error) {
    remove();
    throw error instanceof DeckError ? error : temporaryFolderError(error, base);
  }
  return {
    dir,
    userDataDir,
    // Chromium creates a missing HOME (~/.config/chromium, ~/.cache): then its home is this folder, removed with it.
    env: { ...process.env, TMPDIR: temporary, ...(homeIsMissing() && { HOME: dir }) },
    remove,
  };
}

/** Removes the profiles of browsers whose process was killed before it could clean up. */
export async function removeStaleBrowserProfiles(): Promise<string[]> {
  const pattern = new RegExp(`^${profilePrefix}(\\d+)-`);
  const bases = [...new Set([tmpdir(), profileBase()])];
  return (await Promise.all(bases.map((base) => removeStaleTemporaries(base, pattern)))).flat();
}

function homeIsMissing(): boolean {
  if (process.platform === 'win32') return false;
  const home = process.env.HOME;
  return !home || !isFolder(home);
}

function isFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
