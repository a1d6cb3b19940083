import type { Deck, DeckMeta, Section, Slide } from '../model/deck.ts';
import type { ParsedSection } from './parse-section.ts';
import { SlideIds } from './slide-ids.ts';
import { slugify } from './slugify.ts';

export interface SectionInput {
  file: string;
  parsed: ParsedSection;
  /** The section's planned time in seconds, from deck.yaml's timing. */
  plannedSeconds?: number;
}

/** Numbers the slides and gives each, and each chart, a unique, readable id for deep links. */
export function assembleDeck(meta: DeckMeta, inputs: readonly SectionInput[], plannedSeconds?: number): Deck {
  const ids = new SlideIds();
  let number = 0;
  const sections: Section[] = inputs.map(({ file, parsed, plannedSeconds: sectionSeconds }) => {
    const slides: Slide[] = parsed.slides.map((slide) => {
      number += 1;
      const id = ids.slide(slide.title, parsed.frontMatter.title);
      return {
        id,
        number,
        kind: slide.kind,
        title: slide.title,
        blocks: slide.blocks.map((block) => (block.type === 'chart' ? { ...block, id: ids.element(id, block.id) } : block)),
        notes: slide.notes,
        ...(slide.hints.length > 0 ? { hints: slide.hints } : {}),
        fragments: parsed.frontMatter.fragments ?? false,
        location: { file, line: slide.line },
      };
    });
    // The file's own name, not the folder it was read from: the same deck has the same ids anywhere.
    const name = file.split(/[\\/]/).pop() ?? file;
    const section: Section = { id: slugify(name.replace(/\.md$/, '')), title: parsed.frontMatter.title, file, slides };
    return sectionSeconds === undefined ? section : { ...section, plannedSeconds: sectionSeconds };
  });

  fillContents(sections);
  return plannedSeconds === undefined ? { meta, sections } : { meta, sections, plannedSeconds };
}

/** A contents slide lists the sections after its own that have content slides, each with the slide it starts on. */
function fillContents(sections: Section[]): void {
  sections.forEach((section, position) => {
    for (const slide of section.slides) {
      for (const block of slide.blocks) {
        if (block.type !== 'contents') continue;
        block.entries = sections.slice(position + 1).flatMap((later) => {
          const first = later.slides.find((candidate) => candidate.kind === 'content');
          return first && !later.appendix ? [{ title: later.title, slideId: first.id }] : [];
        });
      }
    }
  });
}
