// "Use Precis elsewhere": the bookmarklet and the widget's snippet, written for wherever this
// copy of the site is served from.

/** The bookmarklet: loads precis-bookmarklet.js from this site into the page it is run on. */
function bookmarkletCode(siteUrl) {
  const module = new URL('precis-bookmarklet.js', siteUrl).href;
  return `javascript:(()=>{import(${JSON.stringify(module)}).then((m)=>m.toggle(),(e)=>alert('Precis could not start on this page (it may not allow scripts from elsewhere): '+e.message))})()`;
}

function widgetSnippet(siteUrl) {
  const widget = new URL('precis-widget.js', siteUrl).href;
  return `<script type="module" src="${widget}"></script>\n<precis-summary for="article" sentences="3"></precis-summary>`;
}

export function setUpElsewhere({ bookmarklet, bookmarkletHint, snippet }) {
  const siteUrl = new URL('../', import.meta.url);
  bookmarklet.href = bookmarkletCode(siteUrl);
  // Run here it would do nothing useful (and this page's policy blocks it): it is for dragging.
  bookmarklet.addEventListener('click', (event) => {
    event.preventDefault();
    bookmarkletHint.hidden = false;
  });
  snippet.textContent = widgetSnippet(siteUrl);
}
