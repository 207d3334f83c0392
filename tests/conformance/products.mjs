// SPDX-License-Identifier: GPL-3.0-or-later
// Conformance of the product emulators (MaxCompute MMS, DTS, SMC, STS) with the API reference,
// driven through the official SDK core as the generated clients (@alicloud/maxcompute20220104,
// dts20200101, smc20190601, sts20150401) send their parameters. Every answer is checked field by
// field against the reference's shape (schemas.mjs: names, casing, types, enum values, no stray
// members), and some values besides. Every operation Ferry's typed clients use has at least one
// successful case (coverage.mjs checks that against the client headers).
//
// The cases of a suite run in order against one ferry-sandbox with the default scenario (any
// seed: the ids below do not depend on it); some change state that later cases rely on, and the
// virtual clock is moved through the admin endpoint where a case needs time to pass. A case with
// `fresh: true` runs on a sandbox of its own.
//
// Scenario ids used here:
//   MMS  data sources 2000015 (hive_prod, not scanned yet; its table dw.dwd_trade_order_di fails
//        its first transfer) and 2000017 (hive_prod_backup, scanned, with the finished job 81
//        whose first task is 4001, scan 2501, async task 2502, db 1008 `dw_archive`, table 10023,
//        partition 20000413); new jobs are numbered from 82
//   DTS  jobs jy6nmqxhlkeiimy (sales-sync, Synchronizing), lyea5hyjsiwhhht (crm-migration,
//        Finished), duwxbepl39ef6cg (inventory-migration, PrecheckFailed, fixed: a re-run passes)
//   SMC  source servers s-bp1web01a7k2m9q4x8z3 (web-01, Available), s-bp1bat03e4g7i0l3n6p9
//        (batch-03, offline), job j-uvsz91e85r2oa3e35j (erp-04-incremental, Waiting)
import { admin, assert, callApi, sdkClient, withSandbox } from './runner.mjs';
import { assertShape } from './shape.mjs';
import * as S from './schemas.mjs';

const MC = '2022-01-04';
const DTS = '2020-01-01';
const SMC = '2019-06-01';
const STS = '2015-04-01';
const MMS = '/api/v1/mms/datasources';

const advance = (ms) => async (ctx) => { await admin(ctx, 'POST', '/clock', { advanceMs: ms }); };

function mms(name, action, method, pathname, { query = {}, body = null, status = 200, shape, check, before, fresh } = {}) {
  return {
    name, product: 'MaxCompute', action, version: MC, style: 'ROA', method, pathname, query, body,
    reqBodyType: 'json', status, shape: shape ?? (status === 200 ? undefined : S.mmsError), check, before, fresh,
  };
}

function rpc(product, version, name, action, query = {}, { status = 200, shape, check, before } = {}) {
  return {
    name, product, action, version, style: 'RPC', method: 'POST', pathname: '/', query, body: null,
    reqBodyType: 'formData', status, shape, check, before,
  };
}

const valueOf = (v, state) => (typeof v === 'function' ? v(state) : v);

/** Sends one case through the SDK and checks status and shape; returns the body. */
async function runCase(ctx, c, state) {
  if (c.before) await c.before(ctx, state);
  const request = {
    action: c.action, version: c.version, style: c.style, method: c.method,
    pathname: valueOf(c.pathname, state), query: valueOf(c.query, state),
    body: valueOf(c.body, state) ?? undefined, reqBodyType: c.reqBodyType,
  };
  let body;
  if (c.status === 200) {
    const res = await callApi(sdkClient(ctx), request);
    assert.equal(res.statusCode, 200, `HTTP status: ${JSON.stringify(res.body)}`);
    body = res.body;
  } else {
    let error;
    try {
      await callApi(sdkClient(ctx), request);
    } catch (e) {
      error = e;
    }
    assert.ok(error, `expected HTTP ${c.status}, but the call succeeded`);
    assert.equal(error.data?.statusCode, c.status, `HTTP status (${error.message})`);
    // The SDK adds statusCode to the parsed body; the rest is what the sandbox sent.
    const { statusCode: _ignored, ...rest } = error.data;
    body = rest;
  }
  assert.ok(c.shape, 'every case names the shape of its answer');
  assertShape(body, c.shape);
  if (c.check) await c.check(body, state);
  return body;
}

