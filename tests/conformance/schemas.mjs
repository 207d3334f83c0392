// SPDX-License-Identifier: GPL-3.0-or-later
// Response shapes of the operations Ferry's typed clients use, as the API reference documents them
// (the Alibaba Cloud OpenAPI documentation and the official SDK models: MaxCompute 2022-01-04 MMS,
// DTS 2020-01-01, SMC 2019-06-01, STS 2015-04-01). Member names and casing are exact; `?` marks
// a member the reference lists but that is not always sent (absent when empty or not applicable).
// Types follow the reference where it gives them (DTS Percent/Progress and Rps/Flow are strings,
// Checkpoint is a string in lists and a number in the detail, MMS ids are integers, ...).
// See shape.mjs for the notation.

// ---- MaxCompute MMS (camelCase, {requestId, data}) -------------------------------------------

const objectStatus = { enum: ['INIT', 'DOING', 'DONE', 'FAILED', 'PART_DONE'] };
const jobStatus = { enum: ['INIT', 'DOING', 'DONE', 'FAILED'] };
const taskStatus = {
  enum: ['INIT', 'SCHEMA_DOING', 'SCHEMA_DONE', 'SCHEMA_FAILED', 'DATA_DOING', 'DATA_DONE',
    'DATA_FAILED', 'VERIFICATION_DOING', 'VERIFICATION_DONE', 'VERIFICATION_FAILED', 'DONE'],
};
const scanStatus = { enum: ['SCAN_DOING', 'SCAN_DONE', 'SCAN_FAILED'] };

export const mmsEnvelope = (data) => ({ requestId: 'string', data });
export const mmsPage = (item) => mmsEnvelope({ objectList: [item], total: 'int', pageNum: 'int', pageSize: 'int' });

const configItem = {
  key: 'string', name: 'string', desc: 'string', group: 'string',
  type: { enum: ['boolean', 'int', 'map', 'string', 'password', 'file'] },
  '?subType': 'string', '?placeHolder': 'string', required: 'bool', enums: ['string'], value: 'any',
  '?subItems': 'any',
};

export const mmsDataSource = {
  id: 'int', name: 'string',
  type: { enum: ['HIVE', 'BIGQUERY', 'MAXCOMPUTE', 'OSS', 'ODPS', 'HIVE_OSS', 'DATABRICKS', 'HIVE_GLUE'] },
  region: 'string', networklink: 'string', dstProject: 'string', dstProjects: ['string'],
  status: { enum: ['STARTING', 'STARTED', 'START_FAILED', 'STOPPING', 'STOPPED', 'STOP_FAILED'] },
  '?errMsg': 'string', agentIsOnline: 'bool', createTime: 'mmsTime', lastUpdateTime: 'mmsTime',
  '?scanId': 'int', dbNum: 'int', tableNum: 'int', partitionNum: 'int', tablesDoingNum: 'int',
  tablesDoneNum: 'int', tablesFailedNum: 'int', tablesPartDoneNum: 'int', partitionsDoingNum: 'int',
  partitionsDoneNum: 'int', partitionsFailedNum: 'int',
};
export const mmsDataSourceItem = { ...mmsDataSource, '?scanStatus': scanStatus, '?scanErrMsg': 'string' };
export const mmsDataSourceWithConfig = { ...mmsDataSource, config: [configItem] };

export const mmsScan = {
  id: 'int', sourceId: 'int', status: scanStatus, progress: 'int', '?result': 'jsonString',
  '?errorMsg': 'string', startTime: 'mmsTime', '?endTime': 'mmsTime',
};

const dbCounts = {
  numRows: 'int', size: 'int', tables: 'int', tablesDoing: 'int', tablesDone: 'int', tablesFailed: 'int',
  tablesPartDone: 'int', partitions: 'int', partitionsDoing: 'int', partitionsDone: 'int', partitionsFailed: 'int',
};
export const mmsDb = {
  id: 'int', sourceId: 'int', sourceName: 'string', name: 'string', description: 'string', owner: 'string',
  location: 'string', '?extra': 'string', dstName: 'string', dstProjectName: 'string', status: objectStatus,
  updated: 'bool', lastDdlTime: 'mmsTime', ...dbCounts,
};
export const mmsDbItem = { ...mmsDb, createTime: 'mmsTime', updateTime: 'mmsTime', deleted: 'bool' };

