// SPDX-License-Identifier: GPL-3.0-or-later
// Shared runner of the sandbox conformance test: drives a running ferry-sandbox with the
// official Alibaba Cloud SDK core (@alicloud/openapi-client) and with raw requests signed here
// (node:crypto) for the cases the SDK cannot produce. A suite is a module exporting
// `suite = { name, cases: [{ name, run: async (ctx) => { ... } }] }`; a case fails by throwing.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import http from 'node:http';
import readline from 'node:readline';
import assert from 'node:assert/strict';

import OpenApi from '@alicloud/openapi-client';
import TeaUtil from '@alicloud/tea-util';
import OpenApiUtil from '@alicloud/openapi-util';

export { assert };

const Client = OpenApi.default;

/** Reads the sandbox's JSON line (env SANDBOX_JSON) into the context every case receives. */
export function contextFromEnv() {
  const line = process.env.SANDBOX_JSON;
  if (!line) throw new Error('SANDBOX_JSON is not set (the JSON line ferry-sandbox prints)');
  return contextFromLine(line);
}

/**
 * Runs `fn(ctx)` against a ferry-sandbox of its own (env SANDBOX_BIN names the executable),
 * stopped afterwards whatever happens.
 */
export async function withSandbox(fn, { seed = 7 } = {}) {
  const bin = process.env.SANDBOX_BIN;
  if (!bin) throw new Error('SANDBOX_BIN is not set (the ferry-sandbox executable)');
  const child = spawn(bin, ['--port', '0', '--seed', String(seed)], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const line = await new Promise((resolve, reject) => {
      const lines = readline.createInterface({ input: child.stdout });
      lines.once('line', (l) => { lines.close(); resolve(l); });
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`ferry-sandbox exited (${code}) before printing its line`)));
    });
    return await fn(contextFromLine(line));
  } finally {
    child.kill('SIGTERM');
  }
}

function contextFromLine(line) {
  const info = JSON.parse(line);
  const url = new URL(info.endpoint);
  return {
    info,
    endpoint: info.endpoint,
    host: `${url.hostname}:${url.port}`,
    hostname: url.hostname,
    port: Number(url.port),
    keyId: info.accessKeyId,
    secret: info.accessKeySecret,
  };
}

/** An official SDK client for the sandbox (plain HTTP on loopback). */
export function sdkClient(ctx, { keyId = ctx.keyId, secret = ctx.secret, securityToken } = {}) {
  return new Client(new OpenApi.Config({
    accessKeyId: keyId,
    accessKeySecret: secret,
    securityToken,
    endpoint: ctx.host,
    protocol: 'http',
    readTimeout: 10000,
    connectTimeout: 5000,
  }));
}

/**
 * Calls one API through the SDK's generic callApi, as generated product clients do.
 * style: 'RPC' | 'ROA'; reqBodyType: 'formData' | 'json'; returns { statusCode, headers, body }.
 */
export async function callApi(client, {
  action, version, style = 'RPC', method = 'POST', pathname = '/', query, body,
  headers, reqBodyType = style === 'RPC' ? 'formData' : 'json', bodyType = 'json',
}) {
  const params = new OpenApi.Params({
    action, version, protocol: 'HTTP', pathname, method, authType: 'AK', style,
    reqBodyType, bodyType,
  });
  const request = new OpenApi.OpenApiRequest({ query, body, headers });
  const runtime = new TeaUtil.RuntimeOptions({ autoretry: false });
  return client.callApi(params, request, runtime);
}

/**
 * Runs `fn` with the SDK's date and/or nonce pinned (the hooks the official code calls for
 * x-acs-date and x-acs-signature-nonce), restoring them afterwards.
 */
export async function withPinned({ date, nonce }, fn) {
  const util = OpenApiUtil.default;
  const tea = TeaUtil.default;
  const savedDate = util.getTimestamp;
  const savedNonce = tea.getNonce;
  if (date !== undefined) util.getTimestamp = () => date;
  if (nonce !== undefined) tea.getNonce = () => nonce;
  try {
    return await fn();
  } finally {
    util.getTimestamp = savedDate;
    tea.getNonce = savedNonce;
  }
}

/** Expects `promise` to reject with an SDK ResponseError of this code and HTTP status. */
export async function expectSdkError(promise, code, statusCode) {
  let error;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  assert.ok(error, `expected ${code}, but the call succeeded`);
  assert.equal(error.code, code, `code (message: ${error.message})`);
  assert.equal(error.data?.statusCode, statusCode, 'HTTP status');
  checkGatewayErrorBody(error.data, code);
  return error;
}

/** Checks the gateway's error body shape: RequestId, HostId, Code, Message, Recommend. */
export function checkGatewayErrorBody(body, code, product) {
  assert.equal(body.Code, code, 'Code');
  assert.match(body.RequestId, /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/,
    'RequestId is an uppercase UUID');
  assert.equal(typeof body.HostId, 'string', 'HostId');
  assert.equal(typeof body.Message, 'string', 'Message');
  assert.ok(body.Message.length > 0, 'Message is not empty');
  const recommend = new URL(body.Recommend);
  assert.equal(recommend.origin + recommend.pathname, 'https://api.aliyun.com/troubleshoot');
  assert.equal(recommend.searchParams.get('q'), code, 'Recommend q');
  assert.equal(recommend.searchParams.get('requestId'), body.RequestId, 'Recommend requestId');
  if (product !== undefined)
    assert.equal(recommend.searchParams.get('product'), product, 'Recommend product');
}

