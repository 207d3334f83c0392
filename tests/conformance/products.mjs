// SPDX-License-Identifier: GPL-3.0-or-later
// Conformance cases for the product emulators (MaxCompute MMS, DTS, SMC, STS): one or more
// calls per operation, each as the official SDK core sends it (the parameters of the generated
// clients in @alicloud/maxcompute20220104, dts20200101, smc20190601, sts20150401), with the
// status and the response keys the reference says must be there.
//
// `expect.keys` are dot paths into the response body; numeric segments index arrays
// (`data.objectList.0.id`). The cases run in order against a fresh ferry-sandbox with the
// default scenario (any seed: the ids below do not depend on it); some change state that later
// cases rely on (for example the SMC job is started, stopped, cut over, then deleted).
//
// Scenario ids used here:
//   MMS  data sources 2000015 (hive_prod, not scanned yet) and 2000017 (hive_prod_backup, scanned,
//        with the finished job 81 whose first task is 4001, scan 2501, async task 2502,
//        db 1008 `dw_archive`, table 10023, partition 20000413)
//   DTS  jobs jy6nmqxhlkeiimy (sales-sync, Synchronizing), lyea5hyjsiwhhht (crm-migration,
//        Finished), duwxbepl39ef6cg (inventory-migration, PrecheckFailed, fixed: a re-run passes)
//   SMC  source servers s-bp1web01a7k2m9q4x8z3 (web-01, Available), s-bp1bat03e4g7i0l3n6p9
//        (batch-03, offline), job j-uvsz91e85r2oa3e35j (erp-04-incremental, Waiting)

const MC = '2022-01-04';
const DTS = '2020-01-01';
const SMC = '2019-06-01';
const STS = '2015-04-01';
const MMS = '/api/v1/mms/datasources';

const mmsError = ['requestId', 'code', 'message', 'httpCode', 'errorCode', 'errorMsg'];
const dtsError = ['RequestId', 'Success', 'ErrCode', 'ErrMessage', 'DynamicMessage', 'HttpStatusCode', 'Code', 'Message'];
const gatewayError = ['RequestId', 'HostId', 'Code', 'Message', 'Recommend'];

function mms(name, action, method, pathname, { query = {}, body = null, status = 200, keys = [] } = {}) {
  return {
    name, product: 'MaxCompute', action, version: MC, protocol: 'HTTP', style: 'ROA', method, pathname,
    query, body, reqBodyType: 'json', expect: { status, keys: status === 200 ? ['requestId', ...keys] : keys },
  };
}

function rpc(product, version, name, action, query = {}, { status = 200, keys = [] } = {}) {
  return {
    name, product, action, version, protocol: 'HTTP', style: 'RPC', method: 'POST', pathname: '/', query,
    body: null, reqBodyType: 'formData', expect: { status, keys: status === 200 ? ['RequestId', ...keys] : keys },
  };
}

const dataSourceKeys = ['id', 'name', 'type', 'region', 'networklink', 'dstProject', 'dstProjects', 'status',
  'agentIsOnline', 'createTime', 'lastUpdateTime', 'dbNum', 'tableNum', 'partitionNum', 'tablesDoingNum',
  'tablesDoneNum', 'tablesFailedNum', 'tablesPartDoneNum', 'partitionsDoingNum', 'partitionsDoneNum',
  'partitionsFailedNum'];
const paged = (keys) => ['data.total', 'data.pageNum', 'data.pageSize', 'data.objectList',
  ...keys.map((k) => `data.objectList.0.${k}`)];
const single = (keys) => ['data', ...keys.map((k) => `data.${k}`)];

