import { speakerUiTemplateId as templateId } from '../../model/page-ids.ts';
import type { SpeakerStrings } from '../../model/speaker-strings.ts';

export interface SpeakerUi {
  strings: SpeakerStrings;
  /** Seconds planned for each slide, when deck.yaml plans the talk's time. */
  plan: number[] | undefined;
  /** A fresh copy of the console's or the remote's markup. */
  view(name: 'console' | 'remote'): HTMLElement;
}

/** The speaker console's and remote's markup and words, as the build rendered them into the page. */
export function readSpeakerUi(doc: Document = document): SpeakerUi {
  const template = doc.getElementById(templateId);
  if (!(template instanceof HTMLTemplateElement)) throw new Error(`the page has no <template id="${templateId}">`);
  const strings = JSON.parse(template.dataset.strings ?? '{}') as SpeakerStrings;
  const plan = template.dataset.plan ? (JSON.parse(template.dataset.plan) as number[]) : undefined;
  return {
    strings,
    plan,
    view(name) {
      const view = template.content.querySelector(`[data-view="${name}"]`);
      if (!(view instanceof HTMLElement)) throw new Error(`the speaker template has no ${name} view`);
      return view.cloneNode(true) as HTMLElement;
    },
  };
}

/** The element marked `data-part="name"` inside a view; it must exist. */
export function part<T extends HTMLElement = HTMLElement>(root: ParentNode, name: string): T {
  const element = root.querySelector<T>(`[data-part="${name}"]`);
  if (!element) throw new Error(`the speaker view has no part "${name}"`);
  return element;
}

/** Every `data-part="name"` inside a view (the console and the remote repeat some). */
export function parts<T extends HTMLElement = HTMLElement>(root: ParentNode, name: string): T[] {
  return [...root.querySelectorAll<T>(`[data-part="${name}"]`)];
}

/** Replaces a box's content with one <p> per paragraph, as text. */
export function fillParagraphs(box: HTMLElement, paragraphs: readonly string[]): void {
  box.replaceChildren(
    ...paragraphs.map((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      return p;
    }),
  );
}
