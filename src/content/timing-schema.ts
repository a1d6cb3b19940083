import { z } from 'zod';
import type { SchemaRule } from '../model/content-messages.ts';
import { help } from './field-help.ts';

/**
 * A planned duration as deck.yaml writes it: minutes as a number (20, 1.5) or minutes and
 * seconds as "m:ss" ("12:30"). The model keeps seconds.
 */
const duration = () =>
  z.union([z.number(), z.string()]).transform((value, context) => {
    const seconds = typeof value === 'number' ? value * 60 : minutesAndSeconds(value);
    if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) {
      // parse-yaml adds the value read ("got …").
      context.addIssue({ code: 'custom', input: value, message: 'duration' satisfies SchemaRule });
      return z.NEVER;
    }
    return Math.round(seconds * 1000) / 1000;
  });

/** A duration, as one field (each field its own schema, so each has its own help). */
export const durationSchema = duration();

/** deck.yaml's `timing`: the slot for the talk, and optionally some sections' share of it, by file. */
export const timingSchema = z.strictObject({
  total: help('deck.timing.total')(duration()),
  sections: help('deck.timing.sections')(z.record(z.string(), duration()).optional()),
});

export type Timing = z.infer<typeof timingSchema>;

/** Checks `timing` against the section list: known files, and section times that fit in the total. */
export function checkTiming(index: { timing?: Timing; sections: readonly string[] }, context: z.core.$RefinementCtx): void {
  const { timing } = index;
  if (!timing?.sections) return;
  const planned = Object.entries(timing.sections);
  for (const [file] of planned) {
    if (!index.sections.includes(file)) {
      context.addIssue({
        code: 'custom',
        path: ['timing', 'sections', file],
        message: 'timingUnknownSection' satisfies SchemaRule,
        params: { file },
      });
    }
  }
  const sum = planned.reduce((total, [, seconds]) => total + seconds, 0);
  const allPlanned = index.sections.every((file) => Object.hasOwn(timing.sections ?? {}, file));
  if (sum > timing.total + 0.5 || (allPlanned && Math.abs(sum - timing.total) > 0.5)) {
    context.addIssue({
      code: 'custom',
      path: ['timing', 'sections'],
      message: 'timingSum' satisfies SchemaRule,
      params: { sum, total: timing.total, relation: sum > timing.total ? 'more' : 'less' },
    });
  }
}

function minutesAndSeconds(text: string): number | undefined {
  const match = /^\s*(\d+):([0-5]\d)\s*$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}
