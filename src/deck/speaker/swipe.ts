export interface SwipeHandlers {
  left(): void;
  right(): void;
}

/** A horizontal swipe across `element`: at least 60 px, mostly sideways, within 800 ms. Vertical scrolling stays native. */
export function onSwipe(element: HTMLElement, handlers: SwipeHandlers): void {
  let start: { x: number; y: number; time: number; id: number } | undefined;
  element.addEventListener('pointerdown', (event) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    start = { x: event.clientX, y: event.clientY, time: event.timeStamp, id: event.pointerId };
  });
  element.addEventListener('pointerup', (event) => {
    if (!start || event.pointerId !== start.id) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    const quick = event.timeStamp - start.time < 800;
    start = undefined;
    if (!quick || Math.abs(dx) < 60 || Math.abs(dx) < 2 * Math.abs(dy)) return;
    if (dx < 0) handlers.left();
    else handlers.right();
  });
  element.addEventListener('pointercancel', () => {
    start = undefined;
  });
}
