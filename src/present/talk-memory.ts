import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../base/project-root.ts';
import { parsePosition, type TalkPosition } from '../talk/protocol.ts';
import type { TalkTimer } from '../talk/talk-timer.ts';
import { defaultResumeSettings, type ResumeSettings } from './present-limits.ts';

/** Where the talk is, as a restart needs it: the clock with the moment it started running (epoch ms). */
export interface TalkSnapshot {
  position: TalkPosition;
  blackout: boolean;
  timer: TalkTimer;
}

/** What `npm run present` keeps while it runs, to resume after a restart on the same port. */
export interface SavedTalk {
  token: string;
  talk: TalkSnapshot;
}

interface SavedFile extends SavedTalk {
  format: 1;
  /** The last moment the server was known to run (epoch ms). */
  aliveAt: number;
}

/**
 * Where saved talks are kept: never in dist/, which is published, but beside the tool's other
 * caches in node_modules/.cache/present (or DECK_STATE_DIR), readable by this user only, as the
 * token in it is the remote's key.
 */
export function talkStateDir(): string {
  return process.env.DECK_STATE_DIR ?? path.join(projectRoot, 'node_modules', '.cache', 'present');
}

/** One file per port and built folder: two talks on two ports, or two decks, never mix. */
export function talkMemoryFile(stateDir: string, port: number, distDir: string): string {
  const folder = createHash('sha256').update(path.resolve(distDir)).digest('hex').slice(0, 12);
  return path.join(stateDir, `talk-${port}-${folder}.json`);
}

export interface TalkMemoryOptions {
  file: string;
  settings?: Partial<ResumeSettings>;
  now?: () => number;
  /** Told once when the talk cannot be saved (a full disk): the talk goes on, a restart would not resume it. */
  onError?: (error: unknown) => void;
}

/**
 * The talk as it was last saved, kept for a restart: written at every change of slide, step, black
 * screen or clock, and noted alive every minute, each time whole (written beside and renamed).
 */
export class TalkMemory {
  private readonly settings: ResumeSettings;
  private latest: SavedTalk | undefined;
  private failed = false;
  private alive: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly options: TalkMemoryOptions) {
    this.settings = { ...defaultResumeSettings, ...options.settings };
  }

  /** The talk saved by a server that stopped less than `resumeWithinMs` ago, or undefined. */
  async recall(): Promise<SavedTalk | undefined> {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(this.options.file, 'utf8'));
    } catch {
      return undefined;
    }
    const saved = parseSavedFile(value);
    if (!saved || this.now() - saved.aliveAt > this.settings.resumeWithinMs || saved.aliveAt > this.now() + 60_000) return undefined;
    return { token: saved.token, talk: saved.talk };
  }

  /**
   * Saves the talk before returning: synchronous, so that a change is on disk before any screen is
   * told of it, and a `kill -9` right after loses nothing the room has seen. A small file, a few
   * times a minute at most (the sockets are rate-limited).
   */
  save(talk: SavedTalk): void {
    this.latest = talk;
    this.write(talk);
  }

  /** Notes, every `aliveEveryMs`, that the server still runs. */
  keepAlive(): void {
    this.alive ??= setInterval(() => {
      if (this.latest) this.save(this.latest);
    }, this.settings.aliveEveryMs);
    this.alive.unref();
  }

  /** Saves one last time (the moment it stopped) and stops noting. */
  close(): void {
    clearInterval(this.alive);
    if (this.latest) this.save(this.latest);
  }

  /** Forgets the saved talk: the next start is a new talk. */
  async forget(): Promise<void> {
    await rm(this.options.file, { force: true });
  }

  private write(talk: SavedTalk): void {
    const file = this.options.file;
    const scratch = `${file}.tmp-${process.pid}`;
    const content: SavedFile = { format: 1, ...talk, aliveAt: this.now() };
    try {
      mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      writeFileSync(scratch, `${JSON.stringify(content)}\n`, { mode: 0o600 });
      chmodSync(scratch, 0o600);
      renameSync(scratch, file);
      this.failed = false;
    } catch (error) {
      try {
        rmSync(scratch, { force: true });
      } catch {
        // Its folder is not there to hold it either.
      }
      if (!this.failed) this.options.onError?.(error);
      this.failed = true;
    }
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }
}

function parseSavedFile(value: unknown): SavedFile | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { format, token, talk, aliveAt } = value as Partial<Record<keyof SavedFile, unknown>>;
  if (format !== 1 || typeof token !== 'string' || !/^[\w-]{16,64}$/.test(token) || typeof aliveAt !== 'number') return undefined;
  if (typeof talk !== 'object' || talk === null) return undefined;
  const { position, blackout, timer } = talk as Partial<Record<keyof TalkSnapshot, unknown>>;
  const at = parsePosition(position);
  if (!at || typeof blackout !== 'boolean' || typeof timer !== 'object' || timer === null) return undefined;
  const { elapsedMs, runningSince } = timer as Partial<Record<keyof TalkTimer, unknown>>;
  if (typeof elapsedMs !== 'number' || !Number.isFinite(elapsedMs) || elapsedMs < 0) return undefined;
  if (runningSince !== null && (typeof runningSince !== 'number' || !Number.isFinite(runningSince))) return undefined;
  return { format, token, aliveAt, talk: { position: at, blackout, timer: { elapsedMs, runningSince } } };
}
