// The Worker that runs the engine off the page's main thread. Messages in:
// { id, method: 'analyze' | 'summarize' | 'release' | 'summarizeText' | 'version', args };
// messages out: { id, result } or { id, error, errorName, fatal } (errorName: TypeError,
// RangeError or Error; fatal: the engine was replaced, and analyses made before are gone).
import { Engine } from './precis-engine.js';

const loadFile = async (name) => {
  const response = await fetch(new URL(name, import.meta.url));
  if (!response.ok) throw new Error(`could not load ${name}: HTTP ${response.status}`);
  return response.arrayBuffer();
};

let engine = Engine.create(loadFile);

self.onmessage = async ({ data: { id, method, args } }) => {
  try {
    const ready = await engine;
    const result = method === 'version' ? ready.version : await ready[method](...args);
    self.postMessage({ id, result });
  } catch (error) {
    // After running out of memory the module is unusable: the next request gets a fresh one
    // (analyses made before are gone with it).
    if (error?.fatal) engine = Engine.create(loadFile);
    self.postMessage({
      id,
      error: error instanceof Error ? error.message : String(error),
      errorName: error instanceof Error ? error.name : 'Error',
      fatal: Boolean(error?.fatal),
    });
  }
};
