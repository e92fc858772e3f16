// Tables of scripts/eval-ner (Markdown, one a set) and the "Named entities" section of
// docs/quality.md.

import fs from 'node:fs';
import { replaceNerSection } from './ner-docs.mjs';

const fmt = (x) => x.toFixed(3);
const count = (n) => n.toLocaleString('en-US');
const rate = (x) => (x >= 100 ? count(Math.round(x)) : x.toFixed(1));

export function setHeading(r) {
  const unit = r.documents ? 'articles (a sentence a paragraph)' : 'sentences';
  const part = r.sentences < r.total ? `the first ${count(r.sentences)} of ${count(r.total)} ${unit}` : `${count(r.sentences)} ${unit}`;
  return `${r.title} (${r.language}), ${r.split === 'valid' ? 'validation' : r.split} split: ${part}`;
}

/** One set's table: a row a type and one for all types, the systems side by side. */
export function nerTable(r) {
  const systems = r.systems;
  const head = ['type', 'gold', ...systems.flatMap((s) => [`${s.name} P`, `${s.name} R`, `${s.name} F1`])];
  const lines = [
    `### ${setHeading(r)}`,
    '',
    `Scored types: ${r.types.join(', ')} (${r.mapping}).`,
    '',
    `| ${head.join(' | ')} |`,
    `|---|${head.slice(1).map(() => '---:').join('|')}|`,
  ];
  const row = (label, pick) => {
    const gold = pick(systems[0].scores).gold;
    const cells = systems.flatMap((s) => {
      const c = pick(s.scores);
      return [fmt(c.precision), fmt(c.recall), fmt(c.f1)];
    });
    return `| ${label} | ${count(gold)} | ${cells.join(' | ')} |`;
  };
  for (const t of r.types) lines.push(row(t, (s) => s.types[t]));
  lines.push(row('**all**', (s) => s.all));
  lines.push('');
  lines.push(`${r.documents ? 'Articles' : 'Sentences'} per second: ${systems.map((s) => `${s.name} ${rate(s.sentencesPerSecond)}`).join('; ')}.`);
  for (const s of systems) {
    if (s.errors?.length) lines.push(`- Note: ${s.name} answered ${s.errors.length} sentences with an error (first: ${s.errors[0]}); scored as no entities.`);
  }
  return lines.join('\n');
}

/** One line: each system's overall F1 on each set. */
export function nerHeadline(run) {
  return run.sets
    .map((r) => `- ${r.title} (${r.language}): ${r.systems.map((s) => `${s.name} ${fmt(s.scores.all.f1)}`).join(', ')}`)
    .join('\n');
}

