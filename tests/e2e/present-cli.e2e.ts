import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { closeCodes, offeredProtocols, talkSocketPath } from '../../src/talk/protocol.ts';
import { commandLine } from './support/processes.ts';
import { connectSharedBrowser } from './support/shared-browser.ts';

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  /** Resolves when the stream has printed a match of `pattern`; rejects if the command ends first. */
  printed(stream: 'stdout' | 'stderr', pattern: RegExp): Promise<void>;
}

/** `npm run present` without npm around it, on loopback only, serving the dist/ that `npm test` built. */
function present(args: readonly string[], env: NodeJS.ProcessEnv = {}): Running {
  const child = spawn(process.execPath, commandLine('src/cli/present.ts', ['--no-build', '--host', '127.0.0.1', ...args]), {
    env: { ...process.env, CI: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const text = { stdout: '', stderr: '' };
  const waiting = new Set<() => void>();
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream]?.on('data', (chunk: Buffer) => {
      text[stream] += chunk.toString();
      for (const check of waiting) check();
    });
  }
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    stdout: () => text.stdout,
    stderr: () => text.stderr,
    exited,
    printed: (stream, pattern) =>
      new Promise<void>((resolve, reject) => {
        const check = (): void => {
          if (!pattern.test(text[stream])) return;
          waiting.delete(check);
          resolve();
        };
        waiting.add(check);
        check();
        void exited.then(() => {
          if (waiting.delete(check)) reject(new Error(`the command ended before printing ${pattern}:\n${text.stdout}\n${text.stderr}`));
        });
      }),
  };
}

describe('npm run present on the command line', () => {
  it('prints the three addresses in Vietnamese with a QR code, counts wrong tokens, and stops on Ctrl-C with 130', async () => {
    const running = present(['--port', '0']);
    try {
      await running.printed('stdout', /Nhấn Ctrl-C để dừng\./);
      const out = running.stdout();
      const consoleUrl = out.match(/Bàn điều khiển \(máy tính của người trình bày\)\n\s+(http:\/\/\S+)/)?.[1] ?? '';
      const remote = out.match(/Điều khiển từ xa \(điện thoại của người trình bày\)\n\s+(http:\/\/\S+)/)?.[1] ?? '';
      const audience = out.match(/Khán giả \([^)]*\)\n\s+(http:\/\/\S+)/)?.[1] ?? '';
      expect(consoleUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?speaker#token=[\w-]{22}$/);
      expect(remote).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?remote#token=[\w-]{22}$/);
      expect(audience).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      // The QR code: rows of half blocks.
      expect(out.split('\n').filter((line) => /[▀▄█]{5}/.test(line)).length).toBeGreaterThan(10);

      const page = await (await fetch(audience)).text();
      const host = new URL(audience).host;
      expect(page).toContain(`connect-src ws://${host};`);
      expect(page).toContain('<meta name="deck-presenting" content="/talk">');
      const offline = await fetch(new URL('offline.html', audience));
      expect(offline.status).toBe(200);
      const offlineText = await offline.text();
      expect(offlineText.includes('<meta name="deck-presenting"')).toBe(false);
      expect(offlineText.includes("connect-src 'none'")).toBe(true);

      const intruder = new WebSocket(`ws://${host}${talkSocketPath}`, { origin: `http://${host}` });
      await new Promise((resolve) => intruder.once('open', resolve));
      const closed = new Promise<number>((resolve) => intruder.once('close', (code) => resolve(code)));
      intruder.send(JSON.stringify({ type: 'hello', token: 'x'.repeat(22) }));
      expect(await closed).toBe(closeCodes.wrongToken);
      await running.printed('stderr', /Đã từ chối 1 kết nối dùng mã sai/);

      running.child.kill('SIGINT');
      expect(await running.exited).toBe(130);
      expect(running.stdout()).toContain('Đã dừng trình bày.');
      await expect(fetch(audience)).rejects.toThrow();
    } finally {
      running.child.kill('SIGKILL');
    }
  }, 30_000);

  it('says which port is taken, with exit code 75, and refuses a port that is not one with 64', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const taken = present(['--port', String(port)]);
      expect(await taken.exited).toBe(75);
      expect(taken.stderr()).toMatch(
        new RegExp(`^Lỗi: không dùng được cổng ${port} trên 127\\.0\\.0\\.1: cổng đang bị dùng; hãy chọn cổng khác bằng --port\\n$`),
      );
      for (const text of ['http', '1e3', '', '65536']) {
        const wrong = present(['--port', text]);
        expect(await wrong.exited, text).toBe(64);
        expect(wrong.stderr()).toContain(`Lỗi: --port phải là số cổng từ 0 đến 65535 (0 để tự chọn một cổng trống), không phải «${text}»`);
      }
    } finally {
      blocker.close();
    }
  }, 30_000);
});

