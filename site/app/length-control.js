// The summary's length: a unit (sentences, per cent of the sentences, words) and a value, set
// with a slider or typed. Every change fires a 'change' event at once; the analysis is not
// redone, the page only asks the existing one for another summary.
const UNITS = {
  sentences: {
    name: 'sentences',
    min: () => 1,
    max: (totals) => Math.max(1, totals.sentences),
    // A slider over thousands of sentences cannot pick one; the number field can.
    sliderMax: (totals) => Math.max(1, Math.min(totals.sentences, 100)),
    step: 1,
    toLength: (value) => ({ sentences: value }),
    fromResult: (result) => result.summary.length,
  },
  ratio: {
    name: 'per cent of the sentences',
    min: () => 1,
    max: () => 100,
    sliderMax: () => 100,
    step: 1,
    toLength: (value) => ({ ratio: value / 100 }),
    fromResult: (result) => Math.round((100 * result.summary.length) / Math.max(1, result.sentences.length)),
  },
  words: {
    name: 'words',
    min: (totals) => Math.min(10, Math.max(1, totals.words)),
    max: (totals) => Math.max(1, totals.words),
    sliderMax: (totals) => Math.max(1, Math.min(totals.words, 2000)),
    step: 5,
    toLength: (value) => ({ words: value }),
    fromResult: (result) => result.summary.reduce((sum, i) => sum + result.sentences[i].words, 0),
  },
};

const clamp = (value, min, max) => Math.min(max, Math.max(min, value));

export class LengthControl extends EventTarget {
  #units;
  #range;
  #number;
  #total;
  #totals = { sentences: 1, words: 1 };
  #result = null;
  #unit = 'sentences';
  #value = 1;

  constructor(fieldset) {
    super();
    this.#units = [...fieldset.querySelectorAll('input[name="length-unit"]')];
    this.#range = fieldset.querySelector('input[type="range"]');
    this.#number = fieldset.querySelector('input[type="number"]');
    this.#total = fieldset.querySelector('.length-total');
    this.#range.addEventListener('input', () => this.#set(Number(this.#range.value)));
    this.#number.addEventListener('input', () => {
      if (this.#number.validity.valid && this.#number.value !== '') this.#set(Number(this.#number.value));
    });
    this.#number.addEventListener('change', () => this.#show());  // a bad entry reverts on leaving
    for (const radio of this.#units) radio.addEventListener('change', () => this.#changeUnit(radio.value));
  }

  /** The length to ask the analysis for: { sentences } | { ratio } | { words }. */
  get length() {
    return UNITS[this.#unit].toLength(this.#value);
  }

  /** A new analysis: shows the length of its first summary, for a text with these totals. */
  reset(result, totals) {
    this.#totals = totals;
    this.#result = result;
    this.#value = UNITS[this.#unit].fromResult(result);
    this.#show();
  }

  /** The summary now shown; switching units starts from it. */
  update(result) {
    this.#result = result;
  }

  /** Sets the unit and value (from a link), without firing a change. */
  setLength(length) {
    const unit = ['sentences', 'ratio', 'words'].find((name) => length[name] !== undefined);
    if (!unit) return;
    this.#unit = unit;
    this.#value = unit === 'ratio' ? Math.round(length.ratio * 100) : length[unit];
    for (const radio of this.#units) radio.checked = radio.value === unit;
  }

  #changeUnit(unit) {
    this.#unit = unit;
    // The same summary in the new unit, so that switching units changes nothing by itself.
    this.#set(this.#result ? UNITS[unit].fromResult(this.#result) : UNITS[unit].min(this.#totals));
  }

  #set(value) {
    const unit = UNITS[this.#unit];
    this.#value = clamp(Math.round(value), unit.min(this.#totals), unit.max(this.#totals));
    this.#show();
    this.dispatchEvent(new CustomEvent('change', { detail: this.length }));
  }

  #show() {
    const unit = UNITS[this.#unit];
    const totals = this.#totals;
    this.#range.min = this.#number.min = String(unit.min(totals));
    this.#range.max = String(unit.sliderMax(totals));
    this.#number.max = String(unit.max(totals));
    // The slider moves in steps; the number field takes any whole value.
    this.#range.step = String(unit.step);
    this.#number.step = '1';
    this.#range.value = String(this.#value);
    this.#number.value = String(this.#value);
    const label = `Summary length in ${unit.name}`;
    this.#range.setAttribute('aria-label', label);
    this.#number.setAttribute('aria-label', label);
    this.#total.textContent = this.#unit === 'ratio' ? '%' :
      `of ${unit.max(totals).toLocaleString()} ${this.#unit === 'words' ? 'words' : 'sentences'}`;
  }
}
