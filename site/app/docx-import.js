// Reads a Word (.docx) file's text in the page. A .docx is a zip of XML parts; fflate (npm,
// copied into vendor/fflate at build time and loaded only when such a file arrives) unzips it,
// and the main part, word/document.xml, is parsed as XML (inert: nothing in it runs). Headers,
// footers and notes live in other parts and are left out; headings, paragraphs, list items and
// table cells become paragraphs, in document order.
import { DocumentError } from './document-error.js';

const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The text of one paragraph (w:p): its runs' text, tabs and line breaks, in order. */
function paragraphText(paragraph) {
  let text = '';
  const walk = (node) => {
    for (const child of node.children) {
      if (child.namespaceURI !== WORD_NS) continue;
      switch (child.localName) {
        case 't': text += child.textContent; break;
        case 'tab': text += '\t'; break;
        case 'br': case 'cr': text += '\n'; break;
        case 'noBreakHyphen': text += '-'; break;
        case 'delText': case 'instrText': case 'pPr': case 'rPr': break;  // deleted text, field codes, formatting
        default: walk(child);
      }
    }
  };
  walk(paragraph);
  return text.replace(/[ \t]+/g, (spaces) => (spaces.includes('\t') ? '\t' : ' ')).trim();
}

function inFallback(node) {
  for (let at = node.parentElement; at; at = at.parentElement) if (at.localName === 'Fallback') return true;
  return false;
}

/** The paragraphs of the document body, tables' cells included, in document order. */
export function textOfDocumentXml(xml) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) throw new DocumentError('its text part is not well-formed XML');
  const body = doc.getElementsByTagNameNS(WORD_NS, 'body')[0];
  if (!body) throw new DocumentError('it has no document body');
  const paragraphs = [...body.getElementsByTagNameNS(WORD_NS, 'p')]
    // A text box is written twice, for new and for old readers of the format: read it once.
    .filter((p) => !inFallback(p))
    .map(paragraphText)
    .filter((text) => text);
  return paragraphs.join('\n\n');
}

/** The text of a .docx file; a damaged or non-Word file rejects with a DocumentError. */
export async function readDocx(bytes, { name }) {
  const { unzipSync, strFromU8 } = await import(new URL('../vendor/fflate/browser.js', import.meta.url).href);
  let files;
  try {
    files = unzipSync(new Uint8Array(bytes), { filter: (file) => file.name === 'word/document.xml' });
  } catch (error) {
    throw new DocumentError(`“${name}” is not a Word document Precis can read (${error.message}): the file may be damaged.`);
  }
  const part = files['word/document.xml'];
  if (!part) throw new DocumentError(`“${name}” is not a Word document: it has no word/document.xml.`);
  let text;
  try {
    text = textOfDocumentXml(strFromU8(part));
  } catch (error) {
    throw new DocumentError(`“${name}” could not be read: ${error.message}.`);
  }
  if (!text.trim()) throw new DocumentError(`“${name}” has no text.`);
  return { text };
}
