// SPDX-License-Identifier: GPL-3.0-or-later
// DTS request builders. Mind the casing: ConfigureDtsJob takes `SourceEndpointInstanceID` and
// `DestinationEndpointDataBaseName` (capital B) but `SourceEndpointDatabaseName`;
// DescribeConnectionStatus takes `DestinationEndpointDatabaseName`; DescribeDtsJobDetail takes
// `DtsInstanceID` where the other calls take `DtsInstanceId`.
#include "cloudapi/dtswire.h"

#include "cloudapi/wirecommon.h"

#include <QMetaType>

namespace ferry::cloudapi::wire {

namespace {

using ojson = nlohmann::ordered_json;

ApiRequest dtsRequest(const char *action, const QString &regionId)
{
    return rpcRequest(Product::Dts, action, kDtsVersion, regionId);
}

ojson variantToJson(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return v.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float:
        return v.toDouble();
    case QMetaType::QVariantList: {
        ojson arr = ojson::array();
        for (const QVariant &item : v.toList())
            arr.push_back(variantToJson(item));
        return arr;
    }
    case QMetaType::QVariantMap: {
        ojson obj = ojson::object();
        const QVariantMap map = v.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            obj[it.key().toStdString()] = variantToJson(it.value());
        return obj;
    }
    default:
        if (!v.isValid())
            return nullptr;
        return v.toString().toStdString();
    }
}

QString compact(const ojson &v)
{
    return QString::fromStdString(v.dump(-1, ' ', false, ojson::error_handler_t::replace));
}

// The flat endpoint parameters of ConfigureDtsJob; `databaseKey` differs between the two sides.
void addConfigureEndpoint(ParamList &q, const QString &side, const DtsEndpointParams &e,
                          const QString &databaseKey)
{
    add(q, side + QStringLiteral("InstanceType"), e.instanceType);
    add(q, side + QStringLiteral("InstanceID"), e.instanceId);
    add(q, side + QStringLiteral("EngineName"), e.engineName);
    add(q, side + QStringLiteral("Region"), e.region);
    add(q, side + QStringLiteral("IP"), e.ip);
    add(q, side + QStringLiteral("Port"), e.port);
    add(q, side + databaseKey, e.databaseName);
    add(q, side + QStringLiteral("UserName"), e.userName);
    add(q, side + QStringLiteral("Password"), e.password);
    add(q, side + QStringLiteral("OracleSID"), e.oracleSid);
    add(q, side + QStringLiteral("OwnerID"), e.ownerId);
    add(q, side + QStringLiteral("Role"), e.role);
}

void addConnectionEndpoint(ParamList &q, const QString &side, const DtsEndpointParams &e)
{
    add(q, side + QStringLiteral("InstanceType"), e.instanceType);
    add(q, side + QStringLiteral("InstanceID"), e.instanceId);
    add(q, side + QStringLiteral("EngineName"), e.engineName);
    add(q, side + QStringLiteral("Region"), e.region);
    add(q, side + QStringLiteral("IP"), e.ip);
    add(q, side + QStringLiteral("Port"), e.port);
    add(q, side + QStringLiteral("DatabaseName"), e.databaseName);
    add(q, side + QStringLiteral("UserName"), e.userName);
    add(q, side + QStringLiteral("Password"), e.password);
    add(q, side + QStringLiteral("OracleSID"), e.oracleSid);
    add(q, side + QStringLiteral("Architecture"), e.architecture);
}

QString jobCodeText(DtsJobCode code)
{
    switch (code) {
    case DtsJobCode::Precheck:
        return QStringLiteral("01");
    case DtsJobCode::Schema:
        return QStringLiteral("02");
    case DtsJobCode::FullData:
        return QStringLiteral("03");
    case DtsJobCode::Incremental:
        return QStringLiteral("04");
    }
    return QStringLiteral("01");
}

} // namespace

QString dtsDbListJson(const QList<DtsDbSelection> &dbs)
{
    ojson list = ojson::object();
    for (const DtsDbSelection &db : dbs) {
        ojson entry = ojson::object();
        entry["name"] = (db.destName.isEmpty() ? db.sourceName : db.destName).toStdString();
        entry["all"] = db.allTables;
        if (!db.allTables) {
            ojson tables = ojson::object();
            for (const DtsTableSelection &t : db.tables) {
                ojson table = ojson::object();
                table["name"] = (t.destName.isEmpty() ? t.sourceName : t.destName).toStdString();
                table["all"] = true;
                tables[t.sourceName.toStdString()] = table;
            }
            entry["Table"] = tables;
        }
        list[db.sourceName.toStdString()] = entry;
    }
    return compact(list);
}

