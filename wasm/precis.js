// Precis in JavaScript: summaries, entities and key phrases, computed on this machine.
//
//   import { createPrecis } from './precis.js';
//   const precis = await createPrecis();               // loads the wasm and ICU data once
//   const result = await precis.summarize(text, { sentences: 3 });
//   for (const i of result.summary) console.log(text.slice(result.sentences[i].start, result.sentences[i].end));
//
// In browsers the work runs in a Worker, so the page never blocks; in Node it runs in-process.
// Offsets are UTF-16 code units into the string you passed (text.slice(start, end)).
// Errors reject the promise with an Error that says what was wrong (a TypeError or RangeError,
// naming the value and the rule, for a bad text or option); `error.fatal` is set when the
// engine ran out of memory and was restarted (earlier analyses are then gone).

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string' && typeof Worker === 'undefined';

/**
 * The largest text, in UTF-8 bytes. Lower than the native core's 50 MB: WebAssembly has at
 * most 2 GB of memory, and a text of varied words needs up to 70 times its size while it is
 * analysed (README, "Limits").
 */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

const LENGTH_OPTIONS = ['sentences', 'ratio', 'words', 'characters'];
const ANALYSIS_OPTIONS = ['language', 'algorithm', 'focus'];

const shown = (value) => (typeof value === 'string' ? JSON.stringify(value) : String(value));

/**
 * The problem with one length option, as the core words it, or null: `sentences`, `words` and
 * `characters` are whole numbers of at least 1, `ratio` is in (0, 1]. `value` may be a string
 * (an attribute, a link's fragment): it must then be the number written plainly.
 */
export function lengthProblem(name, value) {
  const written = typeof value === 'string' ? value : String(value);
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number') return new TypeError(`"${name}" must be a number, not ${shown(value)}`);
  if (name === 'ratio') {
    return number > 0 && number <= 1 ? null : new RangeError(`ratio must be greater than 0 and at most 1, not ${written}`);
  }
  if (!LENGTH_OPTIONS.includes(name)) return new TypeError(`unknown length "${name}"; the lengths are ${LENGTH_OPTIONS.join(', ')}`);
  return Number.isInteger(number) && number >= 1 && number <= 1e9
    ? null : new RangeError(`${name} must be a whole number of at least 1, not ${written}`);
}

/** Throws a TypeError or RangeError for options the API refuses: before any work, on this thread. */
function checkOptions(options, allowed) {
  if (options === undefined || options === null) return;
  if (typeof options !== 'object' || Array.isArray(options)) throw new TypeError('options must be an object such as { sentences: 3 }');
  const lengths = [];
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (!allowed.includes(name)) throw new TypeError(`unknown option "${name}"; the options are ${allowed.join(', ')}`);
    if (LENGTH_OPTIONS.includes(name)) {
      if (typeof value !== 'number') throw new TypeError(`"${name}" must be a number, not ${shown(value)}`);
      const problem = lengthProblem(name, value);
      if (problem) throw problem;
      lengths.push(name);
    } else if (name === 'focus' ? !(typeof value === 'string' || (Array.isArray(value) && value.every((w) => typeof w === 'string')))
      : typeof value !== 'string') {
      throw new TypeError(`"${name}" must be ${name === 'focus' ? 'a string or an array of strings' : 'a string'}, not ${shown(value)}`);
    }
  }
  if (lengths.length > 1) throw new TypeError(`give only one of sentences, ratio, words and characters, not ${lengths.join(' and ')}`);
}

const encoder = new TextEncoder();
// Encoded a piece at a time into one buffer: encoding megabytes whole allocates as much again.
const PIECE_UNITS = 1 << 18;
let pieceBuffer = null;

/** The size of `text` in UTF-8 bytes, as MAX_TEXT_BYTES counts it (a lone surrogate: the 3 bytes of U+FFFD). */
export function utf8Length(text) {
  pieceBuffer ??= new Uint8Array(3 * PIECE_UNITS + 3);
  let bytes = 0;
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + PIECE_UNITS, text.length);
    // A surrogate pair is encoded whole, never split across pieces.
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff && end < text.length) end += 1;
    bytes += encoder.encodeInto(text.slice(start, end), pieceBuffer).written;
    start = end;
  }
  return bytes;
}

/** UTF-8 bytes of `text`, counted only when it may be over the limit (a string's length is at most that). */
function checkText(text) {
  if (typeof text !== 'string') throw new TypeError(`the text must be a string, not ${text === null ? 'null' : typeof text}`);
  if (text.length * 3 <= MAX_TEXT_BYTES) return;
  if (utf8Length(text) > MAX_TEXT_BYTES) {
    throw new RangeError(`the text is over ${MAX_TEXT_BYTES} bytes (${Math.round(MAX_TEXT_BYTES / 1048576)} MB) of UTF-8, the limit in WebAssembly`);
  }
}

/** Runs `work` after `check`, so that a refusal is a rejected promise like any other error. */
const checked = (check, work) => {
  try {
    check();
  } catch (error) {
    return Promise.reject(error);
  }
  return work();
};

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
    return checked(() => checkOptions(length, LENGTH_OPTIONS), () => this.#call('summarize', this.#handle, length));
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
    return checked(() => this.#check(text, options), () => this.#call('summarizeText', text, options));
  }
  /** Analyses `text` for several summaries of different lengths (a length slider). */
  async analyze(text, options = {}) {
    this.#check(text, options);
    return new Analysis(this.#call, await this.#call('analyze', text, options));
  }
  #check(text, options) {
    checkText(text);
    checkOptions(options, [...ANALYSIS_OPTIONS, ...LENGTH_OPTIONS]);
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

/** An error from the Worker as the kind it was there (a TypeError stays a TypeError). */
function errorOfKind(name, message) {
  const Kind = { TypeError, RangeError }[name] ?? Error;
  return new Kind(message);
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
  worker.onmessage = ({ data: { id, result, error, errorName, fatal, part, items, parted } }) => {
    const request = pending.get(id);
    if (!request) return;
    if (part) {  // a slice of a large result's sentences or entities (precis-worker.js)
      (request.parts ??= { sentences: [], entities: [] })[part].push(items);
      return;
    }
    pending.delete(id);
    if (error !== undefined) request.reject(Object.assign(errorOfKind(errorName, error), fatal ? { fatal } : {}));
    else request.resolve(parted ? { ...result, sentences: request.parts.sentences.flat(), entities: request.parts.entities.flat() } : result);
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
