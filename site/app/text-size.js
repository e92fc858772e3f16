// How big a text is, as the page's limits count it (UTF-8 bytes) and as it tells the reader.

const encoder = new TextEncoder();
// Encoded a piece at a time into one buffer: encoding megabytes whole (or through a Blob)
// allocates as much again and blocks the page for a tenth of a second.
const PIECE_UNITS = 1 << 18;
const buffer = new Uint8Array(3 * PIECE_UNITS + 3);

/** The UTF-8 size of `text` in bytes (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8Length(text) {
  let bytes = 0;
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + PIECE_UNITS, text.length);
    // A surrogate pair is encoded whole, never split across pieces.
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff && end < text.length) end += 1;
    bytes += encoder.encodeInto(text.slice(start, end), buffer).written;
    start = end;
  }
  return bytes;
}

export const megabytes = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
