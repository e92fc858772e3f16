// The engine: the WebAssembly core and its ICU data, driven in the current thread. Browsers run
// it inside precis-worker.js; Node runs it in-process. Offsets leave here as UTF-16 code units.
import createPrecisCore from './precis-core.js';

// Texts in these scripts need ICU's word dictionaries, a separate file fetched on first need.
const NEEDS_DICTIONARY =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

// Languages with a trained name model (ner-<language>.bin beside this file). English loads with
// the module; the others when a text in that language arrives. Texts in other languages, or
// whose model cannot be fetched, get the core's rule-based names. The core builds a model's
// lookup tables as it loads it: tens of milliseconds, where shipping them (1.5 MB for English,
// 0.5 MB gzip) cost a first visit more than that to download (scripts/bench-browser.mjs).
const NAME_MODEL_LANGUAGES = ['en', 'de', 'es', 'fr', 'nl'];
const nameModelFile = (language) => `ner-${language}.bin`;

// What the engine analyses once as it starts (see #warmUp): sentences, names, figures, dates,
// quotes and a title, as articles have them.
const WARM_UP_TEXT = `Harbour towns vote on new ferry timetable

OSLO, 3 March 2025 - Councillors in Bergen and Stavanger voted on Tuesday to run ferries every
20 minutes from May, at a cost of 4.5 million crowns a year. "It is the change people asked
for," said Ingrid Solberg, who chairs the transport committee of Vestland County Council.
Operators such as Fjord Line Ltd. said 38% more crossings would need two new boats. The
Norwegian Maritime Authority will inspect them in April; the first sailings start on 1 May.
`;

const LENGTH_OPTIONS = ['sentences', 'ratio', 'words', 'characters'];
const ANALYSIS_OPTIONS = ['language', 'algorithm', 'focus'];

const encoder = new TextEncoder();

/** Checks option names and shapes the options as the core reads them (JSON). */
function optionsJson(options, allowed) {
  if (options === undefined || options === null) return '{}';
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('options must be an object such as { sentences: 3 }');
  }
  const shaped = {};
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (!allowed.includes(name)) {
      throw new TypeError(`unknown option "${name}"; the options are ${allowed.join(', ')}`);
    }
    shaped[name] = name === 'focus' && Array.isArray(value) ? value.join(' ') : value;
  }
  return JSON.stringify(shaped);
}

/**
 * The UTF-16 positions in `text` of UTF-8 byte offsets, for several lists of offsets at once
 * (Float64Arrays, each in ascending order: a 10 MB text has half a million offsets), in one walk
 * through the text. A lone surrogate counts as the three bytes of U+FFFD, as TextEncoder writes it.
 */
function utf16Positions(text, lists) {
  const positions = lists.map((offsets) => new Float64Array(offsets.length));
  const next = lists.map(() => 0);
  // Settles every offset up to `bytes` at position i; the smallest offset still to come.
  const settle = (bytes, i) => {
    let stop = Infinity;
    lists.forEach((offsets, l) => {
      while (next[l] < offsets.length && offsets[next[l]] <= bytes) positions[l][next[l]++] = i;
      if (next[l] < offsets.length) stop = Math.min(stop, offsets[next[l]]);
    });
    return stop;
  };
  let bytes = 0;
  let stop = settle(0, 0);
  for (let i = 0; stop !== Infinity && i < text.length; ) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      bytes += 1;
      i += 1;
    } else if (unit < 0x800) {
      bytes += 2;
      i += 1;
    } else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length &&
               text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      bytes += 4;
      i += 2;
    } else {
      bytes += 3;
      i += 1;
    }
    if (bytes >= stop) stop = settle(bytes, i);
  }
  positions.forEach((list, l) => list.fill(text.length, next[l]));
  return positions;
}

/**
 * [start, end, start, end, ...] of the items of each list (the result's sentences, its entities)
 * as UTF-16 positions in `text`. The core gives both in text order, without overlaps; a list that
 * were not is put in order first.
 */
function utf16Spans(text, lists) {
  const orders = lists.map((items) => {
    const offsets = new Float64Array(2 * items.length);
    items.forEach((item, k) => {
      offsets[2 * k] = item.start;
      offsets[2 * k + 1] = item.end;
    });
    const ascending = offsets.every((offset, k) => k === 0 || offsets[k - 1] <= offset);
    return { offsets, order: ascending ? null : Array.from(offsets.keys()).sort((a, b) => offsets[a] - offsets[b]) };
  });
  const found = utf16Positions(text, orders.map(({ offsets, order }) => (order ? Float64Array.from(order, (k) => offsets[k]) : offsets)));
  return orders.map(({ order }, l) => {
    if (!order) return found[l];
    const positions = new Float64Array(order.length);
    order.forEach((k, rank) => { positions[k] = found[l][rank]; });
    return positions;
  });
}

// User Timing marks for scripts/bench, one of each name at most.
function mark(name) {
  performance.clearMarks(name);
  performance.mark(name);
}

