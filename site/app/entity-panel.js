// Names and figures: a legend with a toggle for each entity type found (its mentions stay
// marked in the article or not), and the entities with their counts. Activating an entity
// steps through its mentions in the article.
import { announce } from './announce.js';
import { entityType, ENTITY_TYPES } from './entity-types.js';
import { nextTask, SLICE_MS } from './next-task.js';
import { reveal } from './reveal.js';

// A long text names thousands of things; the list opens with the most frequent.
const FIRST_SHOWN = 12;

/**
 * The distinct entities of a result (same type, same words), most mentioned first; null when
 * `overtaken()` says, between slices, that they are no longer wanted.
 */
async function groupEntities(entities, overtaken) {
  const groups = new Map();
  let sliceStart = performance.now();
  for (let index = 0; index < entities.length; index++) {
    const entity = entities[index];
    const name = entity.text.replace(/\s+/g, ' ').trim();
    const key = `${entity.type}\u0000${name.toLocaleLowerCase()}`;
    let group = groups.get(key);
    if (!group) groups.set(key, group = { type: entity.type, name, mentions: [] });
    group.mentions.push(index);
    if (index % 1000 === 999 && performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      if (overtaken()) return null;
      sliceStart = performance.now();
    }
  }
  return mostMentionedFirst(groups.values());
}

/**
 * Groups (in order of first mention) most mentioned first, the first mentioned first among
 * equals: a stable bucket sort by count, one pass where a comparison sort of a book's groups
 * would block the page.
 */
function mostMentionedFirst(groups) {
  const byCount = [];
  for (const group of groups) (byCount[group.mentions.length] ??= []).push(group);
  const sorted = [];
  for (let count = byCount.length - 1; count > 0; count--) {
    for (const group of byCount[count] ?? []) {
      group.index = sorted.length;
      sorted.push(group);
    }
  }
  return sorted;
}

function swatch(type) {
  const sample = document.createElement('span');
  sample.className = 'swatch';
  sample.dataset.entitySwatch = type;
  sample.setAttribute('aria-hidden', 'true');
  return sample;
}

export class EntityPanel {
  #legend;
  #list;
  #more;
  #count;
  #articleView;
  #groups = [];
  #hidden = new Set();
  #showAll = false;
  #steps = new WeakMap();  // button -> how many mentions it has shown
  #run = 0;  // each show() or clear(); an older show() stops at its next slice
  #listRun = 0;  // each listing; an older one stops at its next slice

  constructor({ legend, list, more, count, labelsToggle }, articleView) {
    this.#legend = legend;
    this.#list = list;
    this.#more = more;
    this.#count = count;
    this.#articleView = articleView;
    legend.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-type]');
      if (button) this.#toggleType(button);
    });
    list.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-group]');
      if (button) this.#step(button);
    });
    more.addEventListener('click', () => {
      this.#showAll = true;
      this.#renderList(FIRST_SHOWN);
    });
    labelsToggle.addEventListener('change', () => articleView.setTypeLabels(labelsToggle.checked));
  }

  /** Shows the entities of `result`; resolves once they are, or once clear() or a newer show() overtook it. */
  async show(result) {
    const run = ++this.#run;
    const groups = await groupEntities(result.entities, () => run !== this.#run);
    if (!groups) return;
    this.#groups = groups;
    this.#count.textContent = this.#groups.length.toLocaleString();
    this.#hidden.clear();
    this.#showAll = false;
    this.#articleView.setHiddenTypes(this.#hidden);
    const counts = new Map();
    for (const group of groups) counts.set(group.type, (counts.get(group.type) ?? 0) + group.mentions.length);
    const known = ENTITY_TYPES.map((t) => t.type);
    const types = [...known.filter((t) => counts.has(t)), ...[...counts.keys()].filter((t) => !known.includes(t))];
    this.#legend.replaceChildren(...types.map((type) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'legend-toggle';
      button.dataset.type = type;
      button.setAttribute('aria-pressed', 'true');
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = counts.get(type).toLocaleString();
      const label = document.createElement('span');
      label.textContent = entityType(type).plural;
      button.append(swatch(type), label, count);
      button.title = `Mark ${entityType(type).plural.toLowerCase()} in the article, or not`;
      return button;
    }));
    this.#renderList();
  }

  clear() {
    this.#run += 1;
    this.#listRun += 1;
    this.#groups = [];
    this.#count.textContent = '';
    this.#legend.replaceChildren();
    this.#list.replaceChildren();
    this.#more.hidden = true;
  }

  #toggleType(button) {
    const type = button.dataset.type;
    const shown = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(shown));
    if (shown) this.#hidden.delete(type);
    else this.#hidden.add(type);
    this.#articleView.setHiddenTypes(this.#hidden);
    this.#renderList();
    announce(`${entityType(type).plural} ${shown ? 'marked' : 'not marked'} in the article`);
  }

  /**
   * Lists the groups of the types shown (all of them, or the first few), a slice at a time: a
   * book has a hundred thousand. `focusIndex`: the item to focus once it is there.
   */
  async #renderList(focusIndex = null) {
    const run = ++this.#listRun;
    const visible = this.#groups.filter((group) => !this.#hidden.has(group.type));
    const shown = this.#showAll ? visible : visible.slice(0, FIRST_SHOWN);
    this.#list.replaceChildren();
    this.#more.hidden = shown.length === visible.length;
    this.#more.textContent = `Show all ${visible.length.toLocaleString()}`;
    let slice = document.createDocumentFragment();
    let sliceStart = performance.now();
    for (let i = 0; i < shown.length; i++) {
      slice.append(this.#item(shown[i]));
      if (i + 1 === shown.length || (i % 100 === 99 && performance.now() - sliceStart > SLICE_MS)) {
        this.#list.append(slice);
        if (focusIndex !== null && focusIndex <= i) {
          this.#list.children[focusIndex].querySelector('button').focus();
          focusIndex = null;
        }
        await nextTask();
        if (run !== this.#listRun) return;
        slice = document.createDocumentFragment();
        sliceStart = performance.now();
      }
    }
  }

  #item(group) {
    const { label } = entityType(group.type);
    const count = group.mentions.length;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'entity-item';
    button.dataset.group = String(group.index);
    button.setAttribute('aria-label', `${group.name}, ${label.toLowerCase()}, ${count === 1 ? 'one mention' : `${count} mentions`}: show ${count === 1 ? 'it' : 'the next'}`);
    const name = document.createElement('span');
    name.className = 'entity-name';
    name.textContent = group.name;
    const kind = document.createElement('span');
    kind.className = 'entity-type';
    kind.dataset.entitySwatch = group.type;
    kind.textContent = label;
    const tally = document.createElement('span');
    tally.className = 'entity-count';
    tally.textContent = count === 1 ? '1' : `×${count}`;
    button.append(swatch(group.type), name, kind, tally);
    const item = document.createElement('li');
    item.append(button);
    return item;
  }

  /** Shows the next mention of the entity, round and round. */
  #step(button) {
    const group = this.#groups[Number(button.dataset.group)];
    const step = (this.#steps.get(button) ?? 0) % group.mentions.length;
    this.#steps.set(button, step + 1);
    const [first] = this.#articleView.mentionElements(group.mentions[step]);
    button.querySelector('.entity-count').textContent =
      group.mentions.length === 1 ? '1' : `${step + 1} of ${group.mentions.length}`;
    reveal(first);
    // Focus stays on the list, so the same key shows the next mention.
    button.focus({ preventScroll: true });
    announce(`${group.name}: mention ${step + 1} of ${group.mentions.length}`);
  }
}
