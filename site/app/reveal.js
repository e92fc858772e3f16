// Brings a place in the article into view: scrolls to it, moves keyboard focus there (so the
// next Tab continues from it and screen readers read it) and flashes it briefly.
const FLASH_CLASS = 'precis-flash';

let flashed = null;  // one place flashes at a time

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function reveal(element) {
  if (!element) return;
  if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
  element.focus({ preventScroll: true });
  flashed?.classList.remove(FLASH_CLASS);
  void element.offsetWidth;  // restarts the animation when the same place is shown twice
  element.classList.add(FLASH_CLASS);
  element.addEventListener('animationend', () => element.classList.remove(FLASH_CLASS), { once: true });
  flashed = element;
}
