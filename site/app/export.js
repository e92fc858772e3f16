// The summary taken away: copied as text, or saved as Markdown or JSON. Files are made in the
// page (a Blob) and saved by the browser; nothing is sent anywhere.
import { entityType, ENTITY_TYPES } from './entity-types.js';
import { sentenceText } from './summary-panel.js';

/** The article's title: its title sentence, else its first sentence, shortened. */
function articleTitle(text, result) {
  const sentence = result.sentences.find((s) => s.kind === 'title') ?? result.sentences[0];
  if (!sentence) return 'Untitled text';
  const title = sentenceText(text, sentence);
  return title.length > 90 ? `${title.slice(0, 89).trimEnd()}…` : title;
}

export function summaryText(text, result) {
  return result.summary.map((index) => sentenceText(text, result.sentences[index])).join('\n');
}

// Markdown would read these characters in a sentence as formatting.
const escapeMarkdown = (line) => line.replace(/([\\`*_[\]<>#|])/g, '\\$1');

function entityLines(result) {
  const byType = new Map();
  for (const entity of result.entities) {
    const names = byType.get(entity.type) ?? new Map();
    const name = entity.text.replace(/\s+/g, ' ').trim();
    names.set(name, (names.get(name) ?? 0) + 1);
    byType.set(entity.type, names);
  }
  const order = ENTITY_TYPES.map((t) => t.type);
  return [...byType.keys()]
    .sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99))
    .map((type) => {
      const names = [...byType.get(type)].sort((a, b) => b[1] - a[1])
        .map(([name, count]) => (count > 1 ? `${escapeMarkdown(name)} (${count})` : escapeMarkdown(name)));
      return `- **${entityType(type).plural}:** ${names.join(', ')}`;
    });
}

/** `source`: the name of the file the text was read from, or null. */
export function summaryMarkdown(text, result, languageName, source = null) {
  const words = result.summary.reduce((sum, i) => sum + result.sentences[i].words, 0);
  const lines = [
    `# ${escapeMarkdown(articleTitle(text, result))}`,
    '',
    ...(source ? [`Source: ${escapeMarkdown(source)}`, ''] : []),
    `Summary: ${result.summary.length} of ${result.sentences.length} sentences, ${words} words. Language: ${languageName}.`,
    '',
    ...result.summary.map((index, rank) => `${rank + 1}. ${escapeMarkdown(sentenceText(text, result.sentences[index]))}`),
  ];
  const entities = entityLines(result);
  if (entities.length) lines.push('', '## Names and figures', '', ...entities);
  if (result.keywords.length) lines.push('', '## Keywords', '', result.keywords.map((k) => escapeMarkdown(k.text)).join(', '));
  lines.push('', '---', '', '*Made with Precis, on this device.*', '');
  return lines.join('\n');
}

export function summaryJson(text, result, length, source = null) {
  return `${JSON.stringify({ ...(source ? { source } : {}), length, ...result, text }, null, 2)}\n`;
}

/** A file name from the title: lower case, plain letters and digits, dashes. */
export function fileName(text, result, extension) {
  const slug = articleTitle(text, result).normalize('NFKD').toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return `${slug || 'summary'}.${extension}`;
}

export function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);  // a slow save dialog still finds it
}