const bytesOf = (file) => (typeof Response !== 'undefined' && file instanceof Response ? file.arrayBuffer() : file);

// A Response served as application/wasm compiles while it streams in.
async function compileCore(file) {
  if (typeof Response !== 'undefined' && file instanceof Response && WebAssembly.compileStreaming &&
      file.headers.get('Content-Type')?.split(';')[0].trim() === 'application/wasm') {
    return WebAssembly.compileStreaming(file);
  }
  return WebAssembly.compile(await bytesOf(file));
}

function instantiateCore(module) {
  return new Promise((resolve, reject) => {
    createPrecisCore({
      instantiateWasm(imports, receiveInstance) {
        WebAssembly.instantiate(module, imports).then((instance) => receiveInstance(instance, module), reject);
        return {};
      },
    }).then(resolve, reject);
  });
}

// The smallest module that uses WebAssembly SIMD instructions (i8x16.splat, .popcnt): precis-core.wasm
// is built with SIMD, and a browser without it would say no more than "CompileError".
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);

export class Engine {
  /** @param loadFile async (name) => ArrayBuffer | Uint8Array | Response (ok), for the module's own files */
  static async create(loadFile) {
    if (!WebAssembly.validate(SIMD_PROBE)) {
      throw new Error('Precis needs a browser with WebAssembly SIMD: Chrome or Edge 91, Firefox 89, Safari 16.4 or later');
    }
    const load = async (name) => bytesOf(await loadFile(name));
    // The English model is the largest download: the engine starts, and warms up, without it.
    const englishModel = load(nameModelFile('en'));
    englishModel.catch(() => {});  // awaited below, unless the engine itself failed first
    const [core, coreData] = await Promise.all([
      loadFile('precis-core.wasm').then(compileCore).then(instantiateCore),
      load('precis-icu-core.dat'),
    ]);
    const engine = new Engine(core, load);
    engine.#addIcuData(coreData);
    mark('precis-engine-ready');
    engine.#warmUp();
    engine.#addNameModel(await englishModel);
    engine.#nameModels.set('en', Promise.resolve());
    mark('precis-model-ready');
    return engine;
  }

  #core;
  #loadFile;
  #dictionary = null;  // the promise of the dictionary file, once asked for
  #nameModels = new Map();  // language -> the promise of its name model, once asked for
  #analyses = new Map();  // handle -> { text, positions, warnings }
  #broken = null;  // the fatal error after a trap

  constructor(core, loadFile) {
    this.#core = core;
    this.#loadFile = loadFile;
  }

  get version() {
    return this.#core.UTF8ToString(this.#core._precis_version());
  }

  /** How large the module's memory has grown, in bytes (it never shrinks). */
  get memoryBytes() {
    return this.#core.HEAPU8.length;
  }

  #reply(pointer) {
    const reply = JSON.parse(this.#core.UTF8ToString(pointer));
    if (reply.error !== undefined) throw new Error(reply.error);
    return reply;
  }

