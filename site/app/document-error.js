// A problem reading a PDF or Word file that the reader can act on; its message is written for
// them. Its own module, so that each reader loads only what it needs.
export class DocumentError extends Error {
  name = 'DocumentError';
}
