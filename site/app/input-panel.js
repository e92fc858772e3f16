// Where the text comes from: typed or pasted (plain text, or rich text and HTML from a web
// page, read for its article), a .txt, .md, .html, .pdf or .docx file opened, dropped or
// pasted, or the sample. Whatever arrives becomes plain text in the text box, which is what
// gets analysed. The PDF and Word readers load only when such a file arrives.
import { MAX_TEXT_BYTES, utf8Length } from '../precis.js';
import { articleFromHtml } from './html-import.js';
import { markdownToText } from './markdown-text.js';
import { nextTask, SLICE_MS } from './next-task.js';
import { megabytes } from './text-size.js';

// A file over the page's limit is refused before it is read. An HTML file holds more than its
// text, so it may be larger: its text is checked once read.
const MAX_FILE_BYTES = MAX_TEXT_BYTES;
const MAX_HTML_FILE_BYTES = 4 * MAX_TEXT_BYTES;
// PDF and Word files hold pictures and fonts besides their text: larger still.
const MAX_DOCUMENT_FILE_BYTES = 5 * MAX_TEXT_BYTES;
// A text box laid out with megabytes of text blocks the page for seconds: a longer text is
// kept aside (and analysed), and the box says so.
export const TEXT_BOX_MAX_CHARACTERS = 200_000;
// Reading a file this big (plain text or HTML) takes long enough to show progress for.
const SHOW_READING_ABOVE_BYTES = 100_000;

/**
 * A file's text, decoded a piece at a time (file.text() decodes megabytes in one task). Pieces
 * already read arrive without a task between them: the page is let in every SLICE_MS.
 */
async function readText(file) {
  const pieces = [];
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let sliceStart = performance.now();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    pieces.push(read.value);
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
  return pieces.join('');
}

