// Types of the Precis JS API (precis.js). Offsets are UTF-16 code units: text.slice(start, end).

export type Algorithm = 'auto' | 'lead' | 'textrank' | 'lexrank' | 'luhn' | 'sumbasic' | 'centroid';

export type EntityType =
  | 'PER' | 'ORG' | 'LOC' | 'MISC'
  | 'DATE' | 'TIME' | 'MONEY' | 'PERCENT' | 'QUANTITY' | 'TICKER' | 'URL' | 'EMAIL';

/**
 * One length control at a time; none means about a fifth of the sentences (1 to 7 for an
 * article). `ratio` is a fraction of the sentences that can be chosen (not titles or headings).
 */
export type Length =
  | { sentences: number; ratio?: never; words?: never; characters?: never }
  | { ratio: number; sentences?: never; words?: never; characters?: never }
  | { words: number; sentences?: never; ratio?: never; characters?: never }
  | { characters: number; sentences?: never; ratio?: never; words?: never }
  | Record<string, never>;

export interface AnalysisOptions {
  /** 'auto' (default) or an ISO 639-1 code such as 'en', 'de', 'zh'. */
  language?: string;
  algorithm?: Algorithm;
  /** Words the summary should favour. */
  focus?: string | string[];
}

export type Options = AnalysisOptions & Length;

export interface Sentence {
  start: number;
  end: number;
  /** In [0, 1]: how the summary of this length ranks the sentence (auto ranks for a summary of few of the sentences by what carries the gist). */
  score: number;
  selected: boolean;
  paragraph: number;
  kind: 'body' | 'title' | 'heading' | 'list_item';
  words: number;
  characters: number;
}

export interface Entity {
  start: number;
  end: number;
  type: EntityType;
  text: string;
}

export interface Keyword {
  text: string;
  /** In [0, 1]; the best is 1. */
  score: number;
}

export interface Result {
  language: string;
  /** Every sentence, in document order. */
  sentences: Sentence[];
  /** Indices into `sentences` of the chosen ones, ascending. */
  summary: number[];
  /** In document order, never overlapping. */
  entities: Entity[];
  /** Best first. */
  keywords: Keyword[];
  warnings: string[];
}

/** A text analysed once; summaries of any length are then cheap. */
export interface Analysis {
  summarize(length?: Length): Promise<Result>;
  release(): Promise<void>;
}

export interface Precis {
  summarize(text: string, options?: Options): Promise<Result>;
  analyze(text: string, options?: Options): Promise<Analysis>;
  version(): Promise<string>;
  /** Stops the worker; pending promises reject. */
  terminate(): void;
}

export interface CreateOptions {
  /** Where precis-core.wasm and the ICU data files are; default: beside precis.js. */
  baseUrl?: string | URL;
}

/**
 * Loads Precis. Rejects like every call: with a TypeError for a value of the wrong type (a text
 * that is not a string, `{ sentences: '3' }`, an unknown option), a RangeError for one out of
 * range (`{ sentences: 2.5 }`, `{ ratio: NaN }`, a text over MAX_TEXT_BYTES), each naming the
 * value and the rule, and an Error for anything else.
 */
export function createPrecis(options?: CreateOptions): Promise<Precis>;

/** The largest text, in UTF-8 bytes (20 MB: WebAssembly's memory is smaller than a native process's). */
export const MAX_TEXT_BYTES: number;

/** The size of `text` in UTF-8 bytes, as MAX_TEXT_BYTES counts it (quick: megabytes in milliseconds). */
export function utf8Length(text: string): number;

/**
 * The error a length option would be refused with, or null: sentences, words and characters are
 * whole numbers of at least 1, ratio is in (0, 1]. A string is read as the number it writes
 * (an attribute, a link's fragment).
 */
export function lengthProblem(name: 'sentences' | 'ratio' | 'words' | 'characters', value: unknown): TypeError | RangeError | null;
