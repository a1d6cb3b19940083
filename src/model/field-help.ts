/** The fields of deck.yaml and of a section's front matter that the editor's schema describes. */
export const fieldHelpKeys = [
  'deck',
  'deck.title',
  'deck.shortTitle',
  'deck.subtitle',
  'deck.author',
  'deck.date',
  'deck.lang',
  'deck.description',
  'deck.keywords',
  'deck.source',
  'deck.timing',
  'deck.timing.total',
  'deck.timing.sections',
  'deck.topics',
  'topic',
  'topic.id',
  'topic.label',
  'deck.keepTogether',
  'deck.sections',
  'deck.sections.file',
  'section',
  'section.title',
  'section.fragments',
] as const;

export type FieldHelpKey = (typeof fieldHelpKeys)[number];

/** What an editor sees when hovering a field, and the values it may suggest. */
export interface FieldHelp {
  description: string;
  examples?: readonly (string | number | boolean | Readonly<Record<string, unknown>> | readonly unknown[])[];
}