// ---- MaxCompute MMS ----------------------------------------------------------------------------

const failedTransfer = (retry) => [
  // hive_prod.dw: scan, wait for it, migrate the table whose first transfer fails.
  // (after any earlier scan of the source has finished: one scan at a time per source)
  mms('scan hive_prod.dw', 'CreateMmsFetchMetadataJob', 'POST', `${MMS}/2000015/scans`,
    { body: { dbName: 'dw' }, shape: S.mmsEnvelope({ scanId: 'int' }), before: advance(3 * 60 * 1000) }),
  mms('migrate the table whose first transfer fails', 'CreateMmsJob', 'POST', `${MMS}/2000015/jobs`, {
    before: advance(3 * 60 * 1000),
    body: { sourceId: 2000015, name: `orders-${retry}`, srcDbName: 'dw', tables: ['dwd_trade_order_di'], taskType: 'HIVE' },
    shape: S.mmsEnvelope({ asyncTaskId: 'int' }),
    check: (b, st) => { st.ordersAsync = b.data.asyncTaskId; },
  }),
  mms('its async creation is done', 'GetMmsAsyncTask', 'GET', (st) => `${MMS}/2000015/asyncTasks/${st.ordersAsync}`, {
    before: advance(40 * 1000), shape: S.mmsEnvelope(S.mmsAsyncTask),
    check: (b, st) => {
      assert.equal(b.data.status, 'DONE');
      assert.equal(b.data.type, 'TASK_CREATE');
      assert.equal(typeof b.data.objectId, 'number');
      assert.deepEqual(Object.keys(JSON.parse(b.data.result)).sort(), ['jobId', 'taskNum']);
      st.ordersJob = b.data.objectId;
    },
  }),
  mms('its task failed in the data phase', 'ListMmsTasks', 'GET', `${MMS}/2000015/tasks`, {
    before: advance(20 * 60 * 1000), query: (st) => ({ jobId: st.ordersJob, status: 'DATA_FAILED' }),
    shape: S.mmsPage(S.mmsTask),
    check: (b, st) => {
      assert.equal(b.data.total, 1);
      assert.equal(b.data.objectList[0].srcTableName, 'dwd_trade_order_di');
      st.failedTask = b.data.objectList[0].id;
    },
  }),
];

