// The Porter stemmer exactly as ROUGE-1.5.5.pl runs it for `-m`.
//
// ROUGE-1.5.5 ships Martin Porter's Perl release of his algorithm (with his "bli" -> "ble" and
// "logi" -> "log" departures from the 1980 paper) plus one change by Chin-Yew Lin (02/14/2004)
// to step 4: the suffixes -ment and -ent are no longer alternatives of the one step-4 rule but
// are tried after it, one after the other, on what the rule left ("agreement" -> "agreem",
// "fundamental" -> "fundam"; a stock Porter stemmer leaves "agreement" and gives "fundament").
// No npm stemmer has that change, so this file carries the algorithm; tests/eval checks it
// against the `stemmer` package on words the change does not touch.

const c = '[^aeiou]'; // consonant
const v = '[aeiouy]'; // vowel
const C = `${c}[^aeiouy]*`; // consonant sequence
const V = `${v}[aeiou]*`; // vowel sequence
const mgr0 = new RegExp(`^(${C})?${V}${C}`); // [C]VC... is m>0
const meq1 = new RegExp(`^(${C})?${V}${C}(${V})?$`); // [C]VC[V] is m=1
const mgr1 = new RegExp(`^(${C})?${V}${C}${V}${C}`); // [C]VCVC... is m>1
const hasVowel = new RegExp(`^(${C})?${v}`);
const cvc = new RegExp(`^${C}${v}[^aeiouwxy]$`);

const step2list = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble',
  alli: 'al', entli: 'ent', eli: 'e', ousli: 'ous', ization: 'ize', ation: 'ate',
  ator: 'ate', alism: 'al', iveness: 'ive', fulness: 'ful', ousness: 'ous', aliti: 'al',
  iviti: 'ive', biliti: 'ble', logi: 'log',
};
const step3list = { icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '' };

const step2re = /(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const step3re = /(icate|ative|alize|iciti|ical|ful|ness)$/;
const step4re = /(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$/;

/** Stems one lower-case word the way ROUGE-1.5.5's `stem` does. */
export function porterStem(word) {
  let w = word;
  if (w.length < 3) return w;
  const initialY = w[0] === 'y';
  if (initialY) w = 'Y' + w.slice(1); // an initial y is a consonant

  // Step 1a
  let m;
  if ((m = /(ss|i)es$/.exec(w))) w = w.slice(0, m.index) + m[1];
  else if ((m = /([^s])s$/.exec(w))) w = w.slice(0, m.index) + m[1];

  // Step 1b
  if ((m = /eed$/.exec(w))) {
    if (mgr0.test(w.slice(0, m.index))) w = w.slice(0, -1);
  } else if ((m = /(ed|ing)$/.exec(w))) {
    const stem = w.slice(0, m.index);
    if (hasVowel.test(stem)) {
      w = stem;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (cvc.test(w)) w += 'e';
    }
  }

  // Step 1c
  if ((m = /y$/.exec(w))) {
    const stem = w.slice(0, m.index);
    if (hasVowel.test(stem)) w = stem + 'i';
  }

  // Step 2
  if ((m = step2re.exec(w))) {
    const stem = w.slice(0, m.index);
    if (mgr0.test(stem)) w = stem + step2list[m[1]];
  }

  // Step 3
  if ((m = step3re.exec(w))) {
    const stem = w.slice(0, m.index);
    if (mgr0.test(stem)) w = stem + step3list[m[1]];
  }

  // Step 4, with ROUGE-1.5.5's change: -ment, then -ent (or -sion/-tion) tried after the rest.
  if ((m = step4re.exec(w))) {
    const stem = w.slice(0, m.index);
    if (mgr1.test(stem)) w = stem;
  }
  if ((m = /ment$/.exec(w))) {
    const stem = w.slice(0, m.index);
    if (mgr1.test(stem)) w = stem;
  }
  if ((m = /ent$/.exec(w))) {
    const stem = w.slice(0, m.index);
    if (mgr1.test(stem)) w = stem;
  } else if ((m = /(s|t)(ion)$/.exec(w))) {
    const stem = w.slice(0, m.index) + m[1];
    if (mgr1.test(stem)) w = stem;
  }

  // Step 5
  if ((m = /e$/.exec(w))) {
    const stem = w.slice(0, m.index);
    if (mgr1.test(stem) || (meq1.test(stem) && !cvc.test(stem))) w = stem;
  }
  if (/ll$/.test(w) && mgr1.test(w)) w = w.slice(0, -1);

  if (initialY) w = 'y' + w.slice(1);
  return w;
}
