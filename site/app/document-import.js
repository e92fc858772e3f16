// A PDF or Word file read for the input panel: its reader module loaded (pdf-import.js or
// docx-import.js), its pages counted in the panel's reading note as they are read, and a Cancel.
// This module and the readers load only when such a file arrives, so the page's bundle does
// not carry them.

let current = null;  // the AbortController of the file being read; a new file stops it

/**
 * The text of `file` (kind 'pdf' or 'docx'), rebuilt as a reader sees it, or null when the
 * reader cancelled. `elements` are the panel's reading note, its label and its Cancel button;
 * `onCancelled(message)` says what was stopped. Problems reject (a DocumentError's message is
 * written for the reader).
 */
export async function readDocumentFile(kind, file, { readingNote, readingLabel, readingCancel }, onCancelled) {
  current?.abort(new DOMException('Another file was opened', 'AbortError'));
  const reading = new AbortController();
  current = reading;
  const cancel = () => reading.abort(new DOMException('Reading cancelled', 'AbortError'));
  readingLabel.textContent = `Reading “${file.name}”…`;
  readingNote.hidden = false;
  readingCancel.addEventListener('click', cancel);
  try {
    const reader = kind === 'pdf'
      ? (await import('./pdf-import.js')).readPdf
      : (await import('./docx-import.js')).readDocx;
    const { text } = await reader(await file.arrayBuffer(), {
      name: file.name,
      signal: reading.signal,
      onProgress: (read, pages) => { readingLabel.textContent = `Reading “${file.name}”: page ${read} of ${pages}…`; },
    });
    reading.signal.throwIfAborted();
    return text;
  } catch (error) {
    if (!reading.signal.aborted) throw error;
    if (current === reading) onCancelled(`Stopped reading “${file.name}”.`);
    return null;
  } finally {
    readingCancel.removeEventListener('click', cancel);
    if (current === reading) {
      readingNote.hidden = true;
      current = null;
    }
  }
}
