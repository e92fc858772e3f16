// What every evaluation run reports about itself: progress on stderr, and which Precis and
// which commit produced its figures.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function log(message) {
  process.stderr.write(`${message}\n`);
}

/** `precis --version` of the given CLI. */
export function precisVersion(precis) {
  try {
    return execFileSync(precis, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'precis (version unknown)';
  }
}

/** The commit the figures come from, and whether the core had uncommitted changes. */
export function gitDescription() {
  try {
    const commit = execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['-C', ROOT, 'status', '--porcelain', '--', 'core', 'CMakeLists.txt'], {
      encoding: 'utf8',
    }).trim();
    return dirty ? `${commit} with uncommitted changes in core/` : commit;
  } catch {
    return 'unknown commit';
  }
}
