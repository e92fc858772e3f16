// scripts/ner-data: one split of a named-entity set as training JSONL on stdout, a sentence a
// line: {"id": "<set>/<split>/<n>", "language", "text", "entities": [{"start", "end", "type"}]}
// with UTF-8 byte offsets into text (end exclusive), in order, never overlapping.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NER_SETS, loadNerSet } from './ner-datasets.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..', '..');

const USAGE = `Usage: scripts/ner-data [--data DIR] SET SPLIT

Prints one split of a named-entity set as JSONL, a sentence a line:
  {"id": "SET/SPLIT/N", "language": "en", "text": "...", "entities": [{"start": 0, "end": 9, "type": "PER"}]}
start and end are UTF-8 byte offsets into text (end exclusive); N counts sentences from 0.
Types: PER, ORG, LOC, MISC. The text is the tokens joined back into running text.

Sets and splits:
${Object.entries(NER_SETS)
  .map(([name, s]) => `  ${name.padEnd(11)} ${Object.keys(s.splits).join(', ').padEnd(16)} ${s.mapping}`)
  .join('\n')}

  --data DIR   the shared data folder (default: ../shared/data beside the project)
`;

export function nerDataMain(argv) {
  const args = [...argv];
  let data = path.resolve(ROOT, '..', 'shared', 'data');
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const at = args.indexOf('--data');
  if (at >= 0) {
    if (!args[at + 1]) {
      process.stderr.write(`scripts/ner-data: --data needs a folder\n\n${USAGE}`);
      return 2;
    }
    data = path.resolve(args[at + 1]);
    args.splice(at, 2);
  }
  if (args.length !== 2) {
    process.stderr.write(USAGE);
    return 2;
  }
  const [name, split] = args;
  if (!NER_SETS[name] || !NER_SETS[name].splits[split]) {
    process.stderr.write(`scripts/ner-data: no split "${split}" of set "${name}"\n\n${USAGE}`);
    return 2;
  }
  let sentences;
  try {
    sentences = loadNerSet(data, name, split);
  } catch (error) {
    process.stderr.write(`scripts/ner-data: ${error.message}\n`);
    return 1;
  }
  const body = sentences.map((s) => JSON.stringify(s)).join('\n') + '\n';
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.stdout.write(body);
  return 0;
}