function fileKind(file) {
  const name = file.name.toLowerCase();
  if (/\.(html?|xhtml)$/.test(name) || file.type === 'text/html') return 'html';
  if (/\.(md|markdown)$/.test(name) || file.type === 'text/markdown') return 'markdown';
  if (/\.txt$/.test(name) || file.type === 'text/plain') return 'text';
  if (/\.pdf$/.test(name) || file.type === 'application/pdf') return 'pdf';
  if (/\.docx$/.test(name) || file.type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
  return null;
}

const FILE_LIMITS = { html: MAX_HTML_FILE_BYTES, pdf: MAX_DOCUMENT_FILE_BYTES, docx: MAX_DOCUMENT_FILE_BYTES };
const KIND_NAMES = { html: 'web pages', pdf: 'PDF files', docx: 'Word files' };

/**
 * The text of a PDF or Word file, or null if the reader cancelled: read by
 * document-import.js, loaded on first need by URL, so that the page's bundle leaves it out.
 */
async function readDocument(kind, file, elements, onCancelled) {
  const { readDocumentFile } = await import(new URL('./document-import.js', import.meta.url).href);
  return readDocumentFile(kind, file, elements, onCancelled);
}

function htmlNote(article, source) {
  if (article.whole) return `${source}: a web page too large to look for its article in; all of its text is here.`;
  if (!article.extracted) return `${source}: read as a web page; no article stood out, so all of its text is here.`;
  const title = article.title ? ` “${article.title}”` : '';
  const byline = article.byline ? ` (${article.byline})` : '';
  return `${source}: the article${title}${byline}, without menus, images or scripts.`;
}

export class InputPanel {
  #elements;
  #onSubmit;
  #onError;
  #onWorking;
  #heldText = null;  // a text too long for the box, kept aside
  #placeholder;
  #reading = 0;  // each HTML reading; cancel() makes the ones under way stale
  #source = null;  // the name of the file the text box holds, until the text is edited

  /**
   * onSubmit(text) asks for an analysis; onError(message) reports a problem with
   * the input; onOptionsChange() says an analysis option changed; onWorking(message) says
   * that reading the input takes a while (a large web page), until onSubmit or onError.
   */
  constructor(elements, { onSubmit, onError, onOptionsChange, onWorking = () => {} }) {
    this.#elements = elements;
    this.#onSubmit = onSubmit;
    this.#onError = onError;
    this.#onWorking = onWorking;
    this.#placeholder = elements.textarea.placeholder;
    const { form, textarea, fileInput, openButton, sampleButton, clearButton, dropZone } = elements;
    const { languageSelect, algorithmSelect, focusInput } = elements;
    for (const control of [languageSelect, algorithmSelect, focusInput]) control.addEventListener('change', onOptionsChange);

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#submit();
    });
    textarea.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.#submit();
      }
    });
    textarea.addEventListener('paste', (event) => this.#paste(event));
    // Typing replaces a text kept aside: what is in the box is what gets analysed.
    textarea.addEventListener('input', () => {
      this.#dropHeldText();
      this.#source = null;
    });
    openButton.addEventListener('click', () => fileInput.click());
    fileInput.addEventListener('change', () => {
      if (fileInput.files[0]) this.#openFile(fileInput.files[0]);
      fileInput.value = '';  // the same file again is a new choice
    });
    sampleButton.addEventListener('click', () => this.#openSample());
    clearButton.addEventListener('click', () => {
      this.setText('', '');
      textarea.focus();
    });
    this.#setUpDropping(dropZone);
  }

  get text() {
    return this.#heldText ?? this.#elements.textarea.value;
  }

  /** Stops reading a web page that is under way. */
  cancel() {
    this.#reading += 1;
  }

  /** The name of the file the text came from, or null (typed, pasted or edited text). */
  get source() {
    return this.#source;
  }

  /** The analysis options chosen under "Options". */
  get options() {
    const { languageSelect, algorithmSelect, focusInput } = this.#elements;
    const focus = focusInput.value.trim();
    return {
      language: languageSelect.value,
      algorithm: algorithmSelect.value,
      ...(focus ? { focus } : {}),
    };
  }

  setLanguage(language) {
    const select = this.#elements.languageSelect;
    if ([...select.options].some((option) => option.value === language)) select.value = language;
  }

  /**
   * Fills the text box (or keeps a text too long for it aside, and says so); `note` says where
   * the text came from (empty: says nothing), `source` names the file it was read from.
   */
  setText(text, note, source = null) {
    const { textarea } = this.#elements;
    this.#dropHeldText();
    this.#source = source;
    if (text.length > TEXT_BOX_MAX_CHARACTERS) {
      this.#heldText = text;
      textarea.value = '';
      textarea.placeholder = `This text (${megabytes(utf8Length(text))}) is too long to show here; ` +
        'Summarise analyses it. Type or paste to replace it.';
    } else {
      textarea.value = text;
    }
    this.#showNote(note);
  }

  #dropHeldText() {
    this.#heldText = null;
    this.#elements.textarea.placeholder = this.#placeholder;
  }

  #showNote(note) {
    this.#elements.note.textContent = note;
    this.#elements.note.hidden = !note;
  }

  #submit() {
    this.#onSubmit(this.text);
  }

  async #paste(event) {
    const textarea = this.#elements.textarea;
    const wasEmpty = textarea.value.trim() === '';
    // Read now: a clipboard's data is gone once the event is over.
    const [file] = event.clipboardData?.files ?? [];
    if (file) {
      event.preventDefault();
      this.#openFile(file);
      return;
    }
    const html = event.clipboardData?.getData('text/html') ?? '';
    const plain = event.clipboardData?.getData('text/plain') ?? '';
    if (!html.trim() && plain.length > TEXT_BOX_MAX_CHARACTERS) {
      // Too long for the box: kept aside, in place of what was there.
      event.preventDefault();
      this.setText(plain, 'Pasted text.');
      this.#submit();
      return;
    }
    if (!html.trim()) {
      // Plain text: the text box takes it as it is; a whole article pasted into an empty box
      // is analysed straight away.
      if (wasEmpty) setTimeout(() => textarea.value.trim() && this.#submit());
      return;
    }
    event.preventDefault();
    const read = await this.#readHtml(html, plain, 'Pasted');
    if (!read) return;
    const { text, note } = read;
    if (wasEmpty || text.length > TEXT_BOX_MAX_CHARACTERS) {
      this.setText(text, note);
      this.#submit();
    } else {
      textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, 'end');
      this.#showNote(note);
    }
  }

  /** The article in `html`, or `plain` if none can be found in it; null if cancelled. */
  async #readHtml(html, plain, verb, source = `${verb} from a web page`) {
    const reading = ++this.#reading;
    if (html.length > 100_000) this.#onWorking(`Reading ${megabytes(html.length)} of HTML…`);
    try {
      const article = await articleFromHtml(html, { stopped: () => reading !== this.#reading });
      if (!article) return null;
      if (article.text.trim()) return { text: article.text, note: htmlNote(article, source) };
    } catch (error) {
      return { text: plain, note: `${verb} as plain text (${error.message}).` };
    }
    return { text: plain, note: `${verb} text.` };
  }

  async #openFile(file) {
    const kind = fileKind(file);
    if (!kind) {
      this.#onError(`Precis opens .txt, .md, .html, .pdf and .docx files; “${file.name}” is none of these.`);
      return;
    }
    const limit = FILE_LIMITS[kind] ?? MAX_FILE_BYTES;
    if (file.size > limit) {
      this.#onError(`“${file.name}” is ${megabytes(file.size)}; the page reads ${KIND_NAMES[kind] ?? 'texts'} of up to ${megabytes(limit)}.`);
      return;
    }
    try {
      if (kind === 'pdf' || kind === 'docx') {
        const text = await readDocument(kind, file, this.#elements, (note) => this.#showNote(note));
        if (text === null) return;
        this.setText(text, `Opened “${file.name}”: its text, rebuilt as a reader sees it.`, file.name);
      } else {
        // A big file takes a moment to decode: progress and Cancel show at once.
        const reading = ++this.#reading;
        if (file.size > SHOW_READING_ABOVE_BYTES) this.#onWorking(`Reading ${megabytes(file.size)}…`);
        const content = await readText(file);
        await nextTask();  // joining megabytes of pieces took a while: the page's turn
        if (reading !== this.#reading) return;
        if (kind === 'html') {
          const read = await this.#readHtml(content, '', 'Opened', `Opened “${file.name}”`);
          if (!read) return;
          this.setText(read.text, read.note, file.name);
        } else {
          this.setText(kind === 'markdown' ? markdownToText(content) : content, `Opened “${file.name}”.`, file.name);
        }
      }
      this.#submit();
    } catch (error) {
      this.#onError(error.name === 'DocumentError' ? error.message : `“${file.name}” could not be read: ${error.message}`);
    }
  }

  async #openSample() {
    try {
      const response = await fetch(new URL('../sample-article.txt', import.meta.url));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.setText(await response.text(), 'The sample article, written for trying Precis.');
      this.#submit();
    } catch (error) {
      this.#onError(`The sample article could not be loaded: ${error.message}`);
    }
  }

  /** Dropping a file anywhere on the text box opens it; dropped HTML or text is pasted. */
  #setUpDropping(zone) {
    const accepts = (event) => [...event.dataTransfer.types].some((t) => t === 'Files' || t === 'text/html' || t === 'text/plain');
    let depth = 0;  // dragenter/dragleave fire for every child crossed
    zone.addEventListener('dragenter', (event) => {
      if (!accepts(event)) return;
      depth += 1;
      zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) zone.classList.remove('dragging');
    });
    zone.addEventListener('dragover', (event) => {
      if (accepts(event)) event.preventDefault();
    });
    zone.addEventListener('drop', async (event) => {
      if (!accepts(event)) return;
      event.preventDefault();
      depth = 0;
      zone.classList.remove('dragging');
      const [file] = event.dataTransfer.files;
      if (file) {
        this.#openFile(file);
        return;
      }
      // Text dragged from another page: read like a paste into an empty box.
      const html = event.dataTransfer.getData('text/html');
      const plain = event.dataTransfer.getData('text/plain');
      const read = html.trim() ? await this.#readHtml(html, plain, 'Dropped') : { text: plain, note: 'Dropped text.' };
      if (!read?.text.trim()) return;
      const { text, note } = read;
      this.setText(text, note);
      this.#submit();
    });
  }
}
