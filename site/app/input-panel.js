// Where the text comes from: typed or pasted (plain text, or rich text and HTML from a web
// page, read for its article), a .txt, .md, .html, .pdf or .docx file opened, dropped or
// pasted, or the sample. Whatever arrives becomes plain text in the text box, which is what
// gets analysed. The PDF and Word readers load only when such a file arrives.
import { articleFromHtml } from './html-import.js';
import { markdownToText } from './markdown-text.js';

// The core's own limit; a bigger file is refused before it is read.
const MAX_FILE_BYTES = 50 * 1024 * 1024;

function fileKind(file) {
  const name = file.name.toLowerCase();
  if (/\.(html?|xhtml)$/.test(name) || file.type === 'text/html') return 'html';
  if (/\.(md|markdown)$/.test(name) || file.type === 'text/markdown') return 'markdown';
  if (/\.txt$/.test(name) || file.type === 'text/plain') return 'text';
  if (/\.pdf$/.test(name) || file.type === 'application/pdf') return 'pdf';
  if (/\.docx$/.test(name) || file.type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
  return null;
}

/**
 * The text of a PDF or Word file, read by its reader module, loaded on first need: by URL, so
 * that the page's bundle leaves the readers out.
 */
async function readDocument(kind, file, options) {
  const bytes = await file.arrayBuffer();
  const load = (module) => import(new URL(module, import.meta.url).href);
  if (kind === 'pdf') return (await load('./pdf-import.js')).readPdf(bytes, options);
  return (await load('./docx-import.js')).readDocx(bytes, options);
}

function htmlNote(article, source) {
  if (!article.extracted) return `${source}: read as a web page; no article stood out, so all of its text is here.`;
  const title = article.title ? ` “${article.title}”` : '';
  const byline = article.byline ? ` (${article.byline})` : '';
  return `${source}: the article${title}${byline}, without menus, images or scripts.`;
}

export class InputPanel {
  #elements;
  #onSubmit;
  #onError;
  #source = null;  // the name of the file the text box holds, until the text is edited
  #reading = null;  // the AbortController of a document being read

  /**
   * onSubmit(text) asks for an analysis; onError(message) reports a problem with
   * the input; onOptionsChange() says an analysis option changed.
   */
  constructor(elements, { onSubmit, onError, onOptionsChange }) {
    this.#elements = elements;
    this.#onSubmit = onSubmit;
    this.#onError = onError;
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
    textarea.addEventListener('input', () => { this.#source = null; });
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
    return this.#elements.textarea.value;
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
   * Fills the text box; `note` says where the text came from (empty: says nothing), `source`
   * names the file it was read from.
   */
  setText(text, note, source = null) {
    this.#elements.textarea.value = text;
    this.#source = source;
    this.#showNote(note);
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
    if (!html.trim()) {
      // Plain text: the text box takes it as it is; a whole article pasted into an empty box
      // is analysed straight away.
      if (wasEmpty) setTimeout(() => textarea.value.trim() && this.#submit());
      return;
    }
    event.preventDefault();
    const { text, note } = await this.#readHtml(html, plain, 'Pasted');
    if (wasEmpty) {
      this.setText(text, note);
      this.#submit();
    } else {
      textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, 'end');
      this.#showNote(note);
    }
  }

  /** The article in `html`, or `plain` if none can be found in it. */
  async #readHtml(html, plain, verb) {
    try {
      const article = await articleFromHtml(html);
      if (article.text.trim()) return { text: article.text, note: htmlNote(article, `${verb} from a web page`) };
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
    if (file.size > MAX_FILE_BYTES) {
      this.#onError(`“${file.name}” is ${(file.size / 1048576).toFixed(0)} MB; Precis reads up to 50 MB.`);
      return;
    }
    this.#reading?.abort();
    try {
      if (kind === 'pdf' || kind === 'docx') {
        const text = await this.#readDocumentShowingProgress(kind, file);
        if (text === null) return;
        this.setText(text, `Opened “${file.name}”: its text, rebuilt as a reader sees it.`, file.name);
      } else {
        const content = await file.text();
        if (kind === 'html') {
          const article = await articleFromHtml(content);
          this.setText(article.text, htmlNote(article, `Opened “${file.name}”`), file.name);
        } else {
          this.setText(kind === 'markdown' ? markdownToText(content) : content, `Opened “${file.name}”.`, file.name);
        }
      }
      this.#submit();
    } catch (error) {
      this.#onError(error.name === 'DocumentError' ? error.message : `“${file.name}” could not be read: ${error.message}`);
    }
  }

  /** A document's text, with its pages counted in the note and a Cancel; null once cancelled. */
  async #readDocumentShowingProgress(kind, file) {
    const reading = new AbortController();
    this.#reading = reading;
    const { readingNote, readingLabel, readingCancel } = this.#elements;
    const cancel = () => reading.abort(new DOMException('Reading cancelled', 'AbortError'));
    readingLabel.textContent = `Reading “${file.name}”…`;
    readingNote.hidden = false;
    readingCancel.addEventListener('click', cancel);
    try {
      const { text } = await readDocument(kind, file, {
        name: file.name,
        signal: reading.signal,
        onProgress: (read, pages) => { readingLabel.textContent = `Reading “${file.name}”: page ${read} of ${pages}…`; },
      });
      return text;
    } catch (error) {
      if (reading.signal.aborted) {
        this.#showNote(`Stopped reading “${file.name}”.`);
        return null;
      }
      throw error;
    } finally {
      readingCancel.removeEventListener('click', cancel);
      readingNote.hidden = true;
      if (this.#reading === reading) this.#reading = null;
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
      const { text, note } = html.trim() ? await this.#readHtml(html, plain, 'Dropped') : { text: plain, note: 'Dropped text.' };
      if (!text.trim()) return;
      this.setText(text, note);
      this.#submit();
    });
  }
}