ApiRequest buildConfigureDtsJob(const ConfigureDtsJobParams &p)
{
    ApiRequest r = dtsRequest("ConfigureDtsJob", p.regionId);
    r.retry = RetryMode::Never;
    ParamList &q = r.query;
    add(q, QStringLiteral("RegionId"), p.regionId);
    add(q, QStringLiteral("DtsJobId"), p.dtsJobId);
    add(q, QStringLiteral("DtsInstanceId"), p.dtsInstanceId);
    addAlways(q, QStringLiteral("DtsJobName"), p.dtsJobName);
    addAlways(q, QStringLiteral("JobType"), model::toWire(p.jobType));
    addAlways(q, QStringLiteral("StructureInitialization"), boolText(p.structureInitialization));
    addAlways(q, QStringLiteral("DataInitialization"), boolText(p.dataInitialization));
    addAlways(q, QStringLiteral("DataSynchronization"), boolText(p.dataSynchronization));
    addConfigureEndpoint(q, QStringLiteral("SourceEndpoint"), p.source,
                         QStringLiteral("DatabaseName"));
    addConfigureEndpoint(q, QStringLiteral("DestinationEndpoint"), p.destination,
                         QStringLiteral("DataBaseName"));
    add(q, QStringLiteral("Checkpoint"), p.checkpoint);
    add(q, QStringLiteral("SynchronizationDirection"), p.synchronizationDirection);
    add(q, QStringLiteral("DataCheckConfigure"), p.dataCheckConfigure);
    add(q, QStringLiteral("DedicatedClusterId"), p.dedicatedClusterId);
    // DbList (up to 1 MB) and Reserve travel in the form body.
    r.bodyKind = BodyKind::Form;
    addAlways(r.form, QStringLiteral("DbList"), dtsDbListJson(p.dbList));
    if (!p.reserve.isEmpty())
        addAlways(r.form, QStringLiteral("Reserve"), compact(variantToJson(p.reserve)));
    return r;
}

ApiRequest buildCreateDtsInstance(const CreateDtsInstanceParams &p)
{
    ApiRequest r = dtsRequest("CreateDtsInstance", p.regionId);
    r.retry = RetryMode::Never;
    ParamList &q = r.query;
    add(q, QStringLiteral("RegionId"), p.regionId);
    addAlways(q, QStringLiteral("PayType"), p.payType);
    add(q, QStringLiteral("JobId"), p.jobId);
    if (p.type)
        add(q, QStringLiteral("Type"), model::toWire(*p.type));
    add(q, QStringLiteral("SourceRegion"), p.sourceRegion);
    add(q, QStringLiteral("DestinationRegion"), p.destinationRegion);
    add(q, QStringLiteral("SourceEndpointEngineName"), p.sourceEndpointEngineName);
    add(q, QStringLiteral("DestinationEndpointEngineName"), p.destinationEndpointEngineName);
    add(q, QStringLiteral("InstanceClass"), p.instanceClass);
    add(q, QStringLiteral("SyncArchitecture"), p.syncArchitecture);
    add(q, QStringLiteral("AutoStart"), p.autoStart);
    add(q, QStringLiteral("AutoPay"), p.autoPay);
    add(q, QStringLiteral("Period"), p.period);
    add(q, QStringLiteral("UsedTime"), p.usedTime);
    add(q, QStringLiteral("Quantity"), p.quantity);
    add(q, QStringLiteral("DatabaseCount"), p.databaseCount);
    add(q, QStringLiteral("Du"), p.du);
    add(q, QStringLiteral("MinDu"), p.minDu);
    add(q, QStringLiteral("MaxDu"), p.maxDu);
    add(q, QStringLiteral("ResourceGroupId"), p.resourceGroupId);
    return r;
}

