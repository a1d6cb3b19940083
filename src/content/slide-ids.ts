import { reservedPageIds } from '../model/page-ids.ts';
import { slugify } from './slugify.ts';

/**
 * Hands out the element ids of one page: readable slugs, each unique on the page, none taken by
 * the page itself, and never only digits, which reveal.js would read as a slide number
 * (`#/2016` opens the 2017th slide, not the one titled "2016").
 */
export class SlideIds {
  private readonly used = new Set<string>(reservedPageIds);

  /** "## 2016" in the section "Kết quả" → "ket-qua-2016"; a second "## 2016" there → "ket-qua-2016-2". */
  slide(title: string, sectionTitle: string): string {
    const slug = slugify(title);
    if (startsWithLetter(slug)) return this.claim(slug);
    const section = slugify(sectionTitle);
    const prefix = startsWithLetter(section) ? section : 'trang';
    return this.claim(slug ? `${prefix}-${slug}` : prefix);
  }

  /** An element inside a slide, such as its first chart: "ket-qua-2016-chart-1". */
  element(slideId: string, name: string): string {
    return this.claim(`${slideId}-${name}`);
  }

  private claim(base: string): string {
    let id = base;
    for (let suffix = 2; this.used.has(id); suffix++) id = `${base}-${suffix}`;
    this.used.add(id);
    return id;
  }
}

function startsWithLetter(slug: string): boolean {
  return /^[a-z]/.test(slug);
}