const mmsCases = [
  mms('list data sources (all, unpaged)', 'ListMmsDataSources', 'GET', MMS, {
    shape: S.mmsPage(S.mmsDataSourceItem),
    check: (b) => {
      assert.equal(b.data.total, 7);
      assert.equal(b.data.objectList.length, 7);
      const scanned = b.data.objectList.find((s) => s.id === 2000017);
      assert.equal(scanned.scanStatus, 'SCAN_DONE');
      assert.equal(scanned.scanId, 2501);
      assert.equal(b.data.objectList.find((s) => s.id === 2000015).scanStatus, undefined);
    },
  }),
  mms('list data sources by name', 'ListMmsDataSources', 'GET', MMS, {
    query: { name: 'hive_prod', type: 'HIVE', pageNum: 1, pageSize: 10 }, shape: S.mmsPage(S.mmsDataSourceItem),
    check: (b) => {
      assert.deepEqual(b.data.objectList.map((s) => s.name).sort(), ['hive_prod', 'hive_prod_backup']);
      assert.equal(b.data.pageSize, 10);
    },
  }),
  mms('get data source without config', 'GetMmsDataSource', 'GET', `${MMS}/2000015`,
    { shape: S.mmsEnvelope(S.mmsDataSource), check: (b) => assert.equal(b.data.name, 'hive_prod') }),
  mms('get data source with config (credentials)', 'GetMmsDataSource', 'GET', `${MMS}/2000015`, {
    query: { withConfig: true, lang: 'en_US' }, shape: S.mmsEnvelope(S.mmsDataSourceWithConfig),
    check: (b) => {
      const byKey = Object.fromEntries(b.data.config.map((c) => [c.key, c]));
      assert.equal(byKey['hive.jdbc.password'].type, 'password');
      assert.match(byKey['mc.auth.access.id'].value, /^LTAI\w{20}$/);
      assert.equal(typeof byKey['hive.task.partition.max.num'].value, 'number');
    },
  }),
  mms('scan a data source', 'CreateMmsFetchMetadataJob', 'POST', `${MMS}/2000015/scans`, {
    body: { dbName: 'dw', tableNames: ['dwd_trade_order_di', 'dws_user_behavior_1d'] },
    shape: S.mmsEnvelope({ scanId: 'int' }), check: (b, st) => { st.scanId = b.data.scanId; },
  }),
  mms('a running scan', 'GetMmsFetchMetadataJob', 'GET', (st) => `${MMS}/2000015/scans/${st.scanId}`, {
    before: advance(10 * 1000), shape: S.mmsEnvelope(S.mmsScan),
    check: (b) => {
      assert.equal(b.data.status, 'SCAN_DOING');
      assert.ok(b.data.progress >= 1 && b.data.progress <= 9999, 'progress in basis points');
    },
  }),
  mms('get a finished scan', 'GetMmsFetchMetadataJob', 'GET', `${MMS}/2000017/scans/2501`, {
    shape: S.mmsEnvelope(S.mmsScan),
    check: (b) => {
      assert.equal(b.data.status, 'SCAN_DONE');
      assert.equal(b.data.progress, 10000);
      assert.deepEqual(Object.keys(JSON.parse(b.data.result)).sort(), ['databases', 'partitions', 'tables']);
    },
  }),
  mms('list databases with a JSON sorter', 'ListMmsDbs', 'GET', `${MMS}/2000017/dbs`, {
    query: { name: 'dw', pageNum: 1, pageSize: 10, sorter: '{"size":"desc"}' }, shape: S.mmsPage(S.mmsDbItem),
    check: (b) => assert.equal(b.data.objectList[0].id, 1008),
  }),
  mms('get a database', 'GetMmsDb', 'GET', `${MMS}/2000017/dbs/1008`, {
    shape: S.mmsEnvelope(S.mmsDb), check: (b) => assert.equal(b.data.name, 'dw_archive'),
  }),
  mms('list tables with a JSON status array and flattened sorter', 'ListMmsTables', 'GET', `${MMS}/2000017/tables`, {
    query: { dbName: 'dw_archive', status: '["DONE","FAILED"]', 'sorter.size': 'desc', pageNum: 1, pageSize: 10 },
    shape: S.mmsPage(S.mmsTable),
    check: (b) => {
      assert.equal(b.data.total, 3);
      const sizes = b.data.objectList.map((t) => t.size);
      assert.deepEqual(sizes, [...sizes].sort((x, y) => y - x), 'sorted by size, descending');
    },
  }),
  mms('get a table', 'GetMmsTable', 'GET', `${MMS}/2000017/tables/10023`, {
    shape: S.mmsEnvelope(S.mmsTable),
    check: (b) => {
      assert.equal(b.data.hasPartitions, true);
      assert.ok(b.data.schema.partitions.length > 0);
      assert.equal(typeof b.data.partitions, 'number', 'partitions is a count here');
    },
  }),
  mms('list partitions of a table', 'ListMmsPartitions', 'GET', `${MMS}/2000017/partitions`, {
    query: { tableId: 10023, status: '["DONE"]', pageNum: 1, pageSize: 5 }, shape: S.mmsPage(S.mmsPartition),
    check: (b) => {
      assert.equal(b.data.objectList.length, 5);
      for (const p of b.data.objectList) assert.equal(p.tableId, 10023);
    },
  }),
  mms('get a partition', 'GetMmsPartition', 'GET', `${MMS}/2000017/partitions/20000413`,
    { shape: S.mmsEnvelope(S.mmsPartition), check: (b) => assert.equal(b.data.id, 20000413) }),
  mms('create a job', 'CreateMmsJob', 'POST', `${MMS}/2000017/jobs`, {
    body: { sourceId: 2000017, name: 'conformance', srcDbName: 'dw_archive', dstDbName: 'mc_prod_archive',
      tables: ['dim_user_profile_snapshot'], enableVerification: true, taskType: 'HIVE' },
    shape: S.mmsEnvelope({ asyncTaskId: 'int' }), check: (b, st) => { st.asyncTaskId = b.data.asyncTaskId; },
  }),
  mms('the async task of a job being created', 'GetMmsAsyncTask', 'GET', (st) => `${MMS}/2000017/asyncTasks/${st.asyncTaskId}`, {
    shape: S.mmsEnvelope(S.mmsAsyncTask),
    check: (b) => {
      assert.equal(b.data.status, 'DOING');
      assert.equal(b.data.running, true);
      assert.equal(b.data.objectId, undefined);
    },
  }),
  mms('the job is listed while it is being created', 'ListMmsJobs', 'GET', `${MMS}/2000017/jobs`, {
    query: { name: 'conformance' }, shape: S.mmsPage(S.mmsJob),
    check: (b, st) => {
      assert.equal(b.data.total, 1);
      assert.equal(b.data.objectList[0].status, 'INIT');
      st.newJob = b.data.objectList[0].id;
    },
  }),
  mms('get the async task of a created job', 'GetMmsAsyncTask', 'GET', `${MMS}/2000017/asyncTasks/2502`, {
    shape: S.mmsEnvelope(S.mmsAsyncTask),
    check: (b) => {
      assert.equal(b.data.status, 'DONE');
      assert.equal(b.data.objectId, 81);
    },
  }),
  mms('list jobs', 'ListMmsJobs', 'GET', `${MMS}/2000017/jobs`, {
    query: { status: 'DONE', stopped: 0, 'sorter.status': 'asc', pageNum: 1, pageSize: 10 }, shape: S.mmsPage(S.mmsJob),
    check: (b) => assert.deepEqual(b.data.objectList.map((j) => j.id), [81]),
  }),
  mms('get a job', 'GetMmsJob', 'GET', `${MMS}/2000017/jobs/81`, {
    shape: S.mmsEnvelope(S.mmsJob),
    check: (b) => {
      assert.equal(b.data.status, 'DONE');
      assert.equal(b.data.taskDone, b.data.taskNum);
    },
  }),
  mms('list tasks', 'ListMmsTasks', 'GET', `${MMS}/2000017/tasks`, {
    query: { jobId: 81, status: 'DONE', 'sorter.startTime': 'desc', pageNum: 1, pageSize: 10 }, shape: S.mmsPage(S.mmsTask),
    check: (b) => { for (const t of b.data.objectList) assert.equal(t.jobId, 81); },
  }),
  mms('get a task', 'GetMmsTask', 'GET', `${MMS}/2000017/tasks/4001`,
    { shape: S.mmsEnvelope(S.mmsTask), check: (b) => assert.equal(b.data.status, 'DONE') }),
  mms('list task logs (unpaged array)', 'ListMmsTaskLogs', 'GET', `${MMS}/2000017/tasks/4001/logs`, {
    shape: S.mmsEnvelope([S.mmsTaskLog]),
    check: (b) => {
      assert.ok(b.data.length >= 3);
      assert.equal(b.data.at(-1).status, 'DONE');
    },
  }),
  mms('stop the new job', 'StopMmsJob', 'POST', (st) => `${MMS}/2000017/jobs/${st.newJob}/stop`,
    { shape: S.mmsAck, check: (b, st) => assert.equal(b.data, st.newJob) }),
  mms('start it again', 'StartMmsJob', 'POST', (st) => `${MMS}/2000017/jobs/${st.newJob}/start`,
    { shape: S.mmsAck, check: (b, st) => assert.equal(b.data, st.newJob) }),
  mms('retry a task that did not fail', 'RetryMmsTask', 'POST', `${MMS}/2000017/tasks/4001/retry`,
    { status: 400, check: (b) => assert.equal(b.code, 'IncorrectStatus.Task') }),
  mms('start a job that was not stopped', 'StartMmsJob', 'POST', `${MMS}/2000017/jobs/81/start`,
    { status: 400, check: (b) => assert.equal(b.code, 'IncorrectStatus.Job') }),
  mms('stop a finished job', 'StopMmsJob', 'POST', `${MMS}/2000017/jobs/81/stop`,
    { status: 400, check: (b) => assert.equal(b.code, 'IncorrectStatus.Job') }),
  mms('retry a finished job', 'RetryMmsJob', 'POST', `${MMS}/2000017/jobs/81/retry`,
    { status: 400, check: (b) => assert.equal(b.code, 'IncorrectStatus.Job') }),
  mms('delete a finished job (POST, not DELETE)', 'DeleteMmsJob', 'POST', `${MMS}/2000017/jobs/81`,
    { shape: S.mmsAck, check: (b) => assert.equal(b.data, 81) }),
  ...failedTransfer('task'),
  mms('retry the failed task', 'RetryMmsTask', 'POST', (st) => `${MMS}/2000015/tasks/${st.failedTask}/retry`,
    { shape: S.mmsAck }),
  mms('missing job name', 'CreateMmsJob', 'POST', `${MMS}/2000017/jobs`,
    { body: { srcDbName: 'dw_archive' }, status: 400, check: (b) => assert.equal(b.code, 'MissingParameter') }),
  mms('non-integer id', 'GetMmsJob', 'GET', `${MMS}/2000017/jobs/abc`,
    { status: 400, check: (b) => assert.equal(b.code, 'InvalidParameter') }),
  mms('wrong method on a known path', 'ListMmsJobs', 'PUT', `${MMS}/2000017/jobs`,
    { status: 404, shape: S.gatewayError, check: (b) => assert.equal(b.Code, 'InvalidAction.NotFound') }),
];

