import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultResumeSettings } from '../../../src/present/present-limits.ts';
import { type SavedTalk, TalkMemory, talkMemoryFile } from '../../../src/present/talk-memory.ts';

const talk: SavedTalk = {
  token: 'AbCdEfGhIjKlMnOpQrStUv',
  talk: { position: { h: 3, f: 1 }, blackout: true, timer: { elapsedMs: 60_000, runningSince: 1_000_000 } },
};

describe('the saved talk of npm run present', () => {
  let dir: string;
  let now: number;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'talk-memory-'));
    file = talkMemoryFile(path.join(dir, 'state'), 4300, path.join(dir, 'dist'));
    now = 2_000_000;
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));
  const memory = (): TalkMemory => new TalkMemory({ file, now: () => now });

  it('is one file per port and built folder, beside the caches, readable by its owner only', async () => {
    expect(talkMemoryFile('/s', 4300, '/a/dist')).not.toBe(talkMemoryFile('/s', 4301, '/a/dist'));
    expect(talkMemoryFile('/s', 4300, '/a/dist')).not.toBe(talkMemoryFile('/s', 4300, '/b/dist'));
    memory().save(talk);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);
  });

  it('gives the talk and its key back within the resume time after the server last ran, and nothing after it', async () => {
    memory().save(talk);
    now += defaultResumeSettings.resumeWithinMs;
    expect(await memory().recall()).toEqual(talk);
    now += 1;
    expect(await memory().recall()).toBeUndefined();
  });

  it('counts the resume time from the last moment the server ran, noted when it stops', async () => {
    const running = memory();
    running.save(talk);
    now += defaultResumeSettings.resumeWithinMs - 1;
    running.close();
    now += defaultResumeSettings.resumeWithinMs;
    expect(await memory().recall()).toEqual(talk);
  });

  it('keeps the last of several saves in a row', async () => {
    const running = memory();
    for (const h of [1, 2, 3, 4]) running.save({ ...talk, talk: { ...talk.talk, position: { h, f: -1 } } });
    expect((await memory().recall())?.talk.position).toEqual({ h: 4, f: -1 });
  });

  it('ignores a file that is not one, or holds a position no deck has', async () => {
    memory().save(talk);
    const saved = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...saved, talk: { ...talk.talk, position: { h: -1, f: 0 } } }));
    expect(await memory().recall()).toBeUndefined();
    await writeFile(file, '{not json');
    expect(await memory().recall()).toBeUndefined();
  });

  it('says once that it cannot save, and goes on', async () => {
    const errors: unknown[] = [];
    await writeFile(path.join(dir, 'a-file'), 'not a folder');
    const blocked = new TalkMemory({ file: path.join(dir, 'a-file', 'talk.json'), onError: (error) => errors.push(error) });
    blocked.save(talk);
    blocked.save(talk);
    expect(errors).toHaveLength(1);
  });
});