/** A port nothing listens on now: a restart must find the same one. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const addressesOf = (out: string) => ({
  remote: out.match(/Điều khiển từ xa \(điện thoại của người trình bày\)\n\s+(http:\/\/\S+)/)?.[1] ?? '',
  audience: out.match(/Khán giả \([^)]*\)\n\s+(http:\/\/\S+)/)?.[1] ?? '',
});

type State = { position: { h: number; f: number }; blackout: boolean; timer: { elapsedMs: number; running: boolean } };

/** A screen of the talk from Node: says hello (with the token, or without to follow) and gives back its welcome. */
async function join(audience: string, token?: string): Promise<{ socket: WebSocket; welcome: { role?: string; state: State } }> {
  const host = new URL(audience).host;
  const socket = new WebSocket(`ws://${host}${talkSocketPath}`, offeredProtocols(token), { origin: `http://${host}` });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const welcome = new Promise<{ role?: string; state: State }>((resolve) =>
    socket.once('message', (data) => resolve(JSON.parse(String(data)))),
  );
  socket.send(JSON.stringify(token ? { type: 'hello', token } : { type: 'hello' }));
  return { socket, welcome: await welcome };
}

describe('npm run present on a shared network and any disk', () => {
  it('refuses every option that is not one with 64, before it serves anything', async () => {
    for (const args of [
      ['--port', '1e3'],
      ['--port', ''],
      ['--port', '65536'],
      ['--port=-1'],
      ['--host', ''],
      ['--host', 'a b'],
      ['--dist', ''],
    ]) {
      const running = present(args);
      expect(await running.exited, args.join(' ')).toBe(64);
      expect(running.stderr(), args.join(' ')).toMatch(/^Lỗi: --(port|host|dist) phải /);
      expect(running.stdout()).toBe('');
    }
  }, 60_000);

  it('counts 300 wrong tokens in a few lines, not 300', async () => {
    const running = present(['--port', '0']);
    try {
      await running.printed('stdout', /Nhấn Ctrl-C để dừng\./);
      const { audience } = addressesOf(running.stdout());
      const host = new URL(audience).host;
      for (let attempt = 0; attempt < 300; attempt++) {
        const intruder = new WebSocket(`ws://${host}${talkSocketPath}`, { origin: `http://${host}` });
        await new Promise((resolve) => intruder.once('open', resolve));
        const closed = new Promise((resolve) => intruder.once('close', resolve));
        intruder.send(JSON.stringify({ type: 'hello', token: 'x'.repeat(22) }));
        await closed;
      }
      await running.printed('stderr', /Đã từ chối 100 kết nối dùng mã sai/);
      running.child.kill('SIGINT');
      expect(await running.exited).toBe(130);
      // Where a line cannot be rewritten (a log, as here): at 1, 10 and 100. On a terminal it is one line, rewritten.
      expect(
        running
          .stderr()
          .split('\n')
          .filter((line) => line.includes('Đã từ chối')),
      ).toEqual(['! Đã từ chối 1 kết nối dùng mã sai', '! Đã từ chối 10 kết nối dùng mã sai', '! Đã từ chối 100 kết nối dùng mã sai']);
    } finally {
      running.child.kill('SIGKILL');
    }
  }, 60_000);

  it.runIf(existsSync('/dev/full'))(
    'keeps serving the talk with its output on a full disk (> /dev/full)',
    async () => {
      const port = await freePort();
      const full = openSync('/dev/full', 'w');
      const child = spawn(
        process.execPath,
        commandLine('src/cli/present.ts', ['--no-build', '--host', '127.0.0.1', '--port', String(port)]),
        {
          env: { ...process.env, CI: 'true' },
          stdio: ['ignore', full, 'pipe'],
        },
      );
      closeSync(full);
      try {
        const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
        let stderr = '';
        await new Promise<void>((resolve, reject) => {
          child.stderr?.on('data', (chunk: Buffer) => {
            stderr += chunk.toString();
            if (stderr.includes('\n')) resolve();
          });
          void exited.then((code) => reject(new Error(`ended with ${code}: ${stderr}`)));
        });
        expect(stderr).toBe(
          'Cảnh báo: không ghi được kết quả của lệnh này (ổ đĩa đã đầy: hãy xóa bớt tệp rồi thử lại); lệnh vẫn chạy tiếp\n',
        );
        const page = await fetch(`http://127.0.0.1:${port}/`);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('<meta name="deck-presenting" content="/talk">');
        child.kill('SIGINT');
        expect(await exited).toBe(130);
      } finally {
        child.kill('SIGKILL');
      }
    },
    30_000,
  );

  it('resumes the talk after Ctrl-C and after kill -9 on the same port; the phone keeps control without a new scan', async () => {
    const stateDir = await mkdtemp(path.join(tmpdir(), 'present-state-'));
    const port = await freePort();
    const env = { DECK_STATE_DIR: stateDir };
    const start = async (extra: string[] = []) => {
      const running = present(['--port', String(port), ...extra], env);
      await running.printed('stdout', /Nhấn Ctrl-C để dừng\./);
      return { running, ...addressesOf(running.stdout()) };
    };
    const browser = await connectSharedBrowser();
    const context = await browser.createBrowserContext();
    const runs: Running[] = [];
    try {
      const first = await start();
      runs.push(first.running);
      expect(first.running.stdout()).not.toContain('Tiếp tục');
      const token = /#token=([\w-]+)/.exec(first.remote)?.[1] ?? '';
      expect(token).toHaveLength(22);

      // The presenter's phone, scanned once.
      const phone = await context.newPage();
      await phone.goto(first.remote, { waitUntil: 'load' });
      await phone.waitForSelector('[data-view="remote"][data-link-status="connected"]', { timeout: 20_000 });
      const console = await join(first.audience, token);
      expect(console.welcome.role).toBe('control');
      const moved = new Promise((resolve) => console.socket.once('message', resolve));
      console.socket.send(JSON.stringify({ type: 'go', position: { h: 2, f: -1 } }));
      await moved;
      console.socket.send(JSON.stringify({ type: 'blackout', on: true }));
      await new Promise((resolve) => console.socket.once('message', resolve));
      console.socket.close();

      first.running.child.kill('SIGINT');
      expect(await first.running.exited).toBe(130);
      await phone.waitForSelector('[data-view="remote"][data-link-status="reconnecting"]', { timeout: 20_000 });

      // Ctrl-C, then the same command: the same key, the same slide, the black screen, the clock going on.
      const second = await start();
      runs.push(second.running);
      expect(second.remote).toBe(first.remote);
      expect(second.running.stdout()).toContain('Tiếp tục bài trình bày từ trang 3/');
      expect(second.running.stdout()).toContain('không cần quét lại');
      const follower = await join(second.audience);
      expect(follower.welcome.role).toBe('follow');
      expect(follower.welcome.state).toMatchObject({ position: { h: 2, f: -1 }, blackout: true, timer: { running: true } });

      // The phone reconnects by itself and moves the room.
      await phone.waitForSelector('[data-view="remote"][data-link-status="connected"]', { timeout: 20_000 });
      await phone.waitForSelector('[data-view="remote"][data-talk-position="2.-1"] [data-action="next"]:not([disabled])', {
        timeout: 20_000,
      });
      const heard = new Promise<State>((resolve) =>
        follower.socket.once('message', (data) => resolve((JSON.parse(String(data)) as { state: State }).state)),
      );
      await phone.bringToFront();
      await phone.tap('[data-action="next"]');
      const afterTap = (await heard).position;
      expect(afterTap).not.toEqual({ h: 2, f: -1 });
      follower.socket.close();

      // kill -9: nothing runs to save at the end; what each change saved is enough.
      second.running.child.kill('SIGKILL');
      await second.running.exited;
      const third = await start();
      runs.push(third.running);
      expect(third.remote).toBe(first.remote);
      expect((await join(third.audience)).welcome.state.position).toEqual(afterTap);

      // The key can be refused: --new-token makes another, the old one no longer controls; the talk stays where it was.
      third.running.child.kill('SIGINT');
      expect(await third.running.exited).toBe(130);
      const fourth = await start(['--new-token']);
      runs.push(fourth.running);
      expect(fourth.remote).not.toBe(first.remote);
      expect(fourth.running.stdout()).toContain('cần quét lại');
      const host = new URL(fourth.audience).host;
      const old = new WebSocket(`ws://${host}${talkSocketPath}`, { origin: `http://${host}` });
      await new Promise((resolve) => old.once('open', resolve));
      const refused = new Promise<number>((resolve) => old.once('close', (code) => resolve(code)));
      old.send(JSON.stringify({ type: 'hello', token }));
      expect(await refused).toBe(closeCodes.wrongToken);
      expect((await join(fourth.audience)).welcome.state.position).toEqual(afterTap);
      // Its state is kept away from dist/, which is published.
      expect((await readdir(stateDir)).length).toBe(1);
    } finally {
      for (const run of runs) run.child.kill('SIGKILL');
      await context.close();
      await browser.disconnect();
      await rm(stateDir, { recursive: true, force: true });
    }
  }, 120_000);
});
