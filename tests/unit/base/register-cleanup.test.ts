import { describe, expect, it } from 'vitest';
import { registerCleanup, runCleanups, stopExitCodes, uninterrupted } from '../../../src/base/register-cleanup.ts';

describe('registerCleanup and runCleanups', () => {
  it('runs every cleanup still registered, waits for them, and forgets them', async () => {
    const done: string[] = [];
    registerCleanup(async () => {
      await new Promise((resolve) => setImmediate(resolve));
      done.push('browser closed');
    });
    registerCleanup(() => {
      done.push('scratch removed');
    });
    const unregister = registerCleanup(() => done.push('finished normally: never run'));
    unregister();
    registerCleanup(() => {
      throw new Error('one failing cleanup does not stop the others');
    });
    await runCleanups();
    expect(done.sort()).toEqual(['browser closed', 'scratch removed']);
    await runCleanups();
    expect(done).toHaveLength(2);
  });

  it('lets work that may not be interrupted (the swap of an output) end before any cleanup runs', async () => {
    const order: string[] = [];
    let finish: () => void = () => {};
    const swapping = uninterrupted(
      () =>
        new Promise<void>((resolve) => {
          finish = () => {
            order.push('swapped');
            resolve();
          };
        }),
    );
    registerCleanup(() => {
      order.push('scratch removed');
    });
    const cleaning = runCleanups();
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([]);
    finish();
    await Promise.all([swapping, cleaning]);
    expect(order).toEqual(['swapped', 'scratch removed']);
  });

  it('stops waiting for a cleanup that hangs once the grace period is over', async () => {
    let finished = false;
    let release: () => void = () => {};
    registerCleanup(
      () =>
        new Promise<void>((resolve) => {
          release = () => {
            finished = true;
            resolve();
          };
        }),
    );
    await runCleanups(20);
    expect(finished).toBe(false);
    release();
  });

  it('exits as a shell reports a signal: 128 + its number', () => {
    expect(stopExitCodes).toEqual({ SIGHUP: 129, SIGINT: 130, SIGTERM: 143 });
  });
});
