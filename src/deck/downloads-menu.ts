/**
 * The "Tải về" menu (a <details> disclosure, src/html/render-downloads-menu.ts). Its keys stay its
 * own: reveal.js would otherwise turn Space into "next slide"; Escape closes it.
 */
export function bindDownloadsMenu(menu: HTMLDetailsElement | null): void {
  if (!menu) return;
  menu.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Escape' && menu.open) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (menu.open && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
  });
}
