import { describe, expect, it } from 'vitest';
import type { DeckMeta } from '../../../src/model/deck.ts';
import { renderXmp } from '../../../src/pdf/set-pdf-metadata.ts';

const meta: DeckMeta = {
  title: 'Hội nghị <tổng kết> & "thử nghiệm"',
  author: '',
  date: '2020',
  lang: 'vi',
  description: 'Mô tả',
  keywords: ['kiểm thử'],
};
const values = {
  keywords: 'kiểm thử; 2020',
  producer: 'Skia/PDF; pdf-lib',
  creator: 'deck 1.0.0',
  createdAt: new Date('2020-05-01T08:00:00.000Z'),
};

describe('renderXmp', () => {
  it('names no creator when deck.yaml names no author, and escapes what it writes', () => {
    const xmp = renderXmp(meta, values);
    expect(xmp).not.toContain('dc:creator');
    expect(xmp).toContain(
      '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Hội nghị &lt;tổng kết&gt; &amp; &quot;thử nghiệm&quot;</rdf:li></rdf:Alt></dc:title>',
    );
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>vi</rdf:li></rdf:Bag></dc:language>');
    expect(xmp).toContain('<xmp:CreateDate>2020-05-01T08:00:00Z</xmp:CreateDate>');
  });

  it('names the author deck.yaml names as dc:creator', () => {
    expect(renderXmp({ ...meta, author: 'Ban biên tập' }, values)).toContain(
      '<dc:creator><rdf:Seq><rdf:li>Ban biên tập</rdf:li></rdf:Seq></dc:creator>',
    );
  });
});
