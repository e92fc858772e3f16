// The page's one Precis engine (a Worker) and the analysis it holds. An analysis is made once
// per text; the length control then asks it for summaries, which is cheap. Cancelling ends the
// Worker (the only way to stop work in progress) and the next call starts a fresh one.
import { createPrecis } from '../precis.js';
import { takeStartedPrecis } from './engine-start.js';

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export class PrecisSession {
  #precis = null;  // Promise<Precis>, made on first need
  #analysis = null;
  #generation = 0;  // bumped by every analysis and cancel: older work finds itself stale
  #ticket = 0;  // the latest summary asked for
  #summaryInFlight = Promise.resolve();

  /** Takes the engine the page started, or starts one, before the first text arrives. */
  warmUp() {
    this.#engine().catch(() => {});  // a failure is reported by the analysis that needs it
  }

  #engine() {
    this.#precis ??= (takeStartedPrecis() ?? createPrecis()).catch((error) => {
      this.#precis = null;
      throw error;
    });
    return this.#precis;
  }

  /**
   * Analyses `text` and returns its summary of `length`. Rejects with CancelledError when
   * cancel() or a newer analysis overtook it.
   */
  async analyze(text, options, length) {
    const generation = ++this.#generation;
    const stale = () => generation !== this.#generation;
    let analysis;
    try {
      const precis = await this.#engine();
      if (stale()) throw new CancelledError();
      analysis = await precis.analyze(text, options);
      const result = await analysis.summarize(length);
      if (stale()) throw new CancelledError();
      this.#analysis?.release().catch(() => {});
      this.#analysis = analysis;
      return result;
    } catch (error) {
      if (analysis && analysis !== this.#analysis) analysis.release().catch(() => {});
      throw stale() ? new CancelledError() : error;
    }
  }

  /**
   * The summary of `length` from the current analysis. While one is being computed, later
   * calls wait and only the latest runs: a slider dragged fast asks for what it stops on,
   * not for every step. Resolves to null for a call that was overtaken.
   */
  async summarize(length) {
    const ticket = ++this.#ticket;
    const generation = this.#generation;
    await this.#summaryInFlight;
    if (ticket !== this.#ticket || generation !== this.#generation || !this.#analysis) return null;
    const summary = this.#analysis.summarize(length);
    this.#summaryInFlight = summary.catch(() => {});
    const result = await summary;
    return ticket === this.#ticket && generation === this.#generation ? result : null;
  }

  /** Abandons the analysis in progress, and the current one with it. */
  cancel() {
    this.#generation += 1;
    this.#analysis = null;
    this.#precis?.then((precis) => precis.terminate(), () => {});
    this.#precis = null;
  }
}