// RetryMmsJob needs a FAILED job; the scenario's one failing transfer is spent above, so this
// runs on a sandbox of its own.
const mmsRetryJobCases = [
  ...failedTransfer('job'),
  mms('the job failed', 'GetMmsJob', 'GET', (st) => `${MMS}/2000015/jobs/${st.ordersJob}`,
    { shape: S.mmsEnvelope(S.mmsJob), check: (b) => assert.equal(b.data.status, 'FAILED') }),
  mms('retry the failed job', 'RetryMmsJob', 'POST', (st) => `${MMS}/2000015/jobs/${st.ordersJob}/retry`,
    { shape: S.mmsAck, check: (b, st) => assert.equal(b.data, st.ordersJob) }),
];

// ---- DTS ---------------------------------------------------------------------------------------

const dtsEndpoint = {
  SourceEndpointInstanceType: 'Express', SourceEndpointEngineName: 'MySQL', SourceEndpointIP: '10.20.30.40',
  SourceEndpointPort: '3306', SourceEndpointUserName: 'dts_repl', SourceEndpointPassword: 'Conformance#1',
  DestinationEndpointInstanceType: 'RDS', DestinationEndpointInstanceID: 'rm-bp1conformance1',
  DestinationEndpointUserName: 'dts_writer', DestinationEndpointPassword: 'Conformance#2',
};

