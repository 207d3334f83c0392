// SPDX-License-Identifier: GPL-3.0-or-later
// Field-by-field checks of response bodies against a shape: every member the shape names must be
// there with the right JSON type (and, for enums and times, the right values), and no member the
// shape does not name may appear, so a wrong casing (`DtsInstanceId` for `DtsInstanceID`) or a
// stray field fails.
//
// A shape is one of:
//   'string' 'int' 'number' 'bool' 'any'         JSON types ('int': an integral number)
//   'mmsTime'    "yyyy-MM-dd HH:mm:ss"           (MaxCompute)
//   'isoTime'    "yyyy-MM-ddTHH:mm:ssZ"          (DTS, SMC)
//   'isoTime?'   an isoTime or "" (a time not set yet)
//   'jsonString' a string holding a JSON object or array
//   'intString'  a string of decimal digits
//   'boolString' "true" or "false"
//   { enum: [values] }                           one of these strings
//   { oneOf: [shapes] }                          any of these shapes
//   [shape]                                      an array whose every item has this shape
//   { '.map': shape }                            an object of any keys, each value of this shape
//   { key: shape, '?key': shape, ... }           an object: `?` marks a member that may be absent
import { assert } from './runner.mjs';

const MMS_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function typeOf(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function checkScalar(value, shape, path, problems) {
  const fail = (what) => problems.push(`${path}: expected ${what}, got ${JSON.stringify(value)?.slice(0, 60)}`);
  switch (shape) {
    case 'any': return;
    case 'string': if (typeof value !== 'string') fail('a string'); return;
    case 'int': if (!Number.isInteger(value)) fail('an integer'); return;
    case 'number': if (typeof value !== 'number') fail('a number'); return;
    case 'bool': if (typeof value !== 'boolean') fail('a boolean'); return;
    case 'mmsTime': if (typeof value !== 'string' || !MMS_TIME.test(value)) fail('yyyy-MM-dd HH:mm:ss'); return;
    case 'isoTime': if (typeof value !== 'string' || !ISO_TIME.test(value)) fail('yyyy-MM-ddTHH:mm:ssZ'); return;
    case 'isoTime?':
      if (typeof value !== 'string' || (value !== '' && !ISO_TIME.test(value))) fail('yyyy-MM-ddTHH:mm:ssZ or ""');
      return;
    case 'intString': if (typeof value !== 'string' || !/^-?\d+$/.test(value)) fail('a string of digits'); return;
    case 'boolString': if (value !== 'true' && value !== 'false') fail('"true" or "false"'); return;
    case 'jsonString': {
      let parsed;
      try { parsed = typeof value === 'string' ? JSON.parse(value) : undefined; } catch { parsed = undefined; }
      if (typeof parsed !== 'object' || parsed === null) fail('a string holding JSON');
      return;
    }
    default: throw new Error(`unknown shape ${shape} at ${path}`);
  }
}

function walk(value, shape, path, problems) {
  if (typeof shape === 'string') {
    checkScalar(value, shape, path, problems);
    return;
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) {
      problems.push(`${path}: expected an array, got ${typeOf(value)}`);
      return;
    }
    value.forEach((item, i) => walk(item, shape[0], `${path}[${i}]`, problems));
    return;
  }
  if (shape.enum) {
    if (!shape.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${shape.enum.join('|')}`);
    return;
  }
  if (shape.oneOf) {
    const ok = shape.oneOf.some((s) => {
      const p = [];
      walk(value, s, path, p);
      return p.length === 0;
    });
    if (!ok) problems.push(`${path}: ${JSON.stringify(value)?.slice(0, 60)} matches none of its shapes`);
    return;
  }
  if (typeOf(value) !== 'object') {
    problems.push(`${path}: expected an object, got ${typeOf(value)}`);
    return;
  }
  if (shape['.map']) {
    for (const [k, v] of Object.entries(value)) walk(v, shape['.map'], `${path}.${k}`, problems);
    return;
  }
  const known = new Set();
  for (const [rawKey, memberShape] of Object.entries(shape)) {
    const optional = rawKey.startsWith('?');
    const key = optional ? rawKey.slice(1) : rawKey;
    known.add(key);
    if (!(key in value)) {
      if (!optional) problems.push(`${path}.${key}: missing`);
      continue;
    }
    walk(value[key], memberShape, `${path}.${key}`, problems);
  }
  for (const key of Object.keys(value))
    if (!known.has(key)) problems.push(`${path}.${key}: not in the reference`);
}

/** The problems of `value` against `shape`, as "path: problem" lines (empty when it conforms). */
export function shapeProblems(value, shape, path = 'body') {
  const problems = [];
  walk(value, shape, path, problems);
  return problems;
}

/** Fails with every problem of `value` against `shape`. */
export function assertShape(value, shape, path = 'body') {
  const problems = shapeProblems(value, shape, path);
  assert.ok(problems.length === 0, `response does not match the reference:\n  ${problems.slice(0, 25).join('\n  ')}`);
}

/** A check of the checker: the mistakes it exists for are reported. */
export const suite = {
  name: 'shape',
  cases: [{
    name: 'casing, type, enum, time and stray-member mistakes are caught',
    run: async () => {
      const shape = {
        DtsInstanceID: 'string', Delay: 'number', Status: { enum: ['Finished'] }, CreateTime: 'isoTime',
        '?Reserved': 'jsonString', List: [{ Id: 'int' }],
      };
      const good = { DtsInstanceID: 'dts1', Delay: 5, Status: 'Finished', CreateTime: '2026-03-02T01:00:00Z', List: [{ Id: 1 }] };
      assert.deepEqual(shapeProblems(good, shape), []);
      const mistakes = [
        [{ ...good, DtsInstanceID: undefined, DtsInstanceId: 'dts1' }, ['body.DtsInstanceID: missing', 'body.DtsInstanceId: not in the reference']],
        [{ ...good, Delay: '5' }, ['body.Delay: expected a number, got "5"']],
        [{ ...good, Status: 'finished' }, ['body.Status: "finished" is not one of Finished']],
        [{ ...good, CreateTime: '2026-03-02 01:00:00' }, ['body.CreateTime: expected yyyy-MM-ddTHH:mm:ssZ, got "2026-03-02 01:00:00"']],
        [{ ...good, Reserved: 'x' }, ['body.Reserved: expected a string holding JSON, got "x"']],
        [{ ...good, List: [{ Id: 1.5 }] }, ['body.List[0].Id: expected an integer, got 1.5']],
      ];
      for (const [body, expected] of mistakes) {
        const cleaned = JSON.parse(JSON.stringify(body));
        assert.deepEqual(shapeProblems(cleaned, shape), expected);
      }
    },
  }],
};
