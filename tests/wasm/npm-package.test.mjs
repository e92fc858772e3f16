// `npm pack` makes a tarball that installs into a fresh project and works from Node 20.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { npmDir } from './support.mjs';

test('the npm package installs from its tarball and summarises in Node', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'precis-npm-'));
  try {
    const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd }).toString();
    const tarball = npm(['pack', npmDir, '--pack-destination', work], work).trim().split('\n').at(-1);
    const project = path.join(work, 'app');
    execFileSync('mkdir', [project]);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    npm(['install', '--offline', path.join(work, tarball)], project);
    writeFileSync(path.join(project, 'main.mjs'), `
      import { createPrecis } from 'precis-summarizer';
      const precis = await createPrecis();
      const text = 'The harbour reopened on Monday. Fishing boats returned to Port Elwyn at dawn. Traders were pleased.';
      const result = await precis.summarize(text, { sentences: 1 });
      console.log(JSON.stringify({ version: await precis.version(), summary: result.summary, sentences: result.sentences.length }));
    `);
    const output = JSON.parse(execFileSync('node', ['main.mjs'], { cwd: project }).toString());
    assert.equal(output.sentences, 3);
    assert.equal(output.summary.length, 1);
    assert.match(output.version, /^\d+\.\d+\.\d+$/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
