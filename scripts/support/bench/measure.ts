import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

export interface CommandTiming {
  /** Wall time, in seconds. */
  wall: number;
  /** CPU time of the command and every process it waited for (user + system), in seconds. */
  cpu: number;
  /** Peak resident memory of the whole process tree, in bytes (sampled). */
  peakRss: number;
}

export interface TimeCommandOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Sample the tree's memory every this many milliseconds; 0 turns sampling off. */
  sampleMs?: number;
}

/**
 * Runs a command under `sh`, whose `times` builtin reports the CPU time of every child it has
 * waited for (getrusage of the children), so the browser's own processes count too.
 */
export function timeCommand([command, ...args]: readonly string[], options: TimeCommandOptions = {}): Promise<CommandTiming> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('sh', ['-c', '"$@" >/dev/null; status=$?; times >&2; exit $status', 'sh', command ?? '', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, CI: '1', ...options.env },
      cwd: options.cwd,
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    let peakRss = 0;
    const sampleMs = options.sampleMs ?? 0;
    const sampler =
      sampleMs > 0 && child.pid !== undefined
        ? setInterval(() => {
            void treeRss(child.pid as number).then((rss) => {
              peakRss = Math.max(peakRss, rss);
            });
          }, sampleMs)
        : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      if (sampler) clearInterval(sampler);
      const wall = (performance.now() - started) / 1000;
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`));
        return;
      }
      resolve({ wall, cpu: childrenCpu(stderr), peakRss });
    });
  });
}

/** The second line of `times`: the children's user and system time, such as "0m1.234s 0m0.456s". */
function childrenCpu(stderr: string): number {
  const lines = stderr.trim().split('\n');
  const last = lines.at(-1) ?? '';
  const seconds = [...last.matchAll(/(\d+)m([\d.]+)s/g)].map((match) => Number(match[1]) * 60 + Number(match[2]));
  return seconds.reduce((sum, value) => sum + value, 0);
}

/** Resident memory of a process and all its descendants, from /proc. */
export async function treeRss(root: number): Promise<number> {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  const pageSize = 4096;
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), Number(fields[21]) * pageSize);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    let current: number | undefined = pid;
    while (current !== undefined && current > 1) {
      if (current === root) {
        total += bytes;
        break;
      }
      current = parents.get(current);
    }
  }
  return total;
}

export interface Summary {
  median: number;
  min: number;
  max: number;
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length === 0
      ? Number.NaN
      : sorted.length % 2
        ? (sorted[middle] as number)
        : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN };
}

export async function loadAverage(): Promise<string> {
  const text = await readFile('/proc/loadavg', 'utf8').catch(() => '');
  return text.split(' ').slice(0, 3).join(' ') || 'unknown';
}
