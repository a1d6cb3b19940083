import { describe, expect, it } from 'vitest';
import { ogImageFile, renderHead } from '../../../src/html/render-head.ts';
import type { Deck } from '../../../src/model/deck.ts';

const deck: Deck = {
  meta: { title: 'Tiêu đề "A" <b>', author: 'Tác giả', date: '2016', lang: 'vi', description: 'Mô tả & tóm tắt', keywords: ['một', 'hai'] },
  sections: [],
};

describe('renderHead', () => {
  const head = renderHead(deck);

  it('renders the title and description, escaped', () => {
    expect(head).toContain('<title>Tiêu đề &quot;A&quot; &lt;b&gt;</title>');
    expect(head).toContain('<meta name="description" content="Mô tả &amp; tóm tắt">');
    expect(head).toContain('<meta name="keywords" content="một, hai">');
  });

  it('renders Open Graph and Twitter meta from the same content, with a relative image', () => {
    expect(head).toContain('<meta property="og:title" content="Tiêu đề &quot;A&quot; &lt;b&gt;">');
    expect(head).toContain('<meta property="og:description" content="Mô tả &amp; tóm tắt">');
    expect(head).toContain(`<meta property="og:image" content="./${ogImageFile}">`);
    expect(head).toContain('<meta property="og:image:width" content="1200">');
    expect(head).toContain('<meta property="og:image:height" content="630">');
    expect(head).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(head).toContain(`<meta name="twitter:image" content="./${ogImageFile}">`);
    expect(head).toContain('<meta property="og:locale" content="vi">');
  });
});
