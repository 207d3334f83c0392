// SPDX-License-Identifier: GPL-3.0-or-later
// The gateway itself: signature V3 as the official SDK sends it, every rejection the gateway
// answers by itself, fault injection as the SDK sees it, and a smoke call of each style
// against the sandbox's diagnostic Echo product (version 1970-01-01).
import {
  admin, assert, callApi, checkGatewayErrorBody, expectSdkError, isoNow, newNonce, rawRequest,
  sdkClient, withPinned,
} from './runner.mjs';

const ECHO = '1970-01-01';
const JSON_TYPE = 'application/json;charset=utf-8';

const tricky = {
  RegionId: 'cn-hangzhou',
  JobName: 'my job  name',
  Pattern: 'a*b*c',
  Tilde: '~user~',
  Path: '/data/db/table',
  Unicode: '数据同步-é✓',
  Plus: '1+1=2',
  Amp: 'a=b&c=d',
  Punct: "!'()",
  Percent: '100%',
  Empty: '',
  Zeta: 'z',
  _underscore: 'u',
  lowerFirst: 'l',
};

function rawExpectError(res, code, status, product = 'Sandbox') {
  assert.equal(res.status, status, `HTTP status (${res.text})`);
  assert.equal(res.headers['content-type'], JSON_TYPE);
  assert.ok(res.json, 'JSON body');
  checkGatewayErrorBody(res.json, code, product);
  assert.equal(res.headers['x-acs-request-id'], res.json.RequestId);
}

