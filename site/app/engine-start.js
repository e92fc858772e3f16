// The engine's start, the first thing the page does. index.html loads this module ahead of its
// stylesheets and of the page's code, so that the Worker starts (about 180 ms on a slow machine)
// and fetches and compiles the wasm, ICU's data and the English model while the rest of the
// page arrives and is laid out. The page's session takes this engine as its first.
import { createPrecis } from '../precis.js';

let started = createPrecis();
started.catch(() => {});  // reported by the analysis that needs the engine

/** The engine started with the page, the first time; null after (the session makes its own). */
export function takeStartedPrecis() {
  const precis = started;
  started = null;
  return precis;
}
