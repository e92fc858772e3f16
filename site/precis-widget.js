// <precis-summary>: the summary of an element of the host page, shown where the widget stands,
// with the key sentences and entities highlighted in place in the host element.
//
//   <script type="module" src="https://example.org/precis/precis-widget.js"></script>
//   <precis-summary for="article" sentences="3"></precis-summary>
//
// Attributes: for (a CSS selector; default: the widget's own children), one length of
// sentences | ratio (0-1) | words | characters (default: what suits the text), language
// (default auto), controls (fewer/more buttons), floating (a panel over the page, with a close
// button: the bookmarklet's). The `target` property takes an element instead of `for`.
// The host element's text never changes (its textContent stays the same): only spans are
// added around it, with data-sentence, data-selected and data-entity as on Precis's page.
// Events: 'summary' (detail: { result }) each time the summary changes; 'error' (detail:
// { message }). The data-state attribute says loading, ready or error.
import { HostHighlighter } from './app/host-highlighter.js';
import { claimTarget, refusedTarget } from './app/widget-targets.js';
import { connectPrecis } from './app/precis-connection.js';
import { reveal } from './app/reveal.js';
import { summaryListItem } from './app/summary-panel.js';
import { widgetSheets } from './app/widget-styles.js';
import { lengthProblem } from './precis.js';

const LENGTH_ATTRIBUTES = ['sentences', 'ratio', 'words', 'characters'];

/**
 * The one length the attributes ask for, or {} for the default. Throws for two lengths or a bad
 * one, with the attribute and the rule: never the default in its place.
 */
function lengthFrom(element) {
  const given = LENGTH_ATTRIBUTES.filter((name) => element.hasAttribute(name));
  if (given.length > 1) throw new Error(`give only one of the attributes ${given.join(' and ')}`);
  for (const name of given) {
    const value = element.getAttribute(name);
    const problem = lengthProblem(name, value);
    if (problem) throw new Error(`${name}="${value}" is not a length: ${problem.message}`);
    return { [name]: Number(value) };
  }
  return {};
}

function adoptHostSheet(root) {
  const { host } = widgetSheets();
  if (!root.adoptedStyleSheets.includes(host)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, host];
}

class PrecisSummary extends HTMLElement {
  static observedAttributes = [...LENGTH_ATTRIBUTES, 'for', 'language'];