ApiRequest buildDtsJobAction(DtsJobAction action, const DtsJobRef &job)
{
    const char *name = action == DtsJobAction::Start  ? "StartDtsJob"
                       : action == DtsJobAction::Stop ? "StopDtsJob"
                                                      : "SuspendDtsJob";
    ApiRequest r = dtsRequest(name, job.regionId);
    r.retry = RetryMode::Never;
    add(r.query, QStringLiteral("RegionId"), job.regionId);
    add(r.query, QStringLiteral("DtsJobId"), job.dtsJobId);
    add(r.query, QStringLiteral("DtsInstanceId"), job.dtsInstanceId);
    add(r.query, QStringLiteral("SynchronizationDirection"), job.synchronizationDirection);
    return r;
}

ApiRequest buildDescribeDtsJobs(const DtsJobQuery &q)
{
    ApiRequest r = dtsRequest("DescribeDtsJobs", q.regionId);
    // `Region` is the documented filter; `RegionId` is deprecated for this call.
    add(r.query, QStringLiteral("Region"), q.regionId);
    addAlways(r.query, QStringLiteral("JobType"), model::toWire(q.jobType));
    add(r.query, QStringLiteral("PageNumber"), q.pageNumber);
    add(r.query, QStringLiteral("PageSize"), q.pageSize);
    add(r.query, QStringLiteral("Type"), q.searchType);
    add(r.query, QStringLiteral("Params"), q.searchValue);
    add(r.query, QStringLiteral("Status"), q.status);
    add(r.query, QStringLiteral("DtsJobId"), q.dtsJobIds.join(QLatin1Char(',')));
    add(r.query, QStringLiteral("DtsInstanceId"), q.dtsInstanceIds.join(QLatin1Char(',')));
    add(r.query, QStringLiteral("OrderColumn"), q.orderColumn);
    add(r.query, QStringLiteral("OrderDirection"), q.orderDirection);
    add(r.query, QStringLiteral("WithoutDbList"), q.withoutDbList);
    add(r.query, QStringLiteral("GroupId"), q.groupId);
    return r;
}

ApiRequest buildDescribeDtsJobDetail(const DtsJobDetailQuery &q)
{
    ApiRequest r = dtsRequest("DescribeDtsJobDetail", q.regionId);
    add(r.query, QStringLiteral("RegionId"), q.regionId);
    add(r.query, QStringLiteral("DtsJobId"), q.dtsJobId);
    add(r.query, QStringLiteral("DtsInstanceID"), q.dtsInstanceId);
    add(r.query, QStringLiteral("SynchronizationDirection"), q.synchronizationDirection);
    add(r.query, QStringLiteral("SyncSubJobHistory"), q.syncSubJobHistory);
    return r;
}

ApiRequest buildDescribePreCheckStatus(const DtsPrecheckQuery &q)
{
    ApiRequest r = dtsRequest("DescribePreCheckStatus", q.regionId);
    add(r.query, QStringLiteral("RegionId"), q.regionId);
    addAlways(r.query, QStringLiteral("DtsJobId"), q.dtsJobId);
    addAlways(r.query, QStringLiteral("JobCode"), jobCodeText(q.jobCode));
    add(r.query, QStringLiteral("PageNo"), q.pageNo);
    add(r.query, QStringLiteral("PageSize"), q.pageSize);
    add(r.query, QStringLiteral("Name"), q.name);
    add(r.query, QStringLiteral("StructType"), q.structType);
    add(r.query, QStringLiteral("StructPhase"), q.structPhase);
    return r;
}

ApiRequest buildDescribeConnectionStatus(const DtsConnectionParams &p)
{
    ApiRequest r = dtsRequest("DescribeConnectionStatus", p.regionId);
    add(r.query, QStringLiteral("RegionId"), p.regionId);
    addConnectionEndpoint(r.query, QStringLiteral("SourceEndpoint"), p.source);
    addConnectionEndpoint(r.query, QStringLiteral("DestinationEndpoint"), p.destination);
    return r;
}

ApiRequest buildCreateReverseDtsJob(const CreateReverseDtsJobParams &p)
{
    ApiRequest r = dtsRequest("CreateReverseDtsJob", p.regionId);
    r.retry = RetryMode::Never;
    addAlways(r.query, QStringLiteral("DtsJobId"), p.dtsJobId);
    return r;
}

} // namespace ferry::cloudapi::wire
