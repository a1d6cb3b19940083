import type { Quantity } from '../model/deck.ts';

/** "Kế hoạch (suy ra): …", one line per derived value, shown under a chart. */
export function derivedNotes(items: readonly Quantity[], derivedMark: string): string[] {
  return items.flatMap((item) => (item.derived ? [`${item.label} ${derivedMark}: ${item.derived}`] : []));
}