const mmsCases = [
  mms('list data sources (all, unpaged)', 'ListMmsDataSources', 'GET', MMS,
    { keys: paged([...dataSourceKeys, 'scanStatus']) }),
  mms('list data sources by name', 'ListMmsDataSources', 'GET', MMS,
    { query: { name: 'hive_prod', type: 'HIVE', pageNum: 1, pageSize: 10 }, keys: paged(dataSourceKeys) }),
  mms('get data source without config', 'GetMmsDataSource', 'GET', `${MMS}/2000015`,
    { keys: single(dataSourceKeys) }),
  mms('get data source with config (credentials)', 'GetMmsDataSource', 'GET', `${MMS}/2000015`,
    { query: { withConfig: true, lang: 'en_US' },
      keys: single(['config', 'config.0.key', 'config.0.name', 'config.0.desc', 'config.0.group', 'config.0.type',
        'config.0.placeHolder', 'config.0.required', 'config.0.enums', 'config.0.value']) }),
  mms('scan a data source', 'CreateMmsFetchMetadataJob', 'POST', `${MMS}/2000015/scans`,
    { body: { dbName: 'dw', tableNames: ['dwd_trade_order_di', 'dws_user_behavior_1d'] }, keys: ['data.scanId'] }),
  mms('get a finished scan', 'GetMmsFetchMetadataJob', 'GET', `${MMS}/2000017/scans/2501`,
    { keys: single(['id', 'sourceId', 'status', 'progress', 'result', 'startTime', 'endTime']) }),
  mms('list databases with a JSON sorter', 'ListMmsDbs', 'GET', `${MMS}/2000017/dbs`,
    { query: { name: 'dw', pageNum: 1, pageSize: 10, sorter: '{"size":"desc"}' },
      keys: paged(['id', 'sourceId', 'sourceName', 'name', 'description', 'owner', 'location', 'dstName',
        'dstProjectName', 'status', 'updated', 'lastDdlTime', 'numRows', 'size', 'tables', 'tablesDone',
        'partitions', 'partitionsDone', 'createTime', 'updateTime', 'deleted']) }),
  mms('get a database', 'GetMmsDb', 'GET', `${MMS}/2000017/dbs/1008`,
    { keys: single(['id', 'name', 'status', 'numRows', 'size', 'tables', 'tablesDoing', 'tablesDone',
      'tablesFailed', 'tablesPartDone', 'partitions', 'partitionsDoing', 'partitionsDone', 'partitionsFailed']) }),
  mms('list tables with a JSON status array and flattened sorter', 'ListMmsTables', 'GET', `${MMS}/2000017/tables`,
    { query: { dbName: 'dw_archive', status: '["DONE","FAILED"]', 'sorter.size': 'desc', pageNum: 1, pageSize: 10 },
      keys: paged(['id', 'dbId', 'dbName', 'sourceId', 'sourceName', 'name', 'type', 'hasPartitions', 'schema',
        'schema.columns', 'schema.partitions', 'owner', 'lastDdlTime', 'numRows', 'size', 'dstProjectName',
        'dstSchemaName', 'dstName', 'status', 'updated', 'partitions', 'partitionsDone']) }),
  mms('get a table', 'GetMmsTable', 'GET', `${MMS}/2000017/tables/10023`,
    { keys: single(['id', 'name', 'schema.columns.0.name', 'schema.columns.0.type', 'schema.partitions.0.name',
      'hasPartitions', 'partitions', 'status']) }),
  mms('list partitions of a table', 'ListMmsPartitions', 'GET', `${MMS}/2000017/partitions`,
    { query: { tableId: 10023, status: '["DONE"]', pageNum: 1, pageSize: 5 },
      keys: paged(['id', 'sourceId', 'sourceName', 'dbId', 'dbName', 'tableId', 'tableName', 'value',
        'dstProjectName', 'dstSchemaName', 'dstTableName', 'dstValue', 'status', 'updated', 'lastDdlTime', 'numRows',
        'size']) }),
  mms('get a partition', 'GetMmsPartition', 'GET', `${MMS}/2000017/partitions/20000413`,
    { keys: single(['id', 'tableId', 'value', 'status', 'numRows', 'size']) }),
  mms('create a job', 'CreateMmsJob', 'POST', `${MMS}/2000017/jobs`,
    { body: { sourceId: 2000017, name: 'conformance', srcDbName: 'dw_archive', dstDbName: 'mc_prod_archive',
      tables: ['dim_user_profile_snapshot'], enableVerification: true, taskType: 'HIVE' },
    keys: ['data.asyncTaskId'] }),
  mms('get the async task of a created job', 'GetMmsAsyncTask', 'GET', `${MMS}/2000017/asyncTasks/2502`,
    { keys: single(['id', 'sourceId', 'type', 'objectId', 'status', 'running', 'progress', 'result', 'startTime',
      'endTime', 'createTime']) }),
  mms('list jobs', 'ListMmsJobs', 'GET', `${MMS}/2000017/jobs`,
    { query: { status: 'DONE', stopped: 0, 'sorter.status': 'asc', pageNum: 1, pageSize: 10 },
      keys: paged(['id', 'name', 'sourceId', 'sourceName', 'dbId', 'srcDbName', 'dstDbName', 'dstSchemaName',
        'status', 'type', 'stopped', 'taskNum', 'taskDone', 'createTime', 'config', 'config.taskType',
        'config.tables', 'config.schemaOnly', 'config.enableVerification']) }),
  mms('get a job', 'GetMmsJob', 'GET', `${MMS}/2000017/jobs/81`,
    { keys: single(['id', 'name', 'status', 'stopped', 'taskNum', 'taskDone', 'config']) }),
  mms('list tasks', 'ListMmsTasks', 'GET', `${MMS}/2000017/tasks`,
    { query: { jobId: 81, status: 'DONE', 'sorter.startTime': 'desc', pageNum: 1, pageSize: 10 },
      keys: paged(['id', 'jobId', 'jobName', 'sourceId', 'sourceName', 'dbId', 'tableId', 'srcDbName',
        'srcTableName', 'dstDbName', 'dstSchemaName', 'dstTableName', 'type', 'status', 'running', 'stopped',
        'retriedTimes', 'createTime', 'startTime', 'endTime']) }),
  mms('get a task', 'GetMmsTask', 'GET', `${MMS}/2000017/tasks/4001`,
    { keys: single(['id', 'jobId', 'status', 'retriedTimes']) }),
  mms('list task logs (unpaged array)', 'ListMmsTaskLogs', 'GET', `${MMS}/2000017/tasks/4001/logs`,
    { keys: ['data', 'data.0.id', 'data.0.sourceId', 'data.0.taskId', 'data.0.status', 'data.0.action',
      'data.0.msg', 'data.0.createTime'] }),
  mms('retry a task that did not fail', 'RetryMmsTask', 'POST', `${MMS}/2000017/tasks/4001/retry`,
    { status: 400, keys: mmsError }),
  mms('start a job that was not stopped', 'StartMmsJob', 'POST', `${MMS}/2000017/jobs/81/start`,
    { status: 400, keys: mmsError }),
  mms('stop a finished job', 'StopMmsJob', 'POST', `${MMS}/2000017/jobs/81/stop`, { status: 400, keys: mmsError }),
  mms('retry a finished job', 'RetryMmsJob', 'POST', `${MMS}/2000017/jobs/81/retry`, { status: 400, keys: mmsError }),
  mms('delete a finished job (POST, not DELETE)', 'DeleteMmsJob', 'POST', `${MMS}/2000017/jobs/81`,
    { keys: ['data'] }),
  mms('missing job name', 'CreateMmsJob', 'POST', `${MMS}/2000017/jobs`,
    { body: { srcDbName: 'dw_archive' }, status: 400, keys: mmsError }),
  mms('non-integer id', 'GetMmsJob', 'GET', `${MMS}/2000017/jobs/abc`, { status: 400, keys: mmsError }),
  mms('wrong method on a known path', 'ListMmsJobs', 'PUT', `${MMS}/2000017/jobs`,
    { status: 404, keys: gatewayError }),
];

