// The Worker that runs the engine off the page's main thread. Messages in:
// { id, method: 'analyze' | 'summarize' | 'release' | 'summarizeText' | 'version', args };
// messages out: { id, result } or { id, error, errorName, fatal } (errorName: TypeError,
// RangeError or Error; fatal: the engine was replaced, and analyses made before are gone).
import { Engine } from './precis-engine.js';

// For scripts/bench: when the Worker's code starts, the floor under everything the engine does.
performance.mark('precis-worker-started');

const loadFile = async (name) => {
  const response = await fetch(new URL(name, import.meta.url));
  if (!response.ok) throw new Error(`could not load ${name}: HTTP ${response.status}`);
  return response;  // the engine compiles the wasm as it streams in
};

let engine = Engine.create(loadFile);

// A large result crosses to the page in parts, its sentences and entities a slice at a time
// ({ id, part: 'sentences' | 'entities', items }, then { id, result, parted: true }): the page
// reads each message in one task, and one message of a million objects would block it.
const PART_ITEMS = 10_000;

function postResult(id, result) {
  const large = Array.isArray(result?.sentences) && result.sentences.length + result.entities.length > PART_ITEMS;
  if (!large) {
    self.postMessage({ id, result });
    return;
  }
  for (const part of ['sentences', 'entities']) {
    for (let i = 0; i < result[part].length; i += PART_ITEMS) self.postMessage({ id, part, items: result[part].slice(i, i + PART_ITEMS) });
  }
  self.postMessage({ id, result: { ...result, sentences: [], entities: [] }, parted: true });
}

self.onmessage = async ({ data: { id, method, args } }) => {
  try {
    const ready = await engine;
    const result = method === 'version' ? ready.version : await ready[method](...args);
    postResult(id, result);
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
