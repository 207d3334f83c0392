// SPDX-License-Identifier: GPL-3.0-or-later
// The official Node SDK's V3 signer (@alicloud/openapi-util OpenApiUtil.getAuthorization) on the
// inputs of the V3 vectors; prints the best window's signatures per CPU second. Usage:
//   node node_bench.js <signature-vectors.json> [seconds per window] [windows]
'use strict';
const fs = require('fs');
const OpenApiUtil = require('@alicloud/openapi-util').default;
const $tea = require('@alicloud/tea-typescript');

const file = process.argv[2];
const seconds = Number(process.argv[3] || 0.5);
const windows = Number(process.argv[4] || 6);
const vectors = JSON.parse(fs.readFileSync(file, 'utf8')).vectors
  .filter((v) => v.scheme.startsWith('ACS3') && v.canonicalRequest);

const inputs = vectors.map((v) => {
  const request = new $tea.Request();
  request.method = v.request.method;
  request.pathname = v.request.pathname;
  request.query = { ...v.request.queryMap };
  request.headers = {};
  for (const [k, val] of Object.entries(v.request.headers))
    if (k !== 'Authorization') request.headers[k] = val;
  return {
    request,
    payload: v.hashedRequestPayload,
    id: v.input.accessKeyId,
    secret: v.input.accessKeySecret,
    expected: v.authorization,
  };
});

const sign = (p) => OpenApiUtil.getAuthorization(p.request, 'ACS3-HMAC-SHA256', p.payload, p.id, p.secret);

let verified = 0;
for (const p of inputs) {
  if (sign(p) !== p.expected) {
    console.error(`node: signature differs from the vector for ${p.request.pathname}`);
    process.exit(1);
  }
  ++verified;
}

// Signatures per second of CPU time used by this process (all its threads, user and system),
// best of `windows` windows: the machine may be shared, and waiting for a core is not signing.
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
let sink = 0;
for (let i = 0; i < 20000; ++i) sink += sign(inputs[i % inputs.length]).length;
let best = 0;
for (let w = 0; w < windows; ++w) {
  let count = 0;
  const start = cpuSeconds();
  let now = start;
  while (now - start < seconds) {
    for (let round = 0; round < 20; ++round)
      for (const p of inputs) {
        sink += sign(p).length;
        ++count;
      }
    now = cpuSeconds();
  }
  best = Math.max(best, count / (now - start));
}
console.log(`node inputs=${inputs.length} verified=${verified} (@alicloud/openapi-util ${require('@alicloud/openapi-util/package.json').version}, node ${process.version})`);
console.log(`node getAuthorization ${best.toFixed(0)} signatures/cpu-s`);
console.error(`(checksum ${sink})`);