const column = { name: 'string', type: 'string', comment: 'string', nullable: 'bool', '?defaultValue': 'any' };
export const mmsTable = {
  id: 'int', dbId: 'int', dbName: 'string', sourceId: 'int', sourceName: 'string', name: 'string',
  type: 'string', hasPartitions: 'bool',
  schema: { '?name': 'string', comment: 'string', columns: [column], partitions: [column] },
  owner: 'string', location: 'string', inputFormat: 'string', outputFormat: 'string', serde: 'string',
  '?extra': 'string', lastDdlTime: 'mmsTime', numRows: 'int', size: 'int', dstProjectName: 'string',
  dstSchemaName: 'string', dstName: 'string', status: objectStatus, updated: 'bool', partitions: 'int',
  partitionsDoing: 'int', partitionsDone: 'int', partitionsFailed: 'int',
};

export const mmsPartition = {
  id: 'int', sourceId: 'int', sourceName: 'string', dbId: 'int', dbName: 'string', tableId: 'int',
  tableName: 'string', value: 'string', dstProjectName: 'string', dstSchemaName: 'string',
  dstTableName: 'string', dstValue: 'string', status: objectStatus, updated: 'bool', lastDdlTime: 'mmsTime',
  numRows: 'int', size: 'int',
};

export const mmsJob = {
  id: 'int', name: 'string', sourceId: 'int', sourceName: 'string', dbId: 'int', srcDbName: 'string',
  srcSchemaName: 'string', dstDbName: 'string', dstSchemaName: 'string', status: jobStatus,
  type: { enum: ['Database', 'Tables', 'Partitions'] }, stopped: 'bool', taskNum: 'int', taskDone: 'int',
  '?eta': 'string', createTime: 'mmsTime',
  config: {
    taskType: 'string', tables: ['string'], partitions: ['int'], tableBlackList: ['string'],
    tableWhiteList: ['string'], partitionFilters: { '.map': 'string' }, tableMapping: { '.map': 'string' },
    columnMapping: { '.map': 'string' }, schemaOnly: 'bool', increment: 'bool', enableVerification: 'bool',
    tunnelQuota: 'string', others: { '.map': 'any' },
  },
};

export const mmsTask = {
  id: 'int', jobId: 'int', jobName: 'string', sourceId: 'int', sourceName: 'string', dbId: 'int',
  tableId: 'int', srcDbName: 'string', srcSchemaName: 'string', srcTableName: 'string', dstDbName: 'string',
  dstSchemaName: 'string', dstTableName: 'string', type: 'string', status: taskStatus, running: 'bool',
  stopped: 'bool', retriedTimes: 'int', createTime: 'mmsTime', '?startTime': 'mmsTime', '?endTime': 'mmsTime',
};

export const mmsTaskLog = {
  id: 'int', sourceId: 'int', taskId: 'int', status: taskStatus, action: 'string', msg: 'string',
  createTime: 'mmsTime',
};

export const mmsAsyncTask = {
  id: 'int', sourceId: 'int', type: 'string', '?objectId': 'int', status: { enum: ['DOING', 'DONE', 'FAILED'] },
  running: 'bool', progress: 'int', '?result': 'string', '?errorMsg': 'string', startTime: 'mmsTime',
  '?endTime': 'mmsTime', createTime: 'mmsTime',
};

/** Stop/Start/Retry/DeleteMmsJob, RetryMmsTask: `data` is the job's (or task's) id. */
export const mmsAck = mmsEnvelope('int');

/** MaxCompute business errors: the form is unconfirmed; the SDK core reads code/message. */
export const mmsError = {
  requestId: 'string', code: 'string', message: 'string', '?httpCode': 'int', '?errorCode': 'string',
  '?errorMsg': 'string',
};

// ---- DTS (PascalCase) --------------------------------------------------------------------------