const dtsEndpoint = {
  SourceEndpointInstanceType: 'Express', SourceEndpointEngineName: 'MySQL', SourceEndpointIP: '10.20.30.40',
  SourceEndpointPort: '3306', SourceEndpointUserName: 'dts_repl', SourceEndpointPassword: 'Conformance#1',
  DestinationEndpointInstanceType: 'RDS', DestinationEndpointInstanceID: 'rm-bp1conformance1',
  DestinationEndpointUserName: 'dts_writer', DestinationEndpointPassword: 'Conformance#2',
};
const dtsJobKeys = ['DtsJobId', 'DtsInstanceID', 'DtsJobName', 'JobType', 'Status', 'CreateTime', 'PayType',
  'DtsJobClass', 'DtsJobDirection', 'Delay', 'Checkpoint', 'DbObject', 'Reserved', 'MigrationMode',
  'MigrationMode.DataSynchronization', 'Performance.Rps', 'Performance.Flow', 'PrecheckStatus.Status',
  'PrecheckStatus.Percent', 'StructureInitializationStatus.Status', 'DataInitializationStatus.Percent',
  'DataInitializationStatus.Progress', 'DataSynchronizationStatus.Status', 'RetryState', 'SourceEndpoint.InstanceID',
  'SourceEndpoint.Ip', 'DestinationEndpoint.InstanceType', 'TagList'];

