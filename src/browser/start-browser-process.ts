import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DeckError } from '../base/errors.ts';
import { browserArgs, findBrowserExecutable } from './launch-browser.ts';

export interface StartBrowserProcessOptions {
  /** The page the browser opens with. */
  url: string;
  window: { width: number; height: number; deviceScaleFactor?: number };
  /** Bound on the browser's start, until its DevTools endpoint is announced. */
  timeoutMs: number;
  executablePath?: string;
}

export interface BrowserProcess {
  wsEndpoint: string;
  /** Ends the browser if it still runs and removes its scratch profile. */
  close(): Promise<void>;
}

/**
 * Starts headless Chrome or Chromium on `url` with a DevTools endpoint for puppeteer to attach
 * to, so the page loads while Node is still loading puppeteer. Every host name but loopback
 * fails to resolve, from the very first request.
 */
export async function startBrowserProcess(options: StartBrowserProcessOptions): Promise<BrowserProcess> {
  const executablePath = options.executablePath ?? findBrowserExecutable();
  // Synchronous up to the spawn, so the browser starts before the caller's next (blocking) step.
  const profile = mkdtempSync(path.join(tmpdir(), 'deck-browser-'));
  const { width, height, deviceScaleFactor } = options.window;
  const args = [
    '--headless',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...browserArgs,
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    `--window-size=${width},${height}`,
    ...(deviceScaleFactor ? [`--force-device-scale-factor=${deviceScaleFactor}`] : []),
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    '--hide-scrollbars',
    '--mute-audio',
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    options.url,
  ];
  const child = spawn(executablePath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const close = async (): Promise<void> => {
    process.off('exit', killOnExit);
    await stopProcess(child);
    await rm(profile, { recursive: true, force: true, maxRetries: 5 });
  };
  try {
    const wsEndpoint = await waitForEndpoint(child, executablePath, options.timeoutMs);
    return { wsEndpoint, close };
  } catch (error) {
    await close();
    throw error;
  }
}

function waitForEndpoint(child: ChildProcess, executablePath: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      finish(() => reject(new DeckError('timeout', `the browser at ${executablePath} did not start within ${timeoutMs / 1000} s`)));
    }, timeoutMs);
    const finish = (settle: () => void): void => {
      clearTimeout(timer);
      child.off('exit', onExit);
      settle();
    };
    const onExit = (code: number | null): void => {
      const lastLine = output.trim().split('\n').at(-1) ?? '';
      finish(() =>
        reject(new DeckError('browserCrashed', `the browser at ${executablePath} exited (${code}) before it started: ${lastLine}`)),
      );
    };
    child.once('exit', onExit);
    child.once('error', (error) => {
      finish(() =>
        reject(new DeckError('browserCrashed', `the browser at ${executablePath} did not start: ${error.message}`, { cause: error })),
      );
    });
    // Keep reading stderr for the browser's whole life: a full pipe would stall it.
    child.stderr?.on('data', (chunk: Buffer) => {
      if (output.length < 64_000) output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) finish(() => resolve(match[1] as string));
    });
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