const dtsStage = {
  Status: 'string', Percent: 'intString', Progress: 'string', ErrorMessage: 'string',
  '?NeedUpgrade': 'bool', '?CanSwitch': 'bool',
};
const dtsEndpoint = {
  InstanceID: 'string', InstanceType: 'string', EngineName: 'string', Region: 'string', Ip: 'string',
  Port: 'string', DatabaseName: 'string', UserName: 'string', OracleSID: 'string', '?SslSolutionEnum': 'string',
};
const dtsRetryState = {
  Retrying: 'bool', RetryCount: 'int', RetryTime: 'int', MaxRetryTime: 'int', RetryTarget: 'string',
  ErrMessage: 'string', '?JobId': 'string', '?Module': 'string',
};
const dtsJobStatus = {
  enum: ['NotStarted', 'Prechecking', 'PrecheckFailed', 'PreCheckPass', 'NotConfigured', 'Migrating',
    'Suspending', 'MigrationFailed', 'Finished', 'Retrying', 'Upgrade', 'Locked', 'Downgrade', 'Initializing',
    'InitializeFailed', 'Synchronizing', 'synchronizing', 'Failed', 'Modifying', 'ModifyFailed', 'Starting',
    'Normal', 'Abnormal'],
};

const dtsListJobBase = {
  DtsJobId: 'string', DtsInstanceID: 'string', DtsJobName: 'string',
  JobType: { enum: ['online', 'sync', 'subscribe'] }, Status: dtsJobStatus, ErrorMessage: 'string',
  ErrorDetails: [{ ErrorCode: 'string', HelpUrl: 'string' }], CreateTime: 'isoTime', ExpireTime: 'isoTime?',
  '?FinishTime': 'isoTime?', PayType: { enum: ['PrePaid', 'PostPaid'] }, DtsJobClass: 'string',
  DtsJobDirection: { enum: ['Forward', 'Reverse'] }, Delay: 'number', Checkpoint: 'intString',
  '?DbObject': { oneOf: [{ enum: [''] }, 'jsonString'] }, Reserved: 'jsonString',
  MigrationMode: {
    StructureInitialization: 'bool', DataInitialization: 'bool', DataSynchronization: 'bool',
    FullDataCheck: 'bool', IncDataCheck: 'bool', StructureDataCheck: 'bool', '?TimeWindowCheck': 'bool',
  },
  Performance: { Flow: 'string', Rps: 'string' },
  PrecheckStatus: {
    Status: { enum: ['NotStarted', 'Suspending', 'Checking', 'Failed', 'Finished'] }, Percent: 'intString',
    ErrorMessage: 'string',
    Detail: [{
      CheckItem: 'string', CheckItemDescription: 'string', CheckResult: 'string', '?FailedReason': 'string',
      '?RepairMethod': 'string',
    }],
  },
  StructureInitializationStatus: dtsStage, DataInitializationStatus: dtsStage, DataSynchronizationStatus: dtsStage,
  '?FullDataCheckStatus': dtsStage, '?IncDataCheckStatus': dtsStage, '?StructureDataCheckStatus': dtsStage,
  RetryState: dtsRetryState, SourceEndpoint: dtsEndpoint, DestinationEndpoint: dtsEndpoint,
  TagList: [{ TagKey: 'string', TagValue: 'string' }], '?ResourceGroupId': 'string',
};
export const dtsListJob = { ...dtsListJobBase, '?ReverseJob': dtsListJobBase };

const dtsEnvelope = {
  RequestId: 'string', Success: 'bool', HttpStatusCode: 'int', '?ErrCode': 'string', '?ErrMessage': 'string',
  '?DynamicCode': 'string', '?DynamicMessage': 'string',
};

export const dtsDescribeJobs = {
  ...dtsEnvelope, PageNumber: 'int', PageRecordCount: 'int', TotalRecordCount: 'int', DtsJobList: [dtsListJob],
  '?EtlDemoList': 'any',
};