const dtsCases = [
  rpc('Dts', DTS, 'configure a job (DbList and Reserve go in the form body)', 'ConfigureDtsJob', {
    DtsJobName: 'conformance', JobType: 'MIGRATION', StructureInitialization: true, DataInitialization: true,
    DataSynchronization: true, DbList: '{"sales":{"name":"sales","all":true}}',
    Reserve: '{"autoStartModulesAfterConfig":"all"}', ...dtsEndpoint,
  }, { shape: S.dtsConfigured, check: (b) => assert.match(b.DtsJobId, /^[a-z0-9]{15}$/) }),
  rpc('Dts', DTS, 'buy an instance', 'CreateDtsInstance',
    { PayType: 'PostPaid', Type: 'MIGRATION', InstanceClass: 'medium', SourceRegion: 'cn-hangzhou',
      DestinationRegion: 'cn-hangzhou', SourceEndpointEngineName: 'MySQL', DestinationEndpointEngineName: 'MySQL',
      Quantity: 1 },
    { shape: S.dtsInstanceCreated, check: (b) => assert.match(b.InstanceId, /^dts\w+$/) }),
  rpc('Dts', DTS, 'list migration jobs', 'DescribeDtsJobs',
    { JobType: 'MIGRATION', PageNumber: 1, PageSize: 20, OrderColumn: 'CreateTime', OrderDirection: 'ASC',
      Region: 'cn-hangzhou' },
    {
      shape: S.dtsDescribeJobs,
      check: (b) => {
        assert.equal(b.PageRecordCount, b.DtsJobList.length, 'PageRecordCount counts this page');
        for (const j of b.DtsJobList) assert.equal(j.JobType, 'online');
        const times = b.DtsJobList.map((j) => j.CreateTime);
        assert.deepEqual(times, [...times].sort(), 'ascending by CreateTime');
      },
    }),
  rpc('Dts', DTS, 'list sync jobs by name', 'DescribeDtsJobs', { JobType: 'SYNC', Type: 'name', Params: 'sales' }, {
    shape: S.dtsDescribeJobs,
    check: (b) => {
      assert.equal(b.DtsJobList.length, 1);
      assert.equal(b.DtsJobList[0].DtsJobId, 'jy6nmqxhlkeiimy');
      assert.ok(b.DtsJobList[0].Delay < 600, 'Delay of a sync job in DescribeDtsJobs is seconds');
    },
  }),
  rpc('Dts', DTS, 'job detail (DtsInstanceID spelled with capital ID)', 'DescribeDtsJobDetail',
    { DtsInstanceID: 'dtsjy6nmqxhlkeiimy', SynchronizationDirection: 'Forward' }, {
      shape: S.dtsJobDetail,
      check: (b) => {
        assert.equal(b.DtsJobId, 'jy6nmqxhlkeiimy');
        assert.equal(b.Delay, b.SubSyncJob[0].Delay, 'the detail gives milliseconds');
      },
    }),
  rpc('Dts', DTS, 'precheck items of the failed job', 'DescribePreCheckStatus',
    { DtsJobId: 'duwxbepl39ef6cg', JobCode: '01', PageNo: '1', PageSize: '20' }, {
      shape: S.dtsPrecheckStatus,
      check: (b) => {
        assert.equal(b.State, 'Failed');
        assert.ok(b.JobProgress.some((p) => p.Item === 'CHECK_SRC_BINLOG_FORMAT' && p.State === 'Failed'));
        assert.equal(b.PageRecordCount, b.JobProgress.length);
      },
    }),
  rpc('Dts', DTS, 'full data progress per table', 'DescribePreCheckStatus',
    { DtsJobId: 'jy6nmqxhlkeiimy', JobCode: '03', Name: 'order' }, {
      shape: S.dtsPrecheckStatus,
      check: (b) => { for (const p of b.JobProgress) assert.match(p.Names, /order/); },
    }),
  rpc('Dts', DTS, 'incremental progress', 'DescribePreCheckStatus', { DtsJobId: 'jy6nmqxhlkeiimy', JobCode: '04' },
    { shape: S.dtsPrecheckStatus }),
  rpc('Dts', DTS, 'connection test', 'DescribeConnectionStatus', dtsEndpoint, {
    shape: S.dtsConnectionStatus,
    check: (b) => {
      assert.equal(b.SourceConnectionStatus.connectRes, true);
      assert.equal(b.DestinationConnectionStatus.connectRes, true);
    },
  }),
  rpc('Dts', DTS, 're-run the failed precheck', 'StartDtsJob', { DtsJobId: 'duwxbepl39ef6cg' },
    { shape: S.dtsAck, check: (b) => assert.equal(b.Success, true) }),
  rpc('Dts', DTS, 'suspend a synchronizing job', 'SuspendDtsJob', { DtsJobId: 'jy6nmqxhlkeiimy' },
    { shape: S.dtsAck }),
  rpc('Dts', DTS, 'create a reverse task', 'CreateReverseDtsJob', { DtsJobId: 'jy6nmqxhlkeiimy' },
    { shape: S.dtsReverseCreated }),
  rpc('Dts', DTS, 'the job lists its reverse task', 'DescribeDtsJobs', { JobType: 'SYNC', DtsJobId: 'jy6nmqxhlkeiimy' }, {
    shape: S.dtsDescribeJobs,
    check: (b) => assert.equal(b.DtsJobList[0].ReverseJob.DtsJobDirection, 'Reverse'),
  }),
  rpc('Dts', DTS, 'end the paused job', 'StopDtsJob', { DtsJobId: 'jy6nmqxhlkeiimy' }, { shape: S.dtsAck }),
  rpc('Dts', DTS, 'stop a finished job', 'StopDtsJob', { DtsJobId: 'lyea5hyjsiwhhht' },
    { status: 400, shape: S.dtsError, check: (b) => assert.equal(b.ErrCode, 'OperationDenied.JobStatus') }),
  rpc('Dts', DTS, 'missing DbList', 'ConfigureDtsJob',
    { DtsJobName: 'x', JobType: 'SYNC', StructureInitialization: true, DataInitialization: true,
      DataSynchronization: true, ...dtsEndpoint },
    { status: 400, shape: S.dtsError, check: (b) => assert.equal(b.DynamicMessage, 'DbList') }),
  rpc('Dts', DTS, 'unknown job', 'DescribeDtsJobDetail', { DtsJobId: 'nosuchjob000000' },
    { status: 404, shape: S.dtsError, check: (b) => assert.equal(b.Success, false) }),
];

