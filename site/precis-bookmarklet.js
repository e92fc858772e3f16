// What the bookmarklet loads into the page it is run on (see app/elsewhere.js for the
// bookmarklet itself): a floating Precis panel that summarises the page's article and
// highlights it in place. Run again, it closes the panel and takes the highlights away.
import './precis-widget.js';
import { findArticleRoot } from './app/find-article-root.js';

const PANEL_ID = 'precis-bookmarklet-panel';

export function toggle() {
  const open = document.getElementById(PANEL_ID);
  if (open) {
    open.remove();
    return;
  }
  const panel = document.createElement('precis-summary');
  panel.id = PANEL_ID;
  panel.setAttribute('floating', '');
  panel.setAttribute('controls', '');
  panel.target = findArticleRoot(document);
  document.body.append(panel);
}
