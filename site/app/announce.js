// Tells screen-reader users what changed where their focus is not (a polite live region).
let region = null;

export function announce(message) {
  region ??= document.getElementById('announcer');
  if (!region) return;
  // A repeated message is still read when the region's text actually changes.
  region.textContent = region.textContent === message ? `${message}\u00a0` : message;
}
