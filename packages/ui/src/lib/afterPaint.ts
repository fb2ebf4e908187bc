/**
 * Runs `work` in a task of its own once the next frame has been painted (a frame callback, then a
 * task), so work that the reader need not see at once never delays that frame. A page that draws no
 * frames (a hidden tab) still runs it, after `fallbackMs`.
 */
export function afterPaint(work: () => void, fallbackMs = 100): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    work();
  };
  const fallback = setTimeout(once, fallbackMs);
  requestAnimationFrame(() => setTimeout(once, 0));
}
