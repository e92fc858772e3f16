// The name models ship with the lookup tables the core builds from them (ner-*.tables, written
// when the module is built): the module given a model with its tables tags exactly as the native
// library, which builds its tables from the same file, and tables of another model are refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { bbcArticles, nativeResults, npmDir } from './support.mjs';

const read = (name) => readFileSync(path.join(npmDir, name));
const encoder = new TextEncoder();

/** A fresh core with ICU's data; `call` answers the binding's JSON. */
async function freshCore() {
  const { default: createPrecisCore } = await import(path.join(npmDir, 'precis-core.js'));
  const core = await createPrecisCore({ wasmBinary: read('precis-core.wasm') });
  const copy = (bytes, pointer = core._malloc(Math.max(bytes.length, 1))) => {
    core.HEAPU8.set(bytes, pointer);
    return pointer;
  };
  const answer = (pointer) => JSON.parse(core.UTF8ToString(pointer));
  const icu = read('precis-icu-core.dat');
  assert.deepEqual(answer(core._precis_add_icu_data(copy(icu, core._precis_icu_buffer(icu.length)))), {});
  return {
    addNameModel: (model, tables) => answer(core._precis_add_name_model(copy(model), model.length, copy(tables), tables.length)),
    result(text) {
      const bytes = encoder.encode(text);
      const { analysis } = answer(core._precis_analyze(copy(bytes), bytes.length, copy(encoder.encode('{}\0'))));
      return answer(core._precis_summarize(analysis, copy(encoder.encode('{"sentences":3}\0'))));
    },
  };
}

test('every model ships with its tables', () => {
  const files = readdirSync(npmDir);
  const models = files.filter((name) => /^ner-.*\.bin$/.test(name));
  assert.ok(models.includes('ner-en.bin'));
  for (const model of models) assert.ok(files.includes(model.replace(/\.bin$/, '.tables')), `${model} has its tables`);
});

test('a model given its tables finds the entities the native library finds', async () => {
  const core = await freshCore();
  assert.deepEqual(core.addNameModel(read('ner-en.bin'), read('ner-en.tables')), { language: 'en' });
  const texts = bbcArticles(20).map(({ text }) => text);
  const native = nativeResults(texts.map((text) => ({ text, sentences: 3 })));
  let people = 0;
  texts.forEach((text, k) => {
    const { entities } = core.result(text);
    people += entities.filter((e) => e.type === 'PER').length;
    assert.deepEqual(entities, native[k].entities);
  });
  assert.ok(people > 0, 'the model tagged people');
});

test("another model's tables are refused", async () => {
  const core = await freshCore();
  const reply = core.addNameModel(read('ner-en.bin'), read('ner-de.tables'));
  assert.match(reply.error ?? '', /truncated or damaged/);
});
