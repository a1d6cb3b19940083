import type { Browser } from 'puppeteer';
import { summarise } from './measure.ts';
import { openEmulatedPage, type VisitOptions } from './visit-deck.ts';

/** The kinds of main-thread work a breakdown adds up, from Chromium's own trace event names. */
const kinds: Record<string, string> = {
  ParseHTML: 'parse HTML',
  ParseAuthorStyleSheet: 'parse CSS',
  EvaluateScript: 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  'v8.evaluateModule': 'script',
  'v8.produceModuleCache': 'script',
  FunctionCall: 'script',
  RunMicrotasks: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  MinorGC: 'script',
  MajorGC: 'script',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  'Decode Image': 'paint',
};

export const breakdownKinds = ['parse HTML', 'parse CSS', 'script', 'style', 'layout', 'paint', 'other'] as const;
export type Breakdown = Record<(typeof breakdownKinds)[number], number>;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: CPU time on the thread, which other processes' load does not stretch. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { frame?: string } };
}

/**
 * Traces one visit until the deck is ready, and adds up the page's main-thread CPU time by kind
 * of work (each event's own time, without the events inside it), in milliseconds.
 */
export async function traceVisit(browser: Browser, url: string, options: VisitOptions = {}): Promise<Breakdown> {
  const context = await browser.createBrowserContext();
  try {
    // Traced for CPU time, which a slow network would only spread out: the network is not slowed.
    const page = await openEmulatedPage(context, { ...options, slowNetwork: false });
    await page.tracing.start({
      categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', '__metadata'],
    });
    const target = `${url}${options.query ? `?${options.query}` : ''}${options.hash ?? ''}`;
    await page.goto(target, { waitUntil: 'load' });
    await page.waitForSelector('html[data-deck-ready]', { timeout: options.timeoutMs ?? 60_000 });
    const events = (JSON.parse(Buffer.from((await page.tracing.stop()) ?? new Uint8Array()).toString()) as { traceEvents: TraceEvent[] })
      .traceEvents;
    // The page's main thread: the renderer thread that parsed the HTML.
    const counts = new Map<string, number>();
    for (const event of events)
      if (event.name === 'ParseHTML' || event.name === 'Layout')
        counts.set(`${event.pid}:${event.tid}`, (counts.get(`${event.pid}:${event.tid}`) ?? 0) + 1);
    const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const own = events
      .filter((event) => `${event.pid}:${event.tid}` === main && event.ph === 'X' && event.dur !== undefined && event.tdur !== undefined)
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const breakdown = Object.fromEntries(breakdownKinds.map((kind) => [kind, 0])) as Breakdown;
    const stack: TraceEvent[] = [];
    for (const event of own) {
      while (stack.length > 0) {
        const top = stack.at(-1) as TraceEvent;
        if (top.ts + (top.dur ?? 0) > event.ts) break;
        stack.pop();
      }
      const parent = stack.at(-1);
      const time = (event.tdur ?? 0) / 1000;
      const kind = (kinds[event.name] as keyof Breakdown | undefined) ?? (event.name === 'RunTask' ? 'other' : undefined);
      if (kind !== undefined) {
        breakdown[kind] += time;
        // The enclosing event's own time is what its children leave.
        const parentKind = parent
          ? ((kinds[parent.name] as keyof Breakdown | undefined) ?? (parent.name === 'RunTask' ? 'other' : undefined))
          : undefined;
        if (parentKind !== undefined) breakdown[parentKind] -= time;
        stack.push(event);
      }
    }
    return breakdown;
  } finally {
    await context.close();
  }
}

/** The median of each kind over several breakdowns. */
export function medianBreakdown(breakdowns: readonly Breakdown[]): Breakdown {
  return Object.fromEntries(
    breakdownKinds.map((kind) => [kind, summarise(breakdowns.map((breakdown) => breakdown[kind])).median]),
  ) as Breakdown;
}

export function formatBreakdowns(rows: readonly { label: string; ours: Breakdown; blank: Breakdown }[]): string[] {
  const total = (breakdown: Breakdown): number => breakdownKinds.reduce((sum, kind) => sum + breakdown[kind], 0);
  const cell = (ours: number, blank: number): string => `${ours.toFixed(0)} / ${blank.toFixed(0)}`;
  return [
    `| Main-thread CPU time until ready, ms (ours / blank), median of 3 traced visits | ${breakdownKinds.join(' | ')} | total |`,
    `| --- | ${breakdownKinds.map(() => '---').join(' | ')} | --- |`,
    ...rows.map(
      (row) =>
        `| ${row.label} | ${breakdownKinds.map((kind) => cell(row.ours[kind], row.blank[kind])).join(' | ')} | ${cell(total(row.ours), total(row.blank))} |`,
    ),
  ];
}