const dtsCases = [
  rpc('Dts', DTS, 'configure a job (DbList and Reserve go in the form body)', 'ConfigureDtsJob', {
    DtsJobName: 'conformance', JobType: 'MIGRATION', StructureInitialization: true, DataInitialization: true,
    DataSynchronization: true, DbList: '{"sales":{"name":"sales","all":true}}',
    Reserve: '{"autoStartModulesAfterConfig":"all"}', ...dtsEndpoint,
  }, { keys: ['Success', 'HttpStatusCode', 'DtsJobId', 'DtsInstanceId'] }),
  rpc('Dts', DTS, 'buy an instance', 'CreateDtsInstance',
    { PayType: 'PostPaid', Type: 'MIGRATION', InstanceClass: 'medium', SourceRegion: 'cn-hangzhou',
      DestinationRegion: 'cn-hangzhou', SourceEndpointEngineName: 'MySQL', DestinationEndpointEngineName: 'MySQL',
      Quantity: 1 },
    { keys: ['Success', 'InstanceId', 'JobId'] }),
  rpc('Dts', DTS, 'list migration jobs', 'DescribeDtsJobs',
    { JobType: 'MIGRATION', PageNumber: 1, PageSize: 20, OrderColumn: 'CreateTime', OrderDirection: 'ASC',
      Region: 'cn-hangzhou' },
    { keys: ['Success', 'HttpStatusCode', 'PageNumber', 'PageRecordCount', 'TotalRecordCount', 'DtsJobList',
      ...dtsJobKeys.map((k) => `DtsJobList.0.${k}`)] }),
  rpc('Dts', DTS, 'list sync jobs by name', 'DescribeDtsJobs',
    { JobType: 'SYNC', Type: 'name', Params: 'sales' }, { keys: ['DtsJobList.0.DtsJobId', 'DtsJobList.0.Delay'] }),
  rpc('Dts', DTS, 'job detail (DtsInstanceID spelled with capital ID)', 'DescribeDtsJobDetail',
    { DtsInstanceID: 'dtsjy6nmqxhlkeiimy', SynchronizationDirection: 'Forward' },
    { keys: ['Success', 'HttpStatusCode', 'Status', 'DtsJobId', 'DtsInstanceID', 'DtsJobName', 'JobType',
      'CreateTime', 'FinishTime', 'DtsJobDirection', 'SynchronizationDirection', 'Delay', 'Checkpoint', 'DbObject',
      'MigrationMode.StructureInitialization', 'DataSynchronizationStatus.Progress', 'SourceEndpoint.EngineName',
      'DestinationEndpoint.InstanceID', 'SubSyncJob.0.Performance', 'SubDistributedJob'] }),
  rpc('Dts', DTS, 'precheck items of the failed job', 'DescribePreCheckStatus',
    { DtsJobId: 'duwxbepl39ef6cg', JobCode: '01', PageNo: '1', PageSize: '20' },
    { keys: ['Success', 'HttpStatusCode', 'Code', 'JobId', 'JobName', 'State', 'ErrorItem', 'Total',
      'TotalRecordCount', 'PageNumber', 'PageRecordCount', 'JobProgress', 'JobProgress.0.Item',
      'JobProgress.0.Names', 'JobProgress.0.State', 'JobProgress.0.OrderNum', 'JobProgress.0.CanSkip',
      'JobProgress.0.BootTime', 'JobProgress.0.FinishTime', 'JobProgress.0.Logs'] }),
  rpc('Dts', DTS, 'full data progress per table', 'DescribePreCheckStatus',
    { DtsJobId: 'jy6nmqxhlkeiimy', JobCode: '03', Name: 'order' },
    { keys: ['JobProgress.0.Total', 'JobProgress.0.Current', 'JobProgress.0.SourceSchema'] }),
  rpc('Dts', DTS, 'incremental progress', 'DescribePreCheckStatus', { DtsJobId: 'jy6nmqxhlkeiimy', JobCode: '04' },
    { keys: ['State', 'JobProgress.0.DelaySeconds'] }),
  rpc('Dts', DTS, 'connection test', 'DescribeConnectionStatus', dtsEndpoint,
    { keys: ['Success', 'SourceConnectionStatus.connectRes', 'SourceConnectionStatus.connectDetail',
      'DestinationConnectionStatus.connectRes'] }),
  rpc('Dts', DTS, 're-run the failed precheck', 'StartDtsJob', { DtsJobId: 'duwxbepl39ef6cg' },
    { keys: ['Success', 'HttpStatusCode'] }),
  rpc('Dts', DTS, 'suspend a synchronizing job', 'SuspendDtsJob', { DtsJobId: 'jy6nmqxhlkeiimy' },
    { keys: ['Success', 'HttpStatusCode'] }),
  rpc('Dts', DTS, 'create a reverse task', 'CreateReverseDtsJob', { DtsJobId: 'jy6nmqxhlkeiimy' },
    { keys: ['Success', 'HttpStatusCode', 'DtsJobId', 'DtsInstanceId'] }),
  rpc('Dts', DTS, 'stop a finished job', 'StopDtsJob', { DtsJobId: 'lyea5hyjsiwhhht' },
    { status: 400, keys: dtsError }),
  rpc('Dts', DTS, 'missing DbList', 'ConfigureDtsJob',
    { DtsJobName: 'x', JobType: 'SYNC', StructureInitialization: true, DataInitialization: true,
      DataSynchronization: true, ...dtsEndpoint },
    { status: 400, keys: dtsError }),
  rpc('Dts', DTS, 'unknown job', 'DescribeDtsJobDetail', { DtsJobId: 'nosuchjob000000' },
    { status: 404, keys: dtsError }),
];

