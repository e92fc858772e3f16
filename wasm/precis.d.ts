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

export function createPrecis(options?: CreateOptions): Promise<Precis>;