export const dtsJobDetail = {
  ...dtsEnvelope, Status: dtsJobStatus, DtsJobId: 'string', DtsInstanceID: 'string', DtsJobName: 'string',
  JobType: { enum: ['online', 'sync', 'subscribe'] }, '?TaskType': 'string', CreateTime: 'isoTime',
  FinishTime: 'isoTime?', ExpireTime: 'isoTime?', PayType: { enum: ['PrePaid', 'PostPaid'] },
  DtsJobClass: 'string', DtsJobDirection: { enum: ['Forward', 'Reverse'] },
  SynchronizationDirection: { enum: ['Forward', 'Reverse'] }, Delay: 'number', Checkpoint: 'int',
  DbObject: 'jsonString', Reserved: 'jsonString',
  MigrationMode: {
    DataExtractTransformLoad: 'bool', DataInitialization: 'bool', DataSynchronization: 'bool',
    StructureInitialization: 'bool',
  },
  DataSynchronizationStatus: dtsStage, RetryState: dtsRetryState, SourceEndpoint: dtsEndpoint,
  DestinationEndpoint: dtsEndpoint, SubSyncJob: [{ ...dtsListJob, Delay: 'number' }], SubDistributedJob: ['any'],
  '?ResourceGroupId': 'string',
};

const dtsProgressItem = {
  Item: 'string', Names: 'string', JobId: 'string', Id: 'string', OrderNum: 'int',
  State: { enum: ['NotStarted', 'Checking', 'Migrating', 'Failed', 'Warning', 'Success'] },
  ErrMsg: 'string', ErrDetail: 'string', RepairMethod: 'string', CanSkip: 'bool', Skip: 'bool',
  IgnoreFlag: 'string', '?BootTime': 'string', '?FinishTime': 'string', Current: 'intString', Total: 'int',
  DelaySeconds: 'int', '?DdlSql': 'string', '?SourceSchema': 'string', '?DestSchema': 'string',
  '?TargetNames': 'string', Sub: 'string',
  Logs: [{ ErrData: 'string', ErrMsg: 'string', ErrType: 'string', LogLevel: 'string' }],
};
export const dtsPrecheckStatus = {
  ...dtsEnvelope, Code: { enum: ['01', '02', '03', '04'] }, JobId: 'string', JobName: 'string',
  State: { enum: ['NotStarted', 'Suspending', 'Checking', 'Migrating', 'Failed', 'Catched', 'Finished'] },
  ErrorItem: 'int', '?ErrorAnalysisItem': 'int', Total: 'int', TotalRecordCount: 'int', PageNumber: 'int',
  PageRecordCount: 'int', JobProgress: [dtsProgressItem], '?AnalysisJobProgress': ['any'],
  '?FullNetCheckJobStatus': ['any'], '?SubDistributedJobStatus': ['any'], '?NetworkDiagnosisResult': 'any',
};

const connectionStatus = {
  connectDetail: [{ testName: 'string', testSuccess: 'bool' }], connectRes: 'bool', connectAdvice: 'string',
};
export const dtsConnectionStatus = {
  RequestId: 'string', Success: 'boolString', ErrCode: 'string', ErrMessage: 'string',
  SourceConnectionStatus: connectionStatus, DestinationConnectionStatus: connectionStatus,
};

export const dtsConfigured = {
  RequestId: 'string', Success: 'boolString', HttpStatusCode: 'intString', ErrCode: 'string',
  ErrMessage: 'string', DtsJobId: 'string', DtsInstanceId: 'string',
};
export const dtsInstanceCreated = {
  RequestId: 'string', Success: 'boolString', ErrCode: 'string', ErrMessage: 'string', InstanceId: 'string',
  JobId: 'string',
};
/** CreateReverseDtsJob (not in the reference's table; the SDK model has these members). */
export const dtsReverseCreated = dtsConfigured;
/** StartDtsJob, StopDtsJob, SuspendDtsJob. */
export const dtsAck = dtsEnvelope;
export const dtsError = {
  RequestId: 'string', Success: 'bool', ErrCode: 'string', ErrMessage: 'string', DynamicCode: 'string',
  DynamicMessage: 'string', HttpStatusCode: 'int', '?Code': 'string', '?Message': 'string',
};

// ---- SMC (PascalCase, XML-style list wrappers) -----------------------------------------------

const diskPart = { Device: 'string', '?Path': 'string', SizeBytes: 'int', '?CanBlock': 'bool', '?Need': 'bool', '?Block': 'bool' };
const dataDisk = { Index: 'int', Size: 'int', '?Path': 'string', Parts: { Part: [diskPart] } };
const tags = { Tag: [{ Key: 'string', Value: 'string' }] };