// ---- raw requests, signed here -------------------------------------------------------------

/** RFC 3986 encoding of a canonical query value: `*` %2A, `!'()` %21 %27 %28 %29, `~` raw. */
export function encodeValue(value) {
  return encodeURIComponent(String(value))
    .replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

export const sha256Hex = (data) => crypto.createHash('sha256').update(data).digest('hex');
export const isoNow = (offsetMs = 0) =>
  new Date(Date.now() + offsetMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
export const newNonce = () => crypto.randomBytes(32).toString('hex');

/**
 * Signs and sends one request with node:http. `query` is an object of decoded values (sent
 * encoded), `rawPath` the path exactly as sent. `mutate(request)` may change anything after
 * signing (to build broken requests). `chunks` sends the body with Transfer-Encoding: chunked
 * in that many pieces. Resolves { status, headers, text, json }.
 */
export async function rawRequest(ctx, {
  method = 'POST', rawPath = '/', query = {}, action, version, body = '',
  contentType, keyId = ctx.keyId, secret = ctx.secret, date = isoNow(), nonce = newNonce(),
  extraHeaders = {}, signedHeaderNames, mutate, chunks = 0,
}) {
  const bodyBuf = Buffer.from(body);
  const headers = {
    host: ctx.host,
    'x-acs-action': action,
    'x-acs-version': version,
    'x-acs-date': date,
    'x-acs-signature-nonce': nonce,
    'x-acs-content-sha256': sha256Hex(bodyBuf),
    ...extraHeaders,
  };
  if (contentType) headers['content-type'] = contentType;
  for (const k of Object.keys(headers)) if (headers[k] === undefined) delete headers[k];
  const names = (signedHeaderNames ?? Object.keys(headers)).map((n) => n.toLowerCase()).sort();
  const keys = Object.keys(query).sort();
  const canonicalQuery = keys.map((k) => `${k}=${encodeValue(query[k])}`).join('&');
  const canonicalRequest = [
    method,
    rawPath.replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~'),
    canonicalQuery,
    names.map((n) => `${n}:${String(headers[n] ?? '').trim()}\n`).join(''),
    names.join(';'),
    sha256Hex(bodyBuf),
  ].join('\n');
  const stringToSign = `ACS3-HMAC-SHA256\n${sha256Hex(canonicalRequest)}`;
  const signature = crypto.createHmac('sha256', secret).update(stringToSign).digest('hex');
  headers.authorization =
    `ACS3-HMAC-SHA256 Credential=${keyId},SignedHeaders=${names.join(';')},Signature=${signature}`;
  const wireQuery = keys.map((k) => `${encodeURIComponent(k)}=${encodeValue(query[k])}`).join('&');
  const request = {
    method, path: rawPath + (wireQuery ? `?${wireQuery}` : ''), headers, body: bodyBuf,
    stringToSign,
  };
  if (mutate) mutate(request);
  return send(ctx, request, chunks);
}

/** Sends exactly this method, path, headers and body; resolves { status, headers, text, json }. */
export function send(ctx, { method, path, headers, body = Buffer.alloc(0) }, chunks = 0) {
  return new Promise((resolve, reject) => {
    const outgoing = { ...headers };
    if (chunks > 0) outgoing['transfer-encoding'] = 'chunked';
    else if (body.length > 0 || method === 'POST' || method === 'PUT')
      outgoing['content-length'] = String(body.length);
    const req = http.request({
      host: ctx.hostname, port: ctx.port, method, path, headers: outgoing,
      agent: false, setHost: false,
    }, (res) => {
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => {
        const text = Buffer.concat(parts).toString('utf8');
        let json;
        try { json = JSON.parse(text); } catch { json = undefined; }
        resolve({ status: res.statusCode, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.setTimeout(10000, () => req.destroy(new Error('timeout')));
    if (chunks > 0 && body.length > 0) {
      const size = Math.ceil(body.length / chunks);
      for (let i = 0; i < body.length; i += size) req.write(body.subarray(i, i + size));
    } else if (body.length > 0) {
      req.write(body);
    }
    req.end();
  });
}

/** Calls the admin endpoint (no signature); resolves the parsed JSON answer. */
export async function admin(ctx, method, path, body) {
  const payload = body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(body));
  const res = await send(ctx, {
    method, path: `/__sandbox${path}`,
    headers: { host: ctx.host, 'content-type': 'application/json' }, body: payload,
  });
  assert.equal(res.status, 200, `admin ${method} ${path}: ${res.text}`);
  return res.json;
}

/** Runs every case of every suite; returns { passed, failed }. */
export async function runSuites(ctx, suites) {
  let passed = 0;
  let failed = 0;
  for (const suite of suites) {
    for (const testCase of suite.cases) {
      const label = `${suite.name}: ${testCase.name}`;
      try {
        await admin(ctx, 'DELETE', '/faults');
        await testCase.run(ctx);
        passed += 1;
        console.log(`PASS  ${label}`);
      } catch (error) {
        failed += 1;
        console.log(`FAIL  ${label}\n      ${String(error?.stack ?? error).split('\n').join('\n      ')}`);
      }
    }
  }
  return { passed, failed };
}
