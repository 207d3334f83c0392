// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point of the sandbox conformance test (run by tests/scripts/test_conformance.sh with
// SANDBOX_JSON set to ferry-sandbox's JSON line). Product suites are added to `suites` below;
// `node conformance.mjs gateway mms` runs only the named ones.
import { contextFromEnv, runSuites } from './runner.mjs';
import { suite as gateway } from './gateway.mjs';

const suites = [gateway];

const wanted = process.argv.slice(2);
const selected = wanted.length ? suites.filter((s) => wanted.includes(s.name)) : suites;
if (wanted.length && selected.length !== wanted.length) {
  console.error(`unknown suite in: ${wanted.join(' ')} (have: ${suites.map((s) => s.name).join(' ')})`);
  process.exit(2);
}

const { passed, failed } = await runSuites(contextFromEnv(), selected);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