const smcJobKeys = ['JobId', 'Name', 'SourceId', 'RegionId', 'Status', 'BusinessStatus', 'StatusInfo', 'ErrorCode',
  'Progress', 'CreationTime', 'TargetType', 'ImageId', 'ImageName', 'SystemDiskSize', 'DataDisks.DataDisk',
  'NetMode', 'RunOnce', 'Frequency', 'MaxNumberOfImageToKeep', 'Tags.Tag', 'ReplicationJobRuns.ReplicationJobRun',
  'ReplicationJobRuns.ReplicationJobRun.0.StartTime', 'ReplicationJobRuns.ReplicationJobRun.0.EndTime',
  'ReplicationJobRuns.ReplicationJobRun.0.ImageId', 'ReplicationJobRuns.ReplicationJobRun.0.Type'];

const smcCases = [
  rpc('Smc', SMC, 'list source servers', 'DescribeSourceServers', { PageNumber: 1, PageSize: 10 },
    { keys: ['PageNumber', 'PageSize', 'TotalCount', 'SourceServers.SourceServer',
      ...['SourceId', 'Name', 'State', 'StatusInfo', 'ErrorCode', 'AgentVersion', 'Platform', 'Architecture',
        'KernelLevel', 'HeartbeatRate', 'ReplicationDriver', 'SystemInfo', 'SystemDiskSize',
        'SystemDiskParts.SystemDiskPart', 'DataDisks.DataDisk', 'JobId', 'CreationTime']
        .map((k) => `SourceServers.SourceServer.0.${k}`)] }),
  rpc('Smc', SMC, 'the offline server', 'DescribeSourceServers', { 'SourceId.1': 's-bp1bat03e4g7i0l3n6p9' },
    { keys: ['SourceServers.SourceServer.0.ErrorCode'] }),
  rpc('Smc', SMC, 'create an incremental job', 'CreateReplicationJob',
    { RegionId: 'cn-hangzhou', SourceId: 's-bp1web01a7k2m9q4x8z3', Name: 'conformance-web01',
      TargetType: 'Image', ImageName: 'web01-image', SystemDiskSize: 60, 'DataDisk.1.Index': 1, 'DataDisk.1.Size': 120,
      NetMode: 0, RunOnce: false, Frequency: 12, MaxNumberOfImageToKeep: 3, ClientToken: 'conformance-token-1',
      'Tag.1.Key': 'suite', 'Tag.1.Value': 'conformance' },
    { keys: ['JobId'] }),
  rpc('Smc', SMC, 'the same ClientToken again', 'CreateReplicationJob',
    { RegionId: 'cn-hangzhou', SourceId: 's-bp1web01a7k2m9q4x8z3', SystemDiskSize: 60, RunOnce: false,
      Frequency: 12, MaxNumberOfImageToKeep: 3, ClientToken: 'conformance-token-1' },
    { keys: ['JobId'] }),
  rpc('Smc', SMC, 'list jobs', 'DescribeReplicationJobs', { RegionId: 'cn-hangzhou', PageNumber: 1, PageSize: 10 },
    { keys: ['PageNumber', 'PageSize', 'TotalCount', 'ReplicationJobs.ReplicationJob',
      ...smcJobKeys.map((k) => `ReplicationJobs.ReplicationJob.1.${k}`)] }),
  rpc('Smc', SMC, 'manual run of a waiting job', 'StartReplicationJob', { JobId: 'j-uvsz91e85r2oa3e35j' }),
  rpc('Smc', SMC, 'stop it', 'StopReplicationJob', { JobId: 'j-uvsz91e85r2oa3e35j' }),
  rpc('Smc', SMC, 'rename it', 'ModifyReplicationJobAttribute',
    { JobId: 'j-uvsz91e85r2oa3e35j', Name: 'erp-04-final', Frequency: 24, MaxNumberOfImageToKeep: 2 }),
  rpc('Smc', SMC, 'cut it over', 'CutOverReplicationJob', { JobId: 'j-uvsz91e85r2oa3e35j', SyncData: false }),
  rpc('Smc', SMC, 'nothing restarts a finished job', 'StartReplicationJob', { JobId: 'j-uvsz91e85r2oa3e35j' },
    { status: 400, keys: gatewayError }),
  rpc('Smc', SMC, 'delete it', 'DeleteReplicationJob', { JobId: 'j-uvsz91e85r2oa3e35j' }),
  rpc('Smc', SMC, 'Frequency out of range', 'CreateReplicationJob',
    { RegionId: 'cn-hangzhou', SourceId: 's-bp1app02d3f6h9j2k5m8', SystemDiskSize: 80, RunOnce: false,
      Frequency: 169, MaxNumberOfImageToKeep: 3 },
    { status: 400, keys: gatewayError }),
  rpc('Smc', SMC, 'unknown source', 'CreateReplicationJob',
    { RegionId: 'cn-hangzhou', SourceId: 's-nothing', SystemDiskSize: 80 }, { status: 404, keys: gatewayError }),
];

const stsCases = [
  rpc('Sts', STS, 'caller identity', 'GetCallerIdentity', {},
    { keys: ['AccountId', 'UserId', 'Arn', 'IdentityType', 'PrincipalId'] }),
];

export const cases = [...mmsCases, ...dtsCases, ...smcCases, ...stsCases];
