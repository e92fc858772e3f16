// The page: text in, analysis in the Worker, the article with its key sentences and entities
// out. The state (main[data-state]: empty, busy, ready) drives what the CSS shows.
import { announce } from './announce.js';
import { ArticleView } from './article-view.js';
import { copyText } from './clipboard.js';
import { setUpElsewhere } from './elsewhere.js';
import { EntityPanel } from './entity-panel.js';
import { entityPaletteCss, hiddenTypesCss } from './entity-types.js';
import { download, fileName, summaryJson, summaryMarkdown, summaryText } from './export.js';
import { fragmentLink, parseFragment } from './fragment.js';
import { InputPanel } from './input-panel.js';
import { showKeywords } from './keyword-list.js';
import { LengthControl } from './length-control.js';
import { nextTask } from './next-task.js';
import { setUpOffline } from './offline.js';
import { MAX_TEXT_BYTES, utf8Length } from '../precis.js';
import { CancelledError, PrecisSession } from './precis-session.js';
import { ProgressView } from './progress-view.js';
import { askToGoOn } from './size-question.js';
import { SummaryPanel } from './summary-panel.js';
import { megabytes } from './text-size.js';
import { setUpThemeControl } from './theme.js';

// A link holds the whole text; past this size it is no longer a link anyone should share.
const MAX_LINK_CHARACTERS = 100_000;
// Above this the analysis takes a minute or more and much memory: the page asks first.
const ASK_ABOVE_BYTES = 10 * 1024 * 1024;

const session = new PrecisSession();
// The session takes the engine index.html started (app/engine-start.js): a Worker already
// fetching the wasm, ICU's data and the English model. This module is async too, so the page is
// set up once the HTML has been parsed.
session.warmUp();
if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));

const byId = (id) => document.getElementById(id);
const main = byId('main');
const errorBox = byId('error');
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

const palette = new CSSStyleSheet();
palette.replaceSync(`${entityPaletteCss()}\n${hiddenTypesCss('.article-text')}`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, palette];
const articleView = new ArticleView(byId('article-text'));
const summaryPanel = new SummaryPanel(byId('summary-list'), articleView);
const entityPanel = new EntityPanel({
  legend: byId('entity-legend'),
  list: byId('entity-list'),
  more: byId('entity-more'),
  count: byId('entity-count'),
  labelsToggle: byId('entity-labels'),
}, articleView);
const lengthControl = new LengthControl(byId('length-control'));
const progress = new ProgressView({
  root: byId('progress'),
  label: byId('progress-label'),
  bar: byId('progress-bar'),
  cancel: byId('cancel-button'),
}, cancel);
const input = new InputPanel({
  form: byId('input-form'),
  textarea: byId('article-input'),
  fileInput: byId('file-input'),
  openButton: byId('open-button'),
  sampleButton: byId('sample-button'),
  clearButton: byId('clear-button'),
  dropZone: byId('drop-zone'),
  note: byId('import-note'),
  readingNote: byId('reading-note'),
  readingLabel: byId('reading-label'),
  readingCancel: byId('reading-cancel'),
  languageSelect: byId('language-select'),
  algorithmSelect: byId('algorithm-select'),
  focusInput: byId('focus-input'),
}, {
  onSubmit: (text) => analyse(text),
  onError: (message) => {
    endWork();
    showError(message);
  },
  // Reading a large web page: the same progress and Cancel as an analysis.
  onWorking: (message) => {
    showError('');
    setState('busy');
    progress.start(message, { now: true });
  },
  // Options shape the analysis itself: a text on show is analysed again, at the same length.
  onOptionsChange: () => {
    if (current) analyse(input.text, { length: lengthControl.length, moveFocus: false });
  },
});

let current = null;  // { text, result } of the article shown
let panelRun = 0;  // each analysis; a newer one or cancel() makes the one under way stale

function setState(state) {
  main.dataset.state = state;
}

function showError(message) {
  errorBox.textContent = message;
  errorBox.hidden = !message;
}

const describeSize = (text, bytes) => (text.length > 100_000
  ? `${megabytes(bytes)} of text`
  : `${text.trim().split(/\s+/).length.toLocaleString()} words`);

/** Work that ended without a result: the page as it was before. */
function endWork() {
  progress.stop();
  setState(current ? 'ready' : 'empty');
}

const languageName = (code) => {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
};

function showStats(result) {
  const words = result.sentences.reduce((sum, s) => sum + s.words, 0);
  const chosenWords = result.summary.reduce((sum, i) => sum + result.sentences[i].words, 0);
  byId('stat-language').textContent = languageName(result.language);
  byId('stat-text').textContent = `${result.sentences.length.toLocaleString()} sentences, ${words.toLocaleString()} words`;
  byId('stat-summary').textContent =
    `${result.summary.length.toLocaleString()} ${result.summary.length === 1 ? 'sentence' : 'sentences'}, ` +
    `${chosenWords.toLocaleString()} words (${Math.round((100 * chosenWords) / Math.max(1, words))}% of the text)`;
  const warnings = byId('warnings');
  warnings.textContent = result.warnings.join(' ');
  warnings.hidden = result.warnings.length === 0;
}

