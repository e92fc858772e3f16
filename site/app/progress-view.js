// Shows that work is under way, how far the layout has got, and a way to cancel it. Shown only
// when the work takes long enough to notice, so that short texts do not flicker, and well within
// the 200 ms the page promises (no task of its own blocks the page that long).
const SHOW_AFTER_MS = 100;

export class ProgressView {
  #root;
  #label;
  #bar;
  #timer = null;

  constructor({ root, label, bar, cancel }, onCancel) {
    this.#root = root;
    this.#label = label;
    this.#bar = bar;
    cancel.addEventListener('click', onCancel);
  }

  /** Work without a known end (the analysis): an indeterminate bar; at once for work that is surely long. */
  start(message, { now = false } = {}) {
    this.#label.textContent = message;
    this.#bar.removeAttribute('value');
    if (now) {
      clearTimeout(this.#timer);
      this.#timer = null;
      this.#root.hidden = false;
    } else if (this.#root.hidden && this.#timer === null) {
      this.#timer = setTimeout(() => {
        this.#timer = null;
        this.#root.hidden = false;
      }, SHOW_AFTER_MS);
    }
  }

  /** Work with a known share done, 0 to 1. */
  update(message, fraction) {
    this.#label.textContent = message;
    this.#bar.value = fraction;
  }

  stop() {
    clearTimeout(this.#timer);
    this.#timer = null;
    this.#root.hidden = true;
  }
}