// ---- SMC ---------------------------------------------------------------------------------------

const smcCases = [
  rpc('Smc', SMC, 'list source servers', 'DescribeSourceServers', { PageNumber: 1, PageSize: 10 }, {
    shape: S.smcDescribeSourceServers,
    check: (b) => {
      assert.equal(b.TotalCount, 5);
      assert.equal(b.SourceServers.SourceServer.length, 5);
    },
  }),
  rpc('Smc', SMC, 'the offline server', 'DescribeSourceServers', { 'SourceId.1': 's-bp1bat03e4g7i0l3n6p9' }, {
    shape: S.smcDescribeSourceServers,
    check: (b) => {
      const [server] = b.SourceServers.SourceServer;
      assert.equal(server.ErrorCode, 'SourceServer.Offline');
      assert.equal(server.State, 'Unavailable');
    },
  }),
  rpc('Smc', SMC, 'create an incremental job', 'CreateReplicationJob',
    { RegionId: 'cn-hangzhou', SourceId: 's-bp1web01a7k2m9q4x8z3', Name: 'conformance-web01',
      TargetType: 'Image', ImageName: 'web01-image', SystemDiskSize: 60, 'DataDisk.1.Index': 1, 'DataDisk.1.Size': 120,
      NetMode: 0, RunOnce: false, Frequency: 12, MaxNumberOfImageToKeep: 3, ClientToken: 'conformance-token-1',
      'Tag.1.Key': 'suite', 'Tag.1.Value': 'conformance' },
    { shape: S.smcCreated, check: (b, st) => { st.smcJob = b.JobId; } }),
  rpc('Smc', SMC, 'the same ClientToken again', 'CreateReplicationJob',
    { RegionId: 'cn-hangzhou', SourceId: 's-bp1web01a7k2m9q4x8z3', SystemDiskSize: 60, RunOnce: false,
      Frequency: 12, MaxNumberOfImageToKeep: 3, ClientToken: 'conformance-token-1' },
    { shape: S.smcCreated, check: (b, st) => assert.equal(b.JobId, st.smcJob) }),
  rpc('Smc', SMC, 'list jobs', 'DescribeReplicationJobs', { RegionId: 'cn-hangzhou', PageNumber: 1, PageSize: 10 }, {
    shape: S.smcDescribeReplicationJobs,
    check: (b, st) => {
      assert.equal(b.TotalCount, 2);
      const created = b.ReplicationJobs.ReplicationJob.find((j) => j.JobId === st.smcJob);
      assert.deepEqual(created.Tags.Tag, [{ Key: 'suite', Value: 'conformance' }]);
      assert.deepEqual(created.DataDisks.DataDisk.map((d) => [d.Index, d.Size]), [[1, 120]]);
      assert.equal(created.RunOnce, false);
      assert.equal(created.Status, 'Ready');
      const erp = b.ReplicationJobs.ReplicationJob.find((j) => j.JobId === 'j-uvsz91e85r2oa3e35j');
      assert.ok(erp.ReplicationJobRuns.ReplicationJobRun.length > 0);
    },
  }),
  rpc('Smc', SMC, 'manual run of a waiting job', 'StartReplicationJob', { JobId: 'j-uvsz91e85r2oa3e35j' }, { shape: S.smcAck }),
  rpc('Smc', SMC, 'stop it', 'StopReplicationJob', { JobId: 'j-uvsz91e85r2oa3e35j' }, { shape: S.smcAck }),
  rpc('Smc', SMC, 'rename it', 'ModifyReplicationJobAttribute',
    { JobId: 'j-uvsz91e85r2oa3e35j', Name: 'erp-04-final', Frequency: 24, MaxNumberOfImageToKeep: 2 }, { shape: S.smcAck }),
  rpc('Smc', SMC, 'cut it over', 'CutOverReplicationJob', { JobId: 'j-uvsz91e85r2oa3e35j', SyncData: false }, { shape: S.smcAck }),
  rpc('Smc', SMC, 'nothing restarts a finished job', 'StartReplicationJob', { JobId: 'j-uvsz91e85r2oa3e35j' },
    { status: 400, shape: S.gatewayError, check: (b) => assert.equal(b.Code, 'ReplicationJob.InvalidStatus') }),
  rpc('Smc', SMC, 'delete it', 'DeleteReplicationJob', { JobId: 'j-uvsz91e85r2oa3e35j' }, { shape: S.smcAck }),
  rpc('Smc', SMC, 'Frequency out of range', 'CreateReplicationJob',
    { RegionId: 'cn-hangzhou', SourceId: 's-bp1app02d3f6h9j2k5m8', SystemDiskSize: 80, RunOnce: false,
      Frequency: 169, MaxNumberOfImageToKeep: 3 },
    { status: 400, shape: S.gatewayError, check: (b) => assert.equal(b.Code, 'InvalidParameter') }),
  rpc('Smc', SMC, 'unknown source', 'CreateReplicationJob',
    { RegionId: 'cn-hangzhou', SourceId: 's-nothing', SystemDiskSize: 80 },
    { status: 404, shape: S.gatewayError, check: (b) => assert.equal(b.Code, 'InvalidSourceId.NotFound') }),
];

