// Which elements a <precis-summary> may highlight, and which widget holds each one. A widget
// wraps its target's text in spans: inside a <title>, <style> or <textarea> that would empty the
// page title, switch off the host's CSS or blank the field; and two widgets splitting the same
// text nodes would each cut the other's spans apart.

// Elements whose text is not content a reader sees in place (or not text at all).
const NOT_CONTENT = new Set([
  'title', 'style', 'script', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'optgroup',
  'button', 'head', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'img', 'svg', 'math',
  'meta', 'link', 'base',
]);

const holders = new Map();  // target element -> the widget that highlights it

const describe = (element) => `<${element.localName}>`;

/** Why `target` cannot be highlighted (it or an element around it is not content), or null. */
export function refusedTarget(target) {
  for (let element = target; element; element = element.parentElement) {
    if (NOT_CONTENT.has(element.localName)) {
      return element === target
        ? `a ${describe(target)} element holds no article text to highlight; point "for" at the element with the article`
        : `the target is inside a ${describe(element)} element, whose text is not article text`;
    }
  }
  return null;
}

/**
 * Takes `target` for `widget`: { release } to give it back, or { refusal } when another widget
 * already highlights it, or an element inside or around it.
 */
export function claimTarget(target, widget) {
  for (const [held, holder] of holders) {
    if (holder === widget || !holder.isConnected) continue;
    if (held === target || held.contains(target) || target.contains(held)) {
      const how = held === target ? 'this element' : held.contains(target) ? 'an element around this one' : 'an element inside this one';
      return { refusal: `another <precis-summary> already highlights ${how}; one widget per text, so that their highlights do not cut each other` };
    }
  }
  holders.set(target, widget);
  return { release: () => { if (holders.get(target) === widget) holders.delete(target); } };
}