export const smcSourceServer = {
  SourceId: 'string', Name: 'string', Description: 'string',
  State: { enum: ['Unavailable', 'Available', 'InUse', 'Deleting'] }, StatusInfo: { oneOf: [{ enum: [''] }, 'jsonString'] },
  ErrorCode: 'string', AgentVersion: 'string', Platform: 'string', Architecture: 'string', KernelLevel: 'int',
  HeartbeatRate: 'int', ReplicationDriver: 'string', SystemInfo: 'jsonString', SystemDiskSize: 'int',
  SystemDiskParts: { SystemDiskPart: [diskPart] }, DataDisks: { DataDisk: [dataDisk] }, '?Disks': 'any',
  JobId: 'string', CreationTime: 'isoTime', WorkgroupId: 'string', ResourceGroupId: 'string', Tags: tags,
};
export const smcDescribeSourceServers = {
  RequestId: 'string', PageNumber: 'int', PageSize: 'int', TotalCount: 'int',
  SourceServers: { SourceServer: [smcSourceServer] },
};

export const smcReplicationJob = {
  JobId: 'string', Name: 'string', Description: 'string', SourceId: 'string', RegionId: 'string',
  Status: { enum: ['Ready', 'Running', 'Stopped', 'InError', 'Finished', 'Waiting', 'Expired', 'Deleting'] },
  BusinessStatus: { enum: ['', 'Preparing', 'Syncing', 'Processing', 'Cleaning'] }, StatusInfo: 'string',
  ErrorCode: 'string', Progress: 'number', CreationTime: 'isoTime', StartTime: 'isoTime?', EndTime: 'isoTime?',
  ScheduledStartTime: 'isoTime?', ValidTime: 'isoTime?', TargetType: { enum: ['Image', 'ContainerImage', 'TargetInstance'] },
  ImageId: 'string', ImageName: 'string', InstanceId: 'string', TransitionInstanceId: 'string',
  InstanceType: 'string', SystemDiskSize: 'int', SystemDiskParts: { SystemDiskPart: [diskPart] },
  DataDisks: { DataDisk: [dataDisk] }, '?Disks': 'any', NetMode: 'int', VpcId: 'string', VSwitchId: 'string',
  RunOnce: 'bool', Frequency: 'int', MaxNumberOfImageToKeep: 'int',
  ReplicationParameters: { oneOf: [{ enum: [''] }, 'jsonString'] }, JobType: 'int', LicenseType: 'string',
  LaunchTemplateId: 'string', LaunchTemplateVersion: 'string', InstanceRamRole: 'string',
  ContainerNamespace: 'string', ContainerRepository: 'string', ContainerTag: 'string',
  ResourceGroupId: 'string', WorkgroupId: 'string', Tags: tags,
  ReplicationJobRuns: {
    ReplicationJobRun: [{ StartTime: 'isoTime', EndTime: 'isoTime?', ImageId: 'string', Type: { enum: ['Manual', 'Schedule'] } }],
  },
};
export const smcDescribeReplicationJobs = {
  RequestId: 'string', PageNumber: 'int', PageSize: 'int', TotalCount: 'int',
  ReplicationJobs: { ReplicationJob: [smcReplicationJob] },
};
export const smcCreated = { RequestId: 'string', JobId: 'string' };
/** Start/Stop/Delete/ModifyReplicationJobAttribute, CutOverReplicationJob. */
export const smcAck = { RequestId: 'string' };

// ---- Gateway errors and STS ------------------------------------------------------------------

export const gatewayError = {
  RequestId: 'string', HostId: 'string', Code: 'string', Message: 'string', Recommend: 'string',
};

/** STS GetCallerIdentity (the official SDK model; not in the reference). */
export const stsCallerIdentity = {
  RequestId: 'string', AccountId: 'intString', UserId: 'string', Arn: 'string',
  IdentityType: { enum: ['Account', 'RAMUser', 'AssumedRoleUser'] }, PrincipalId: 'string', '?RoleId': 'string',
};