// ---- STS ---------------------------------------------------------------------------------------

const stsCases = [
  rpc('Sts', STS, 'caller identity', 'GetCallerIdentity', {}, {
    shape: S.stsCallerIdentity,
    check: (b) => assert.match(b.Arn, new RegExp(`^acs:ram::${b.AccountId}:user/`)),
  }),
];

/** Every case, for counting and for the coverage check. */
export const cases = [...mmsCases, ...mmsRetryJobCases, ...dtsCases, ...smcCases, ...stsCases];

function suiteOf(name, list, { fresh = false } = {}) {
  const state = {};
  const run = (c) => async (ctx) => { await runCase(ctx, c, state); };
  if (!fresh)
    return { name, cases: list.map((c) => ({ name: `${c.action}: ${c.name}`, run: run(c) })) };
  // One case that runs the whole list on a sandbox of its own.
  return {
    name,
    cases: [{
      name: list.map((c) => c.action).join(' -> '),
      run: async () => withSandbox(async (ctx) => { for (const c of list) await runCase(ctx, c, state); }),
    }],
  };
}

export const suites = [
  suiteOf('mms', mmsCases),
  suiteOf('mms-retry', mmsRetryJobCases, { fresh: true }),
  suiteOf('dts', dtsCases),
  suiteOf('smc', smcCases),
  suiteOf('sts', stsCases),
];