  #addIcuData(data) {
    const bytes = new Uint8Array(data);
    const buffer = this.#core._precis_icu_buffer(bytes.length);
    if (!buffer) throw new Error('out of memory while loading the ICU data');
    this.#core.HEAPU8.set(bytes, buffer);
    this.#reply(this.#core._precis_add_icu_data(buffer));
  }

  // Browsers compile a WebAssembly function the first time it runs, and a reader's first
  // analysis spent 100-400 ms doing that. This short text, analysed while the name model is
  // still downloading, compiles most of the path any text takes (names are found by rules here,
  // and the trained tagger runs those rules too); its result is dropped.
  #warmUp() {
    const core = this.#core;
    const [text, options] = [encoder.encode(WARM_UP_TEXT), encoder.encode('{}\0')];
    const textPointer = core._malloc(text.length);
    const optionsPointer = core._malloc(options.length);
    try {
      if (!textPointer || !optionsPointer) return;  // then the first analysis compiles
      core.HEAPU8.set(text, textPointer);
      core.HEAPU8.set(options, optionsPointer);
      const { analysis } = this.#reply(core._precis_analyze(textPointer, text.length, optionsPointer));
      this.#reply(core._precis_summarize(analysis, optionsPointer));
      core._precis_release(analysis);
    } finally {
      core._free(textPointer);
      core._free(optionsPointer);
    }
  }

  #addNameModel(model) {
    const bytes = new Uint8Array(model);
    const pointer = this.#core._malloc(Math.max(bytes.length, 1));
    try {
      if (!pointer) throw new Error('out of memory while loading a name model');
      this.#core.HEAPU8.set(bytes, pointer);
      this.#reply(this.#core._precis_add_name_model(pointer, bytes.length));
    } finally {
      this.#core._free(pointer);
    }
  }

  /**
   * Loads the name model of the language the text at `textPointer` will be analysed in, once.
   * Answers a warning when the model could not be loaded (the text then gets rule-based names).
   */
  async #nameModelFor(textPointer, textLength, optionsPointer) {
    const { language } = this.#reply(this.#core._precis_language(textPointer, textLength, optionsPointer));
    if (!NAME_MODEL_LANGUAGES.includes(language)) return null;
    if (!this.#nameModels.has(language)) {
      const loading = this.#loadFile(nameModelFile(language)).then((file) => this.#addNameModel(file));
      loading.catch(() => this.#nameModels.delete(language));  // a later text may try again
      this.#nameModels.set(language, loading);
    }
    try {
      await this.#nameModels.get(language);
      return null;
    } catch (error) {
      return `the name model for "${language}" could not be loaded (${error.message}); names were found by rules`;
    }
  }

  /** Loads the word dictionaries once, if `text` is written in a script that needs them. */
  async #dictionaryFor(text) {
    if (!NEEDS_DICTIONARY.test(text)) return;
    if (this.#dictionary === null) {
      this.#dictionary = this.#loadFile('precis-icu-dict.dat').then((data) => this.#addIcuData(data));
      this.#dictionary.catch(() => { this.#dictionary = null; });  // a later text may try again
    }
    await this.#dictionary;
  }

  /** Analyses a text once; summaries of any length are then cheap (see summarize). */
  async analyze(text, options = {}) {
    this.#checkUsable();
    if (typeof text !== 'string') throw new TypeError('the text must be a string');
    const json = optionsJson(options, [...ANALYSIS_OPTIONS, ...LENGTH_OPTIONS]);
    await this.#dictionaryFor(text);
    const bytes = encoder.encode(text);
    const core = this.#core;
    const textPointer = core._malloc(Math.max(bytes.length, 1));
    const optionsBytes = encoder.encode(json + '\0');
    const optionsPointer = core._malloc(optionsBytes.length);
    if (!textPointer || !optionsPointer) {
      core._free(textPointer);
      core._free(optionsPointer);
      throw new Error(`out of memory: the text (${bytes.length} bytes) is too large to analyse here`);
    }
    try {
      core.HEAPU8.set(bytes, textPointer);
      core.HEAPU8.set(optionsBytes, optionsPointer);
      const warning = await this.#nameModelFor(textPointer, bytes.length, optionsPointer);
      const { analysis } = this.#reply(core._precis_analyze(textPointer, bytes.length, optionsPointer));
      mark('precis-analysis-done');
      this.#analyses.set(analysis, { text, positions: null, warnings: warning ? [warning] : [] });
      return analysis;
    } catch (error) {
      throw this.#explain(error);
    } finally {
      core._free(textPointer);
      core._free(optionsPointer);
    }
  }

  /** The result for one length ({ sentences: 3 }, { ratio: 0.2 }, ... or {} for the default). */
  summarize(handle, length = {}) {
    this.#checkUsable();
    const analysis = this.#analyses.get(handle);
    if (!analysis) throw new Error('this analysis was released');
    const lengthBytes = encoder.encode(optionsJson(length, LENGTH_OPTIONS) + '\0');
    const pointer = this.#core._malloc(lengthBytes.length);
    let result;
    try {
      this.#core.HEAPU8.set(lengthBytes, pointer);
      result = this.#reply(this.#core._precis_summarize(handle, pointer));
    } catch (error) {
      throw this.#explain(error);
    } finally {
      this.#core._free(pointer);
    }
    result.warnings.push(...analysis.warnings);
    return this.#toUtf16(analysis, result);
  }

  release(handle) {
    if (this.#analyses.delete(handle) && !this.#broken) this.#core._precis_release(handle);
  }

  /** analyze + summarize + release. */
  async summarizeText(text, options = {}) {
    const handle = await this.analyze(text, options);
    try {
      const length = Object.fromEntries(LENGTH_OPTIONS.filter((k) => options?.[k] !== undefined).map((k) => [k, options[k]]));
      return this.summarize(handle, length);
    } finally {
      this.release(handle);
    }
  }

  // The sentences and entities, and so their offsets, are the same for every length of one
  // analysis: convert them once. Both come in text order, and their spans do not overlap.
  #toUtf16(analysis, result) {
    analysis.positions ??= utf16Spans(analysis.text, [result.sentences, result.entities]);
    const [sentenceSpans, entitySpans] = analysis.positions;
    for (const [items, spans] of [[result.sentences, sentenceSpans], [result.entities, entitySpans]]) {
      items.forEach((item, k) => {
        item.start = spans[2 * k];
        item.end = spans[2 * k + 1];
      });
    }
    return result;
  }

  // A WebAssembly trap (such as an allocation past the memory limit) leaves the module in an
  // unknown state: the engine refuses further work, and its owner starts a new one.
  #explain(error) {
    if (error instanceof WebAssembly.RuntimeError || /abort|out of memory/i.test(String(error?.message))) {
      this.#broken = new Error(`the text could not be analysed: it needs more memory than the page may use (${error.message})`);
      this.#broken.fatal = true;
      return this.#broken;
    }
    return error;
  }

  #checkUsable() {
    if (this.#broken) throw this.#broken;
  }
}
