// Precis in JavaScript: summaries, entities and key phrases, computed on this machine.
//
//   import { createPrecis } from './precis.js';
//   const precis = await createPrecis();               // loads the wasm and ICU data once
//   const result = await precis.summarize(text, { sentences: 3 });
//   for (const i of result.summary) console.log(text.slice(result.sentences[i].start, result.sentences[i].end));
//
// In browsers the work runs in a Worker, so the page never blocks; in Node it runs in-process.
// Offsets are UTF-16 code units into the string you passed (text.slice(start, end)).
// Errors reject the promise with an Error that says what was wrong; `error.fatal` is set when
// the engine ran out of memory and was restarted (earlier analyses are then gone).

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string' && typeof Worker === 'undefined';

/** A text analysed once; `summarize` picks a summary of any length from it without redoing the work. */
class Analysis {
  #call;
  #handle;
  constructor(call, handle) {
    this.#call = call;
    this.#handle = handle;
  }
  /** @param length { sentences } | { ratio } | { words } | { characters } | {} for the default */
  summarize(length = {}) {
    return this.#call('summarize', this.#handle, length);
  }
  /** Frees the analysis; later calls to summarize reject. */
  release() {
    return this.#call('release', this.#handle);
  }
}

class Precis {
  #call;
  #stop;
  constructor(call, stop) {
    this.#call = call;
    this.#stop = stop;
  }
  /** The summary, entities and key phrases of `text`. */
  summarize(text, options = {}) {
    return this.#call('summarizeText', text, options);
  }
  /** Analyses `text` for several summaries of different lengths (a length slider). */
  async analyze(text, options = {}) {
    return new Analysis(this.#call, await this.#call('analyze', text, options));
  }
  /** The version of the core. */
  version() {
    return this.#call('version');
  }
  /** Stops the worker: work in progress is abandoned and its promises reject. */
  terminate() {
    this.#stop();
  }
}

async function createInProcess(baseUrl) {
  const [{ Engine }, { readFile }] = await Promise.all([
    import('./precis-engine.js'),
    import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:fs/promises'),
  ]);
  const loadFile = (name) => readFile(new URL(name, baseUrl));
  let engine = await Engine.create(loadFile);
  let stopped = false;
  const call = async (method, ...args) => {
    if (stopped) throw new Error('this Precis instance was terminated');
    try {
      return method === 'version' ? engine.version : await engine[method](...args);
    } catch (error) {
      // As in the worker: after running out of memory, start afresh for the next request.
      if (error?.fatal) engine = await Engine.create(loadFile);
      throw error;
    }
  };
  return new Precis(call, () => { stopped = true; });
}

function createInWorker(baseUrl) {
  const worker = new Worker(new URL('precis-worker.js', baseUrl), { type: 'module' });
  const pending = new Map();
  let nextId = 1;
  let failure = null;
  const failAll = (error) => {
    failure = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.onmessage = ({ data: { id, result, error, fatal } }) => {
    const request = pending.get(id);
    if (!request) return;
    pending.delete(id);
    if (error !== undefined) request.reject(Object.assign(new Error(error), fatal ? { fatal } : {}));
    else request.resolve(result);
  };
  worker.onerror = (event) => failAll(new Error(`the Precis worker failed: ${event.message ?? 'unknown error'}`));
  const call = (method, ...args) => new Promise((resolve, reject) => {
    if (failure) return reject(failure);
    const id = nextId++;
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, method, args });
  });
  const stop = () => {
    worker.terminate();
    failAll(new Error('this Precis instance was terminated'));
  };
  return new Precis(call, stop);
}

/**
 * Loads Precis. `baseUrl` is where precis-core.wasm and the ICU data files are (default: beside
 * this module). In browsers the module's first call waits until the Worker has loaded them.
 */
export async function createPrecis({ baseUrl = new URL('./', import.meta.url) } = {}) {
  const base = new URL(baseUrl, import.meta.url);
  if (isNode) return createInProcess(base);
  const precis = createInWorker(base);
  await precis.version();  // surfaces loading errors here rather than at the first summary
  return precis;
}