  #shadow;
  #target = null;
  #highlighter = null;
  #analysis = null;
  #text = '';
  #result = null;
  #run = 0;  // each (re)start; older runs find themselves stale
  #connected = false;
  #resummarizeQueued = false;
  #release = null;  // gives the target back for other widgets

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    this.#shadow.adoptedStyleSheets = [widgetSheets().panel];
    this.#shadow.addEventListener('click', (event) => this.#onClick(event));
  }

  /** The element summarised, when given directly rather than by `for`. */
  get target() {
    return this.#target;
  }

  set target(element) {
    this.#target = element;
    if (this.#connected) this.#start();
  }

  /** The latest result (UTF-16 offsets into the text read from the target), or null. */
  get result() {
    return this.#result;
  }

  connectedCallback() {
    this.#connected = true;
    this.#start();
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#stop();
  }

  // The attributes a page is parsed with are read by connectedCallback; these are changes.
  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.#connected || oldValue === newValue) return;
    if (!LENGTH_ATTRIBUTES.includes(name)) {
      this.#start();
    } else if (this.#analysis && !this.#resummarizeQueued) {
      // Several length attributes changed in one go ask for one summary.
      this.#resummarizeQueued = true;
      queueMicrotask(() => {
        this.#resummarizeQueued = false;
        this.#resummarize();
      });
    }
  }

  #stop() {
    this.#run += 1;
    this.#highlighter?.remove();
    this.#highlighter = null;
    this.#release?.();
    this.#release = null;
    this.#analysis?.release().catch(() => {});
    this.#analysis = null;
    this.#result = null;
  }

  #resolveTarget() {
    if (this.#target) return this.#target;
    const selector = this.getAttribute('for');
    return selector ? document.querySelector(selector) : this;
  }

  async #start() {
    this.#stop();
    const run = this.#run;
    this.#render({ status: 'Finding the key sentences…' });
    this.dataset.state = 'loading';
    let target;
    try {
      target = this.#resolveTarget();
    } catch {
      this.#fail(`for="${this.getAttribute('for')}" is not a CSS selector`);
      return;
    }
    if (!target) {
      this.#fail(`nothing on this page matches for="${this.getAttribute('for')}"`);
      return;
    }
    const refusal = refusedTarget(target) ?? this.#lengthRefusal();
    if (refusal) {
      this.#fail(refusal);
      return;
    }
    const claim = claimTarget(target, this);
    if (!claim.release) {
      this.#fail(claim.refusal);
      return;
    }
    this.#release = claim.release;
    adoptHostSheet(target.getRootNode());
    const highlighter = new HostHighlighter(target, { skip: (element) => element === this || element.localName === 'precis-summary' });
    const text = highlighter.read();
    if (!text.trim()) {
      this.#fail('there is no text to summarise');
      return;
    }
    try {
      const precis = await connectPrecis();
      const language = this.getAttribute('language') ?? 'auto';
      const analysis = await precis.analyze(text, { language });
      if (run !== this.#run) {
        analysis.release().catch(() => {});
        return;
      }
      this.#analysis = analysis;
      const result = await analysis.summarize(lengthFrom(this));
      if (run !== this.#run) return;
      this.#highlighter = highlighter;
      this.#text = text;
      highlighter.apply(result);
      this.#show(result);
    } catch (error) {
      if (run === this.#run) this.#fail(error.message);
    }
  }

  #lengthRefusal() {
    try {
      lengthFrom(this);
      return null;
    } catch (error) {
      return error.message;
    }
  }

  async #resummarize() {
    const run = this.#run;
    try {
      const result = await this.#analysis.summarize(lengthFrom(this));
      if (run !== this.#run) return;
      this.#highlighter.select(result);
      this.#show(result);
    } catch (error) {
      if (run === this.#run) this.#fail(error.message);
    }
  }

  #show(result) {
    this.#result = result;
    this.dataset.state = 'ready';
    this.#render({ result });
    this.dispatchEvent(new CustomEvent('summary', { detail: { result } }));
  }

  #fail(message) {
    this.dataset.state = 'error';
    this.#render({ error: `Precis could not summarise this: ${message}.` });
    this.dispatchEvent(new CustomEvent('error', { detail: { message } }));
  }

  #render({ status, result, error }) {
    const panel = document.createElement('section');
    panel.className = 'panel';
    panel.setAttribute('aria-label', 'Summary by Precis');
    const header = document.createElement('header');
    const title = document.createElement('h2');
    title.textContent = 'Key sentences';
    header.append(title);
    if (this.hasAttribute('floating')) {
      const close = document.createElement('button');
      close.type = 'button';
      close.className = 'close';
      close.dataset.action = 'close';
      close.setAttribute('aria-label', 'Close Precis and remove its highlights');
      close.textContent = '×';
      header.append(close);
    }
    panel.append(header);
    const meta = document.createElement('p');
    meta.className = error ? 'meta error' : 'meta';
    meta.setAttribute('role', 'status');
    meta.textContent = error ?? status ??
      `${result.summary.length} of ${result.sentences.length} sentences, highlighted in the text · Precis, on this device`;
    panel.append(meta);
    // Why a summary is short or empty (a budget no sentence fits in, say) is said, not left to guess.
    if (result?.warnings.length) {
      const warnings = document.createElement('p');
      warnings.className = 'meta warnings';
      warnings.textContent = result.warnings.join(' ');
      panel.append(warnings);
    }
    if (result) panel.append(this.#list(result));
    if (result && this.hasAttribute('controls')) panel.append(this.#controls(result));
    // Keyboard focus stays on the same control across the update.
    const focusedAction = this.#shadow.activeElement?.dataset.action;
    this.#shadow.replaceChildren(panel, document.createElement('slot'));
    if (focusedAction) this.#shadow.querySelector(`[data-action="${focusedAction}"]:not(:disabled)`)?.focus();
  }

  #list(result) {
    const list = document.createElement('ol');
    list.append(...result.summary.map((index, rank) => summaryListItem(this.#text, result.sentences[index], rank, {
      className: 'sentence', dataset: { sentence: String(index) },
    })));
    return list;
  }

  #controls(result) {
    const controls = document.createElement('div');
    controls.className = 'controls';
    const count = result.summary.length;
    for (const [action, label, disabled] of [
      ['fewer', 'Fewer', count <= 1],
      ['more', 'More', count >= result.sentences.length],
    ]) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'control';
      button.dataset.action = action;
      button.textContent = label;
      button.disabled = disabled;
      controls.append(button);
    }
    return controls;
  }

  #onClick(event) {
    const button = event.target.closest('button');
    if (!button) return;
    if (button.dataset.sentence !== undefined) {
      reveal(this.#highlighter?.sentenceElement(Number(button.dataset.sentence)));
      return;
    }
    const count = this.#result?.summary.length ?? 0;
    if (button.dataset.action === 'close') {
      this.remove();
    } else if (button.dataset.action === 'fewer' || button.dataset.action === 'more') {
      for (const name of LENGTH_ATTRIBUTES) this.removeAttribute(name);
      this.setAttribute('sentences', String(Math.max(1, count + (button.dataset.action === 'more' ? 1 : -1))));
    }
  }
}

if (!customElements.get('precis-summary')) customElements.define('precis-summary', PrecisSummary);
