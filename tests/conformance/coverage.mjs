// SPDX-License-Identifier: GPL-3.0-or-later
// Every operation Ferry's typed clients call has a successful conformance case. The operations
// are read from the clients' headers (cloudapi/{mms,dts,smc,sts}client.h: each call's `///` brief
// names its API) and kept when the request builders send that name; a client call added without
// a conformance case fails here.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { assert } from './runner.mjs';
import { cases } from './products.mjs';

const sourceDir = process.env.FERRY_SOURCE_DIR
  ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const API_NAME = /\b(?:List|Get|Create|Describe|Start|Stop|Suspend|Retry|Delete|Configure|Modify|CutOver)[A-Z][A-Za-z]*\b/g;

/** The API names the typed clients use: named in a header's briefs and sent by a builder. */
export function clientOperations() {
  const cloudapi = path.join(sourceDir, 'cloudapi');
  const sent = new Set();
  for (const file of fs.readdirSync(cloudapi).filter((f) => /wire\.cpp$/.test(f))) {
    for (const m of fs.readFileSync(path.join(cloudapi, file), 'utf8').matchAll(/"([A-Z][A-Za-z]+)"/g))
      sent.add(m[1]);
  }
  const ops = new Set();
  for (const header of ['mmsclient.h', 'dtsclient.h', 'smcclient.h', 'stsclient.h']) {
    const text = fs.readFileSync(path.join(cloudapi, header), 'utf8');
    for (const line of text.split('\n').filter((l) => l.trim().startsWith('///'))) {
      for (const m of line.matchAll(API_NAME))
        if (sent.has(m[0])) ops.add(m[0]);
    }
  }
  return [...ops].sort();
}

export const suite = {
  name: 'coverage',
  cases: [{
    name: 'every operation of the typed clients has a successful case',
    run: async () => {
      const ops = clientOperations();
      // MMS 21, DTS 10, SMC 8, STS 1: fewer means the headers were not read as intended.
      assert.ok(ops.length >= 40, `only ${ops.length} operations found: ${ops.join(' ')}`);
      const succeeding = new Set(cases.filter((c) => c.status === 200).map((c) => c.action));
      const missing = ops.filter((op) => !succeeding.has(op));
      assert.deepEqual(missing, [], `operations without a successful conformance case: ${missing.join(', ')}`);
      console.log(`      ${ops.length} operations covered: ${ops.join(' ')}`);
    },
  }],
};
