import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface ProcessInfo {
  pid: number;
  command: string;
  environment: string;
}

/** Every process this user can read, from /proc (Linux). */
export function listProcesses(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      const environment = readFileSync(`/proc/${name}/environ`, 'utf8');
      if (command) found.push({ pid: Number(name), command, environment });
    } catch {
      // The process ended, or is not ours to read.
    }
  }
  return found;
}

/** The profile folder prefix of the browsers a process starts (see src/browser/browser-profile.ts). */
export function browserProfilePrefix(ownerPid: number): string {
  return path.join(tmpdir(), `deck-browser-${ownerPid}-`);
}

/**
 * The browser processes a command started: each of them, the browser's helpers included, runs
 * with TMPDIR inside the command's profile folder.
 */
export function browsersOf(ownerPid: number): ProcessInfo[] {
  const marker = `TMPDIR=${browserProfilePrefix(ownerPid)}`;
  return listProcesses().filter((info) => info.environment.split('\0').some((entry) => entry.startsWith(marker)));
}

/** The browser profile folders a command left in the temporary folder. */
export function profilesOf(ownerPid: number): string[] {
  const prefix = path.basename(browserProfilePrefix(ownerPid));
  return readdirSync(tmpdir()).filter((name) => name.startsWith(prefix));
}

/** Polls `check` until it returns true or the deadline passes; returns its last answer. */
export async function eventually(check: () => boolean, timeoutMs: number, everyMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export interface RunningCli {
  child: ChildProcess;
  pid: number;
  /** Resolves when the command ends. */
  result: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/**
 * Node's arguments for one of the project's commands, as npm runs it: a user's command
 * (src/cli/NAME.ts) compiled, `node bin/deck.mjs NAME`; a developer's script under tsx.
 */
export function commandLine(file: string, args: readonly string[] = []): string[] {
  const compiled = /^src\/cli\/([\w-]+)\.ts$/.exec(file)?.[1];
  return compiled ? ['bin/deck.mjs', compiled, ...args] : ['--import', 'tsx', file, ...args];
}

/** Starts one of the project's commands as npm runs it (commandLine), quietly (CI=1). */
export function startCli(file: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): RunningCli {
  const child = spawn(process.execPath, commandLine(file, args), {
    env: { ...process.env, CI: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const result = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, pid: child.pid as number, result };
}

/** Runs a command to its end. */
export function runCli(file: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  return startCli(file, args, env).result;
}
