import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { closeCodes, talkSocketPath } from '../../src/talk/protocol.ts';
import { commandLine } from './support/processes.ts';

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  /** Resolves when the stream has printed a match of `pattern`; rejects if the command ends first. */
  printed(stream: 'stdout' | 'stderr', pattern: RegExp): Promise<void>;
}

/** `npm run present` without npm around it, on loopback only, serving the dist/ that `npm test` built. */
function present(args: readonly string[]): Running {
  const child = spawn(process.execPath, commandLine('src/cli/present.ts', ['--no-build', '--host', '127.0.0.1', ...args]), {
    env: { ...process.env, CI: 'true' },
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
        new RegExp(`^error: port ${port} on 127\\.0\\.0\\.1 is unavailable: it is in use: choose another with --port\\n$`),
      );
      for (const text of ['http', '1e3', '', '65536']) {
        const wrong = present(['--port', text]);
        expect(await wrong.exited, text).toBe(64);
        expect(wrong.stderr()).toContain(`error: --port must be a whole number from 0 to 65535, got "${text}"`);
      }
    } finally {
      blocker.close();
    }
  }, 30_000);
});
