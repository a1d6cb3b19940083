import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { removeStaleTemporaries } from '../base/scratch-path.ts';

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

/** Synchronous, so the browser can start before the caller's next blocking step. */
export function createBrowserProfile(): BrowserProfile {
  const dir = mkdtempSync(path.join(tmpdir(), `${profilePrefix}${process.pid}-`));
  const userDataDir = path.join(dir, 'profile');
  const temporary = path.join(dir, 'tmp');
  mkdirSync(userDataDir);
  mkdirSync(temporary);
  return {
    dir,
    userDataDir,
    env: { ...process.env, TMPDIR: temporary },
    remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }),
  };
}

/** Removes the profiles of browsers whose process was killed before it could clean up. */
export function removeStaleBrowserProfiles(): Promise<string[]> {
  return removeStaleTemporaries(tmpdir(), new RegExp(`^${profilePrefix}(\\d+)-`));
}
