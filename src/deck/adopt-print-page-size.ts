/**
 * reveal.js's print view sets the page size with an inline <style> element, which the site's
 * Content-Security-Policy refuses. A constructed stylesheet is CSSOM, which the policy does
 * not govern, so the same rule is adopted here. Print margins are zero, so a page is a slide.
 */
export function adoptPrintPageSize(size: { width: number; height: number }): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@page { size: ${size.width}px ${size.height}px; margin: 0; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