/** Whether a text of `bytes` may be analysed: within the limit, and (when large) the reader agreed. */
async function mayAnalyse(bytes) {
  if (bytes > MAX_TEXT_BYTES) {
    endWork();
    showError(`This text is ${megabytes(bytes)}; the page analyses texts of up to ${megabytes(MAX_TEXT_BYTES)} ` +
      '(the command-line tool reads up to 50 MB).');
    return false;
  }
  if (bytes <= ASK_ABOVE_BYTES) return true;
  endWork();
  return askToGoOn(byId('progress'), `This text is ${megabytes(bytes)}: analysing a text over ` +
    `${megabytes(ASK_ABOVE_BYTES)} takes a minute or more, and much memory. Analyse it?`);
}

async function analyse(text, { length = {}, moveFocus = true } = {}) {
  showError('');
  if (!text.trim()) {
    endWork();
    showError('There is no text to summarise yet: paste an article, open a file or try the sample.');
    return;
  }
  const bytes = text.length > 100_000 ? utf8Length(text) : text.length;
  if (!await mayAnalyse(bytes)) return;
  const run = ++panelRun;
  setState('busy');
  progress.start(`Analysing ${describeSize(text, bytes)}…`, { now: text.length > 100_000 });
  try {
    const result = await session.analyze(text, input.options, length);
    progress.update('Laying out the article…', 0);
    const laidOut = await articleView.render(text, result, {
      onProgress: (fraction) => progress.update(`Laying out the article… ${Math.round(fraction * 100)}%`, fraction),
    });
    if (!laidOut) return;
    byId('article-text').lang = result.language;
    // The panels one task each: a book's entities alone take a while to group.
    for (const show of [
      () => summaryPanel.show(text, result),
      () => entityPanel.show(result),
      () => showKeywords(byId('keyword-list'), result.keywords),
      () => lengthControl.reset(result, { sentences: result.sentences.length, words: result.sentences.reduce((sum, s) => sum + s.words, 0) }),
    ]) {
      await show();
      await nextTask();
      if (run !== panelRun) return;  // cancelled, or a newer text
    }
    current = { text, result };
    showStats(result);
    progress.stop();
    setState('ready');
    announce(`Summary ready: ${result.summary.length} key sentences.`);
    if (moveFocus) byId('results-heading').focus();
  } catch (error) {
    if (error instanceof CancelledError) return;
    progress.stop();
    setState(current ? 'ready' : 'empty');
    showError(`The text could not be analysed: ${error.message}`);
  }
}

function cancel() {
  panelRun += 1;
  input.cancel();
  session.cancel();
  articleView.clear();
  summaryPanel.clear();
  entityPanel.clear();
  current = null;
  progress.stop();
  setState('empty');
  announce('Analysis cancelled.');
  byId('article-input').focus();
}

lengthControl.addEventListener('change', async ({ detail: length }) => {
  if (!current) return;
  try {
    const result = await session.summarize(length);
    if (!result || !current) return;
    current.result = result;
    articleView.select(result);
    summaryPanel.show(current.text, result);
    lengthControl.update(result);
    showStats(result);
  } catch (error) {
    showError(`The summary could not be made: ${error.message}`);
  }
});

/** Shows a short confirmation on a button, then its own label again. */
function confirmOn(button, message) {
  const label = button.dataset.label ??= button.textContent;
  button.textContent = message;
  announce(message);
  setTimeout(() => { button.textContent = label; }, 2000);
}

byId('copy-summary').addEventListener('click', async (event) => {
  if (!current) return;
  try {
    await copyText(summaryText(current.text, current.result));
    confirmOn(event.currentTarget, 'Copied');
  } catch (error) {
    showError(error.message);
  }
});
byId('download-markdown').addEventListener('click', () => {
  if (!current) return;
  const { text, result } = current;
  download(fileName(text, result, 'md'), summaryMarkdown(text, result, languageName(result.language), input.source), 'text/markdown;charset=utf-8');
});
byId('download-json').addEventListener('click', () => {
  if (!current) return;
  const { text, result } = current;
  download(fileName(text, result, 'json'), summaryJson(text, result, lengthControl.length, input.source), 'application/json');
});
byId('copy-link').addEventListener('click', async (event) => {
  if (!current) return;
  if (current.text.length > MAX_LINK_CHARACTERS) {
    showError('This text is too long to share as a link; download it instead.');
    return;
  }
  try {
    await copyText(fragmentLink(location.href, current.text, lengthControl.length));
    confirmOn(event.currentTarget, 'Link copied');
  } catch (error) {
    showError(error.message);
  }
});

/**
 * index.html#text=…&sentences=N: the text of the link, analysed at that length. Resolves when
 * it is shown (at once when the link holds no text).
 */
async function openFragment() {
  let link;
  try {
    link = parseFragment(location.hash);
  } catch (error) {
    showError(error.message);
    return;
  }
  if (!link) return;
  input.setText(link.text, 'The text of the link you opened.');
  if (link.language) input.setLanguage(link.language);
  lengthControl.setLength(link.length);
  await analyse(link.text, { length: link.length, moveFocus: false });
}

// On a narrow screen the side panels come before the article: names and keywords start
// folded, a line each, so the article is not far down.
if (window.matchMedia('(max-width: 60rem)').matches) {
  for (const panel of document.querySelectorAll('details.panel')) panel.open = false;
}

window.addEventListener('hashchange', openFragment);
setUpThemeControl(byId('theme-select'));
setUpElsewhere({ bookmarklet: byId('bookmarklet'), bookmarkletHint: byId('bookmarklet-hint'), snippet: byId('widget-snippet') });
// A first visit's service worker copies the whole site: it starts once a link's text is
// highlighted, rather than competing with the engine for the network and the processor.
openFragment().finally(() => setUpOffline(byId('offline-status')));
