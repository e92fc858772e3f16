// Applies the reader's chosen colour theme before the page is drawn (a classic script in
// <head>, so that a dark-theme reader never sees a flash of the light one). theme.js owns the
// control; without a choice the page follows the system (prefers-color-scheme).
try {
  const theme = localStorage.getItem('precis-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage may be off (a privacy setting): the system theme it is.
}