export const suite = {
  name: 'gateway',
  cases: [
    {
      name: 'RPC POST with query and form body (SDK)',
      run: async (ctx) => {
        const res = await callApi(sdkClient(ctx), {
          action: 'Echo', version: ECHO, style: 'RPC', method: 'POST',
          query: tricky, body: { DbList: '{"db":{"all":true}}', Reserve: 'x*y (z) ~!' },
        });
        assert.equal(res.statusCode, 200);
        assert.equal(res.headers['content-type'], JSON_TYPE);
        assert.equal(res.body.Method, 'POST');
        assert.equal(res.body.Action, 'Echo');
        assert.deepEqual(res.body.Params,
          { ...tricky, DbList: '{"db":{"all":true}}', Reserve: 'x*y (z) ~!' });
        assert.equal(res.headers['x-acs-request-id'], res.body.RequestId);
      },
    },
    {
      name: 'RPC GET with tricky query (SDK)',
      run: async (ctx) => {
        const res = await callApi(sdkClient(ctx), {
          action: 'Echo', version: ECHO, style: 'RPC', method: 'GET', query: tricky,
        });
        assert.equal(res.statusCode, 200);
        assert.equal(res.body.Method, 'GET');
        assert.deepEqual(res.body.Params, tricky);
      },
    },
    {
      name: 'ROA POST with encoded path parameter and JSON body (SDK, chunked)',
      run: async (ctx) => {
        const id = encodeURIComponent('a*b (c)!é/1')
          .replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
        const body = { name: 'my source', config: { port: 3306, tags: ['a', 'b'] }, note: 'ü "q"' };
        const res = await callApi(sdkClient(ctx), {
          action: 'Echo', version: ECHO, style: 'ROA', method: 'POST',
          pathname: `/api/v1/echo/${id}`, query: { dryRun: 'false', token: 'tok en*1' }, body,
        });
        assert.equal(res.statusCode, 200);
        assert.match(res.body.requestId, /^[0-9A-F-]{36}$/);
        assert.deepEqual(res.body.data.pathSegments, ['api', 'v1', 'echo', 'a*b (c)!é/1']);
        assert.deepEqual(res.body.data.params, { dryRun: 'false', token: 'tok en*1' });
        assert.deepEqual(res.body.data.body, body);
        assert.equal(res.body.data.method, 'POST');
      },
    },
    {
      name: 'ROA GET (SDK)',
      run: async (ctx) => {
        const res = await callApi(sdkClient(ctx), {
          action: 'Echo', version: ECHO, style: 'ROA', method: 'GET',
          pathname: '/api/v1/echo/12/jobs', query: { pageNum: '1', pageSize: '20' },
        });
        assert.equal(res.statusCode, 200);
        assert.deepEqual(res.body.data.pathSegments, ['api', 'v1', 'echo', '12', 'jobs']);
        assert.equal(res.body.data.body, null);
      },
    },
    {
      name: 'STS credentials: security token signed (SDK)',
      run: async (ctx) => {
        const res = await callApi(sdkClient(ctx, { securityToken: 'any+token/=' }), {
          action: 'Echo', version: ECHO, query: { RegionId: 'cn-hangzhou' },
        });
        assert.equal(res.statusCode, 200);
      },
    },
    {
      name: 'raw path with unencoded * ! ( ) as openapi-core sends it',
      run: async (ctx) => {
        const res = await rawRequest(ctx, {
          method: 'GET', rawPath: '/api/v1/echo/a%2Ab*c%20(x)!~%C3%A9%2F1', action: 'Echo',
          version: ECHO,
        });
        assert.equal(res.status, 200, res.text);
        assert.deepEqual(res.json.data.pathSegments, ['api', 'v1', 'echo', 'a*b*c (x)!~é/1']);
      },
    },
    {
      name: 'chunked body in several pieces (raw)',
      run: async (ctx) => {
        const body = JSON.stringify({ blob: 'x'.repeat(5000), n: 1 });
        const res = await rawRequest(ctx, {
          method: 'POST', rawPath: '/api/v1/echo', action: 'Echo', version: ECHO, body,
          contentType: 'application/json; charset=utf-8', chunks: 7,
        });
        assert.equal(res.status, 200, res.text);
        assert.deepEqual(res.json.data.body, JSON.parse(body));
      },
    },
    {
      name: 'wrong secret -> SignatureDoesNotMatch with the server string to sign (SDK)',
      run: async (ctx) => {
        const error = await expectSdkError(
          callApi(sdkClient(ctx, { secret: `${ctx.secret}x` }), { action: 'Echo', version: ECHO }),
          'SignatureDoesNotMatch', 400);
        assert.match(error.data.Message,
          /^Specified signature is not matched with our calculation\. server string to sign is:ACS3-HMAC-SHA256\n[0-9a-f]{64}$/);
        assert.equal(new URL(error.data.Recommend).searchParams.get('product'), 'Sandbox');
      },
    },
    {
      name: 'server string to sign equals the client string to sign (raw)',
      run: async (ctx) => {
        let sent;
        const res = await rawRequest(ctx, {
          action: 'Echo', version: ECHO, query: tricky, secret: 'not-the-secret',
          mutate: (r) => { sent = r.stringToSign; },
        });
        rawExpectError(res, 'SignatureDoesNotMatch', 400);
        assert.ok(res.json.Message.endsWith(`is:${sent}`), res.json.Message);
      },
    },
    {
      name: 'unknown AccessKey -> InvalidAccessKeyId.NotFound 404 (SDK)',
      run: async (ctx) => {
        await expectSdkError(
          callApi(sdkClient(ctx, { keyId: 'LTAI000000000000000000NO' }),
            { action: 'Echo', version: ECHO }),
          'InvalidAccessKeyId.NotFound', 404);
      },
    },
    {
      name: 'date 16 minutes old -> InvalidTimeStamp.Expired (SDK)',
      run: async (ctx) => {
        await withPinned({ date: isoNow(-16 * 60 * 1000) }, () => expectSdkError(
          callApi(sdkClient(ctx), { action: 'Echo', version: ECHO }),
          'InvalidTimeStamp.Expired', 400));
      },
    },
    {
      name: 'date 16 minutes ahead -> InvalidTimeStamp.Expired (raw)',
      run: async (ctx) => {
        const res = await rawRequest(ctx, {
          action: 'Echo', version: ECHO, date: isoNow(16 * 60 * 1000),
        });
        rawExpectError(res, 'InvalidTimeStamp.Expired', 400);
      },
    },
    {
      name: 'date 10 minutes old is accepted (SDK)',
      run: async (ctx) => {
        const res = await withPinned({ date: isoNow(-10 * 60 * 1000) },
          () => callApi(sdkClient(ctx), { action: 'Echo', version: ECHO }));
        assert.equal(res.statusCode, 200);
      },
    },
    {
      name: 'malformed date -> InvalidTimeStamp.Format (raw)',
      run: async (ctx) => {
        for (const date of ['2023-10-26 10:22:32', '2023-10-26T10:22:32.123Z', 'yesterday',
          '2023-13-26T10:22:32Z', '2023-10-26T10:22:32+08:00']) {
          const res = await rawRequest(ctx, { action: 'Echo', version: ECHO, date });
          rawExpectError(res, 'InvalidTimeStamp.Format', 400);
        }
      },
    },
    {
      name: 'reused nonce -> SignatureNonceUsed (SDK)',
      run: async (ctx) => {
        const nonce = newNonce();
        const first = await withPinned({ nonce },
          () => callApi(sdkClient(ctx), { action: 'Echo', version: ECHO }));
        assert.equal(first.statusCode, 200);
        await withPinned({ nonce }, () => expectSdkError(
          callApi(sdkClient(ctx), { action: 'Echo', version: ECHO }), 'SignatureNonceUsed', 400));
      },
    },
    {
      name: 'unknown version -> InvalidVersion (SDK)',
      run: async (ctx) => {
        await expectSdkError(callApi(sdkClient(ctx), { action: 'Echo', version: '1999-09-09' }),
          'InvalidVersion', 400);
      },
    },
    {
      name: 'unknown action -> InvalidAction.NotFound 404 (SDK)',
      run: async (ctx) => {
        await expectSdkError(callApi(sdkClient(ctx), { action: 'NoSuchApi', version: ECHO }),
          'InvalidAction.NotFound', 404);
      },
    },
    {
      name: 'missing headers -> MissingParameter (raw)',
      run: async (ctx) => {
        for (const name of ['authorization', 'x-acs-date', 'x-acs-signature-nonce',
          'x-acs-content-sha256']) {
          const res = await rawRequest(ctx, {
            action: 'Echo', version: ECHO, mutate: (r) => { delete r.headers[name]; },
          });
          rawExpectError(res, 'MissingParameter', 400);
        }
        const noAction = await rawRequest(ctx, { action: undefined, version: ECHO });
        rawExpectError(noAction, 'MissingParameter', 400);
      },
    },
    {
      name: 'incomplete Authorization -> IncompleteSignature (raw)',
      run: async (ctx) => {
        const cut = (r) => { r.headers.authorization = r.headers.authorization.replace(/,Signature=.*/, ''); };
        rawExpectError(await rawRequest(ctx, { action: 'Echo', version: ECHO, mutate: cut }),
          'IncompleteSignature', 400);
        const unsigned = await rawRequest(ctx, {
          action: 'Echo', version: ECHO,
          signedHeaderNames: ['host', 'x-acs-action', 'x-acs-content-sha256', 'x-acs-version',
            'x-acs-signature-nonce'],
        });
        rawExpectError(unsigned, 'IncompleteSignature', 400);
      },
    },
    {
      name: 'body or query changed after signing -> SignatureDoesNotMatch (raw)',
      run: async (ctx) => {
        const body = 'DbList=%7B%7D&Reserve=a';
        const tamperBody = (r) => { r.body = Buffer.from(body.replace('a', 'b')); };
        rawExpectError(await rawRequest(ctx, {
          action: 'Echo', version: ECHO, body, contentType: 'application/x-www-form-urlencoded',
          mutate: tamperBody,
        }), 'SignatureDoesNotMatch', 400);
        const tamperQuery = (r) => { r.path = r.path.replace('cn-hangzhou', 'cn-shanghai'); };
        rawExpectError(await rawRequest(ctx, {
          action: 'Echo', version: ECHO, query: { RegionId: 'cn-hangzhou' }, mutate: tamperQuery,
        }), 'SignatureDoesNotMatch', 400);
      },
    },
    {
      name: 'throttling then success from a fault sequence (SDK)',
      run: async (ctx) => {
        await admin(ctx, 'POST', '/faults', {
          rules: [{ sequence: ['throttle', 'ok'], action: 'Echo', retryAfter: 2 }],
        });
        const error = await expectSdkError(
          callApi(sdkClient(ctx), { action: 'Echo', version: ECHO }), 'Throttling.User', 400);
        assert.equal(error.data.Message, 'Request was denied due to user flow control.');
        const ok = await callApi(sdkClient(ctx), { action: 'Echo', version: ECHO });
        assert.equal(ok.statusCode, 200);
      },
    },
    {
      name: '500 InternalError and 503 ServiceUnavailable faults (SDK)',
      run: async (ctx) => {
        await admin(ctx, 'POST', '/faults', { rules: [{ sequence: ['internal', 'unavailable'] }] });
        await expectSdkError(callApi(sdkClient(ctx), { action: 'Echo', version: ECHO }),
          'InternalError', 500);
        await expectSdkError(callApi(sdkClient(ctx), { action: 'Echo', version: ECHO }),
          'ServiceUnavailable', 503);
      },
    },
    {
      name: 'malformed and dropped answers make the SDK fail (SDK)',
      run: async (ctx) => {
        await admin(ctx, 'POST', '/faults', { rules: [{ sequence: ['malformed', 'drop'] }] });
        await assert.rejects(callApi(sdkClient(ctx), { action: 'Echo', version: ECHO }),
          (e) => e instanceof SyntaxError || /JSON/i.test(String(e.message)));
        await assert.rejects(callApi(sdkClient(ctx), { action: 'Echo', version: ECHO }),
          (e) => /socket hang up|ECONNRESET|closed/i.test(`${e.code} ${e.message}`));
      },
    },
    {
      name: 'request log counts the calls (admin)',
      run: async (ctx) => {
        const before = await admin(ctx, 'GET', '/requests?limit=1');
        await callApi(sdkClient(ctx), { action: 'Echo', version: ECHO, query: { N: '1' } });
        await callApi(sdkClient(ctx), { action: 'Echo', version: ECHO, query: { N: '2' } });
        const after = await admin(ctx, 'GET', `/requests?since=${before.total}&action=Echo`);
        assert.equal(after.count, 2);
        for (const entry of after.entries) {
          assert.equal(entry.product, 'Sandbox');
          assert.equal(entry.status, 200);
          assert.equal(entry.accessKeyId, ctx.keyId);
        }
      },
    },
  ],
};
