import { type ChildProcess, spawn } from 'node:child_process';

/** A CPU-heavy job beside the benchmark: processes that each keep one core busy until stopped. */
export interface BusyJob {
  stop(): Promise<void>;
}

export function startBusyJob(processes: number): BusyJob {
  // Each stops by itself after an hour, should the benchmark die without stopping it.
  const spin = 'const end = Date.now() + 3600e3; let x = 0; while (Date.now() < end) { for (let i = 0; i < 1e6; i++) x += i % 7; }';
  const children: ChildProcess[] = Array.from({ length: processes }, () => spawn(process.execPath, ['-e', spin], { stdio: 'ignore' }));
  return {
    async stop() {
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}
