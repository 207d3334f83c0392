// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point of the sandbox conformance test (run by tests/scripts/test_conformance.sh with
// SANDBOX_JSON set to ferry-sandbox's JSON line and SANDBOX_BIN to its executable).
// `node conformance.mjs gateway mms` runs only the named suites.
import { contextFromEnv, runSuites } from './runner.mjs';
import { suite as coverage } from './coverage.mjs';
import { suite as gateway } from './gateway.mjs';
import { suites as products } from './products.mjs';
import { suite as shape } from './shape.mjs';

const suites = [shape, gateway, ...products, coverage];

const wanted = process.argv.slice(2);
const selected = wanted.length ? suites.filter((s) => wanted.includes(s.name)) : suites;
if (wanted.length && selected.length !== wanted.length) {
  console.error(`unknown suite in: ${wanted.join(' ')} (have: ${suites.map((s) => s.name).join(' ')})`);
  process.exit(2);
}

const { passed, failed } = await runSuites(contextFromEnv(), selected);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