/** The section of docs/quality.md (markers added by replaceNerSection). */
export function nerSection(run) {
  return `## Named entities

<!-- Written by \`scripts/eval-ner --write-docs\`: edit scripts/eval-lib/ner-report.mjs, not this section. -->

Measured on ${run.date} at commit ${run.commit} with ${run.version} (\`${run.precis}\`) and
compromise ${run.compromise}, Node ${run.node}; the run took ${Math.round(run.seconds)} s on the
project's 2-core machine. Reproduce with:

\`\`\`sh
${run.command}
\`\`\`

Exact-span micro F1 over the types each set annotates:

${nerHeadline(run)}

${run.sets.map(nerTable).join('\n\n')}
${run.speed ? `\nTagging speed, natively: **${run.speed.words_per_second.toLocaleString('en')} words a second** (${run.speed.corpus};
\`core/tools/precis_name_speed\`, ${run.speed.words.toLocaleString('en')} words in ${run.speed.seconds.toFixed(2)} s).\n` : ''}
### How the entity figures are made

**Score.** Exact-span micro precision (P), recall (R) and F1, the CoNLL convention: a predicted
entity counts only if its start, end and type all equal a gold entity's; a boundary error is both
a false positive and a false negative. Per type and over all the types a set annotates. Types a
set does not annotate are left out on both sides: Precis' MISC on WikiANN and WNUT, and its
pattern entities (DATE, MONEY, ...) everywhere. The scorer (\`scripts/eval-lib/ner-score.mjs\`)
is pinned by hand-worked examples in \`tests/eval/\`.

**The models.** \`scripts/train-ner\` writes \`core/models/ner-<language>.bin\` from train and
dev splits only: English from CoNLL-2003 English train (Reuters news) with WikiANN en train and
dev and WNUT 2017 train and dev; German from CoNLL-2003 German train and GermEval 2014 dev; Dutch and Spanish
from CoNLL-2002 train; French from WikiANN fr train and dev. Each is an averaged perceptron over
words and punctuation marks, their shapes, affixes and neighbours, word lists and a gazetteer of
the training names (jackknifed over five folds, with the other WikiANN languages' train names
added), 8-bit weights; the tagger then cuts offices, possessives and nationality words out of
names and types each name once per document (\`core/src/entities/trained_name_tagger.h\`).
Languages without a model (it, pt, ...) keep the rule-based tagger. Settings were chosen on the
CoNLL validation splits (English, German, Dutch, Spanish), so those figures are validation
figures, not test figures: the CoNLL test splits are not in the shared data.

**Sets.** CoNLL-2003 English and German and CoNLL-2002 Dutch and Spanish, validation splits
(PER, ORG and LOC scored; MISC, which Precis also gives, is not). CoNLL-2003's articles are
given whole, a sentence a paragraph, as a reader pastes an article (the document-level pass sees
every mention); CoNLL-2002's have no article marks here and go a sentence at a time. The German
validation split in the shared data has lost its ä, ö, ü and ß ("Mnchen", "Grnen"; its train split
has them), which costs the German figure there recall. Then the
test split of each other set, read from \`../shared/data\`, never trained or tuned on
(\`scripts/ner-data\` gives the train and dev splits for that):
WikiANN en, de, fr and nl (\`wikiann/<lang>/test.tsv\`, PER / ORG / LOC, silver-standard
Wikipedia fragments); GermEval 2014 (\`germeval2014/NER-de-test.tsv\`, outer level: PER, ORG, LOC
as they are, OTH → MISC, the *deriv forms such as "deutsche" → MISC as CoNLL-2003 tags nationality
adjectives, the *part forms such as "EU-Staaten" → not a name); WNUT 2017
(\`wnut17/emerging.test.annotated\`: person → PER, location → LOC, corporation and group → ORG;
product and creative-work are not scored, dropped from gold and predictions). IOB2 tags, an I- tag
that does not continue an entity starting one.

**Text.** The sets are tokenised; each sentence is joined back into running text
(\`detokenise\` in \`scripts/eval-lib/ner-datasets.mjs\`): no space before closing punctuation
(\`, . ; : ! ? ) ] } %\`; in French only \`, . ) ] }\`), English contractions and possessives
(\`n't\`, \`'s\`) or after opening brackets, quotes paired. Only the spaces between tokens change,
so each gold span is the exact UTF-8 bytes of its tokens.

**Precis.** \`${run.precis} --jsonl\`, one line a sentence (an article for CoNLL-2003):
\`{"id", "text", "language": <the set's language>, "sentences": 1}\`, its \`entities\` of types
PER, ORG, LOC and MISC, UTF-8 byte offsets.

**compromise** (npm, English sets only): \`people()\` → PER, \`organizations()\` → ORG,
\`places()\` → LOC, each match's span from its first term's start to the end of its last term's
own text (compromise keeps the punctuation around words apart, so brackets, quotes and a final full
stop are not in the span, as in Precis'), a final possessive \`'s\` cut off as Precis does, UTF-16
offsets converted to UTF-8 bytes. Matches are scored as compromise gives them, overlaps included.

**Sentences per second.** Wall time over the whole set: \`precis --jsonl\` as one process (start-up
and JSON included), compromise in the harness' Node process (after one warm-up sentence). The machine is shared; read ratios,
not absolute figures.`;
}

/** Writes (or replaces) the section in docs/quality.md, keeping the rest of the file. */
export function writeNerDocs(file, run) {
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    text = '';
  }
  fs.writeFileSync(file, replaceNerSection(text, nerSection(run)));
}
