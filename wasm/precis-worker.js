// The Worker that runs the engine off the page's main thread. Messages in:
// { id, method: 'analyze' | 'summarize' | 'release' | 'summarizeText' | 'version', args };
// messages out: { id, result } or { id, error }.
import { Engine } from './precis-engine.js';

const loadFile = async (name) => {
  const response = await fetch(new URL(name, import.meta.url));
  if (!response.ok) throw new Error(`could not load ${name}: HTTP ${response.status}`);
  return response.arrayBuffer();
};

const engine = Engine.create(loadFile);

self.onmessage = async ({ data: { id, method, args } }) => {
  try {
    const ready = await engine;
    const result = method === 'version' ? ready.version : await ready[method](...args);
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
