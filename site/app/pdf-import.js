// Reads a PDF file's text in the page, with pdf.js (npm pdfjs-dist, copied into vendor/pdfjs at
// build time and loaded only when a PDF arrives). pdf.js parses in a Worker of its own, served
// from this site; this module asks it for each page's positioned text and rebuilds the text a
// reader sees (pdf-text.js). Nothing leaves the page.
import { DocumentError } from './document-error.js';
import { textOfPages } from './pdf-text.js';

const PDFJS = '../vendor/pdfjs/';

let pdfjsLoading = null;
function loadPdfjs() {
  pdfjsLoading ??= import(new URL(`${PDFJS}pdf.min.mjs`, import.meta.url).href).then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = new URL(`${PDFJS}pdf.worker.min.mjs`, import.meta.url).href;
    return pdfjs;
  });
  return pdfjsLoading;
}

/**
 * The text of a PDF as a reader sees it. onProgress(pagesRead, pages) follows the pages; an
 * aborted `signal` stops between pages (rejecting with an AbortError). A PDF without text (a scan),
 * one locked with a password, or a damaged one rejects with a DocumentError that says so.
 */
export async function readPdf(bytes, { name, signal, onProgress = () => {} }) {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: bytes,
    cMapUrl: new URL(`${PDFJS}cmaps/`, import.meta.url).href,
    cMapPacked: true,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
  });
  const stop = () => task.destroy();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const pdf = await task.promise.catch((error) => {
      if (error?.name === 'PasswordException') throw new DocumentError(`“${name}” is locked with a password; Precis cannot open it.`);
      if (signal?.aborted) throw signal.reason;
      throw new DocumentError(`“${name}” is not a PDF Precis can read (${error?.message ?? error}): the file may be damaged.`);
    });
    const pages = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      signal?.throwIfAborted();
      const page = await pdf.getPage(number);
      const [, , width, height] = page.view;
      const content = await page.getTextContent();
      pages.push({ width, height, items: content.items });
      page.cleanup();
      onProgress(number, pdf.numPages);
    }
    const text = textOfPages(pages);
    if (!text.trim()) {
      throw new DocumentError(`“${name}” has no text to read: it may be a scan (pictures of pages). Precis reads PDFs that hold text.`);
    }
    return { text, pages: pdf.numPages };
  } finally {
    signal?.removeEventListener('abort', stop);
    task.destroy();
  }
}
