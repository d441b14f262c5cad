/**
 * Calls `onNear` once, when `element` comes within about one viewport of the visible area, so
 * that a `loading="lazy"` widget's feed is usually there by the time it is seen. Returns a
 * function that stops watching. Only widgets with `loading="lazy"` load this module.
 */
export function whenNearViewport(element: Element, onNear: () => void): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      onNear();
    },
    { rootMargin: '100% 0px 100% 0px' },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
