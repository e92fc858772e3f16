// The engine: the WebAssembly core and its ICU data, driven in the current thread. Browsers run
// it inside precis-worker.js; Node runs it in-process. Offsets leave here as UTF-16 code units.
import createPrecisCore from './precis-core.js';

// Texts in these scripts need ICU's word dictionaries, a separate file fetched on first need.
const NEEDS_DICTIONARY =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

// Languages with a trained name model (ner-<language>.bin beside this file). English loads with
// the module; the others when a text in that language arrives. Texts in other languages, or
// whose model cannot be fetched, get the core's rule-based names.
const NAME_MODEL_LANGUAGES = ['en', 'de', 'fr', 'nl'];
const nameModelFile = (language) => `ner-${language}.bin`;

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
 * A function from the given UTF-8 byte offsets into `text` (a Float64Array, sorted here) to
 * UTF-16 positions. A lone surrogate counts as the three bytes of U+FFFD, as TextEncoder
 * writes it. Typed arrays: a 10 MB text has half a million offsets.
 */
function utf16Positions(text, byteOffsets) {
  const offsets = byteOffsets.sort();
  const positions = new Float64Array(offsets.length);
  let bytes = 0;
  let next = 0;
  for (let i = 0; i <= text.length && next < offsets.length; ) {
    while (next < offsets.length && offsets[next] <= bytes) positions[next++] = i;
    if (i === text.length) break;
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
  }
  while (next < offsets.length) positions[next++] = text.length;
  return (offset) => {
    let low = 0;
    let high = offsets.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (offsets[middle] < offset) low = middle + 1;
      else high = middle;
    }
    return positions[low];
  };
}

export class Engine {
  /** @param loadFile async (name) => ArrayBuffer | Uint8Array, for the module's own files */
  static async create(loadFile) {
    const [wasmBinary, coreData, englishNames] = await Promise.all(
      [loadFile('precis-core.wasm'), loadFile('precis-icu-core.dat'), loadFile(nameModelFile('en'))]);
    const core = await createPrecisCore({ wasmBinary: new Uint8Array(wasmBinary) });
    const engine = new Engine(core, loadFile);
    engine.#addIcuData(coreData);
    engine.#addNameModel(englishNames);
    engine.#nameModels.set('en', Promise.resolve());
    return engine;
  }

  #core;
  #loadFile;
  #dictionary = null;  // the promise of the dictionary file, once asked for
  #nameModels = new Map();  // language -> the promise of its name model, once asked for
  #analyses = new Map();  // handle -> { text, positions }
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

  #addNameModel(data) {
    const bytes = new Uint8Array(data);
    const pointer = this.#core._malloc(Math.max(bytes.length, 1));
    if (!pointer) throw new Error('out of memory while loading a name model');
    try {
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
      const loading = this.#loadFile(nameModelFile(language)).then((data) => this.#addNameModel(data));
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

  // The offsets are the same for every length of one analysis: convert them once.
  #toUtf16(analysis, result) {
    if (analysis.positions === null) {
      const offsets = new Float64Array(2 * (result.sentences.length + result.entities.length));
      let k = 0;
      for (const s of result.sentences) {
        offsets[k++] = s.start;
        offsets[k++] = s.end;
      }
      for (const e of result.entities) {
        offsets[k++] = e.start;
        offsets[k++] = e.end;
      }
      analysis.positions = utf16Positions(analysis.text, offsets);
    }
    const at = analysis.positions;
    for (const s of result.sentences) {
      s.start = at(s.start);
      s.end = at(s.end);
    }
    for (const e of result.entities) {
      e.start = at(e.start);
      e.end = at(e.end);
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
