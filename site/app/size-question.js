// Asks before a long piece of work starts: a question in the page (not a blocking dialog), with
// a button to go on and one to stop. A new question replaces one still open, as a "no".
let open = null;  // { element, answer }

/** Shows `message` before `anchor`; resolves to true for `goLabel`, false otherwise. */
export function askToGoOn(anchor, message, { goLabel = 'Analyse it', stopLabel = 'Not now' } = {}) {
  open?.answer(false);
  return new Promise((resolve) => {
    const element = document.createElement('div');
    element.className = 'size-question';
    element.setAttribute('role', 'alertdialog');
    element.setAttribute('aria-label', 'A long text');
    const text = document.createElement('p');
    text.textContent = message;
    const go = document.createElement('button');
    go.type = 'button';
    go.className = 'button primary';
    go.dataset.answer = 'go';
    go.textContent = goLabel;
    const stop = document.createElement('button');
    stop.type = 'button';
    stop.className = 'button';
    stop.dataset.answer = 'stop';
    stop.textContent = stopLabel;
    element.append(text, go, stop);
    const answer = (yes) => {
      element.remove();
      if (open?.element === element) open = null;
      resolve(yes);
    };
    go.addEventListener('click', () => answer(true));
    stop.addEventListener('click', () => answer(false));
    open = { element, answer };
    anchor.before(element);
    go.focus();
  });
}
