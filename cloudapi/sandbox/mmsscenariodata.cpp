// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/mmsscenariodata.h"

#include "cloudapi/sandbox/mmsscenario.h"

// Schemas deliberately include types MaxCompute cannot hold losslessly (Hive UNIONTYPE and
// DECIMAL with scale > 18, BigQuery BIGNUMERIC/GEOGRAPHY/JSON/INTERVAL, Databricks VARIANT and
// TIMESTAMP_NTZ), so schema-compatibility warnings have something to find.

namespace ferry::sandbox::mms {

using namespace emul;

namespace {

constexpr const char *kOrderColumns =
    "order_id BIGINT#order id|user_id BIGINT#buyer id|shop_id BIGINT#seller shop id|"
    "order_status STRING#CREATED, PAID, SHIPPED, CLOSED|order_amount DECIMAL(18,2)#amount in CNY|"
    "pay_amount DECIMAL(18,2)#amount paid|fx_rate DECIMAL(38,24)#rate to USD; scale above "
    "MaxCompute's 18|coupon_ids ARRAY<BIGINT>|created_at TIMESTAMP|paid_at TIMESTAMP|"
    "ext_info MAP<STRING,STRING>#free-form attributes";
constexpr const char *kProfileColumns =
    "user_id BIGINT|nick STRING|gender CHAR(1)|birth_date DATE|city_code VARCHAR(16)|"
    "vip_level TINYINT|tags UNIONTYPE<INT,STRING>#legacy tag field; MaxCompute has no UNIONTYPE|"
    "register_ts TIMESTAMP|profile_json STRING";
constexpr const char *kRawColumns =
    "raw_json STRING#original message|src_file STRING#HDFS file the row came from|"
    "ingest_ts TIMESTAMP";
constexpr const char *kBehaviourColumns =
    "user_id BIGINT|pv BIGINT|sessions BIGINT|cart_adds BIGINT|orders BIGINT|gmv DECIMAL(20,2)|"
    "last_active TIMESTAMP|segments ARRAY<STRING>";
constexpr const char *kDs = "ds STRING#business date";
constexpr const char *kDsHh = "ds STRING#business date|hh STRING#hour";
constexpr const char *kDsRegion = "ds STRING#snapshot date|region STRING#cn, us, eu or sg";
constexpr const char *kMonth = "month STRING#yyyyMM";

constexpr DbDef kHiveProdDbs[] = {
    {"dw", "Detail and summary layer of the production warehouse", "etl_admin"},
    {"ods", "Raw operational data landed from Kafka and Sqoop", "ingest"},
    {"ads", "Application-facing reports", "bi_team"},
    {"dim", "Conformed dimensions", "etl_admin"},
    {"tmp_etl", "Scratch tables of nightly jobs", "etl_admin"},
};

constexpr TableDef kHiveProdTables[] = {
    {"dw", "dwd_trade_order_di", "Order fact, daily increment", "MANAGED_TABLE", kOrderColumns, kDs,
     PartStyle::Daily, 30, 3.6e8, 180, true},
    {"dw", "dwd_log_clickstream_hi", "Clickstream detail, hourly", "MANAGED_TABLE",
     "event_id STRING|user_id BIGINT|session_id STRING|page_url STRING|referrer STRING|"
     "device STRUCT<os:STRING,model:STRING,app_ver:STRING>|event_ts BIGINT#epoch millis|"
     "props MAP<STRING,STRING>",
     kDsHh, PartStyle::Hourly, 72, 7.2e8, 240, false},
    {"dw", "dws_user_behavior_1d", "Per-user daily behaviour summary", "MANAGED_TABLE",
     kBehaviourColumns, kDs, PartStyle::Daily, 30, 1.2e8, 96, false},
    {"dw", "dwd_payment_refund_di", "Refunds, daily increment", "MANAGED_TABLE",
     "refund_id BIGINT|order_id BIGINT|refund_reason VARCHAR(512)|refund_amount DECIMAL(18,2)|"
     "approved BOOLEAN|refunded_at TIMESTAMP",
     kDs, PartStyle::Daily, 30, 4.5e6, 150, false},
    {"dw", "dws_shop_sales_1d", "Per-shop daily sales", "MANAGED_TABLE",
     "shop_id BIGINT|orders BIGINT|gmv DECIMAL(20,2)|refund_rate DOUBLE|top_skus ARRAY<BIGINT>",
     kDs, PartStyle::Daily, 30, 9.0e6, 110, false},
    {"dim", "dim_user_profile", "User profile dimension", "MANAGED_TABLE", kProfileColumns, "",
     PartStyle::None, 0, 8.5e7, 220, false},
    {"dim", "dim_geo_region", "Administrative regions with boundaries", "MANAGED_TABLE",
     "region_code STRING|region_name STRING|parent_code STRING|boundary BINARY#WKB polygon|"
     "centroid STRUCT<lat:DOUBLE,lng:DOUBLE>",
     "", PartStyle::None, 0, 3.6e4, 4000, false},
    {"dim", "dim_product_sku", "SKU dimension", "MANAGED_TABLE",
     "sku_id BIGINT|spu_id BIGINT|title STRING|category_path ARRAY<STRING>|price DECIMAL(10,2)|"
     "attrs MAP<STRING,STRING>|is_active BOOLEAN|updated_at TIMESTAMP",
     "", PartStyle::None, 0, 2.4e7, 320, false},
    {"dim", "dim_date", "Calendar", "MANAGED_TABLE",
     "date_key INT|calendar_date DATE|week_of_year SMALLINT|is_holiday BOOLEAN", "",
     PartStyle::None, 0, 7300, 64, false},
    {"ods", "ods_orders_raw", "Orders as landed from Kafka", "EXTERNAL_TABLE", kRawColumns, kDs,
     PartStyle::Daily, 14, 3.3e8, 650, false},
    {"ods", "ods_payments_raw", "Payment gateway callbacks", "EXTERNAL_TABLE", kRawColumns, kDs,
     PartStyle::Daily, 14, 1.1e8, 420, false},
    {"ods", "ods_app_events", "Mobile app events", "MANAGED_TABLE",
     "event_name STRING|user_id BIGINT|attrs MAP<STRING,STRING>|client_ts BIGINT|server_ts BIGINT",
     kDsHh, PartStyle::Hourly, 48, 9.6e8, 300, false},
    {"ods", "ods_crm_contacts", "CRM contacts snapshot", "MANAGED_TABLE",
     "contact_id BIGINT|name VARCHAR(128)|email VARCHAR(255)|phone CHAR(20)|company STRING|"
     "created_at TIMESTAMP|score FLOAT|notes STRING",
     "", PartStyle::None, 0, 4.2e6, 380, false},
    {"ods", "ods_inventory_snapshot", "Warehouse stock per region", "MANAGED_TABLE",
     "sku_id BIGINT|warehouse_id INT|on_hand INT|reserved INT|updated_at TIMESTAMP", kDsRegion,
     PartStyle::DailyRegion, 28, 6.0e7, 120, false},
    {"ads", "ads_gmv_report_1d", "GMV report", "MANAGED_TABLE",
     "dim_key STRING|dim_value STRING|gmv DECIMAL(22,2)|orders BIGINT|buyers BIGINT", kDs,
     PartStyle::Daily, 90, 3.6e5, 200, false},
    {"ads", "ads_top_sellers_v", "Top sellers of the last 7 days", "VIRTUAL_VIEW",
     "shop_id BIGINT|gmv DECIMAL(22,2)|rank INT", "", PartStyle::None, 0, 0, 0, false},
    {"ads", "ads_user_retention_1m", "Monthly retention cohorts", "MANAGED_TABLE",
     "cohort STRING|month_offset INT|retained BIGINT|rate DOUBLE", kMonth, PartStyle::Monthly, 12,
     1.2e6, 90, false},
    {"tmp_etl", "tmp_order_dedup_20240611", "Scratch: order de-duplication", "MANAGED_TABLE",
     "order_id BIGINT|dup_count INT", "", PartStyle::None, 0, 2.5e6, 24, false},
    {"tmp_etl", "tmp_uv_calc", "Scratch: UV calculation", "MANAGED_TABLE",
     "user_id BIGINT|uv_day STRING", "", PartStyle::None, 0, 1.0e5, 32, false},
};

constexpr DbDef kHiveStagingDbs[] = {
    {"dw", "Staging copy of the warehouse", "etl_admin"},
    {"ods", "Staging raw data", "ingest"},
};

constexpr TableDef kHiveStagingTables[] = {
    {"dw", "dwd_trade_order_di", "Order fact (staging)", "MANAGED_TABLE", kOrderColumns, kDs,
     PartStyle::Daily, 7, 6.0e6, 180, false},
    {"dw", "dim_user_profile", "User profile (staging)", "MANAGED_TABLE", kProfileColumns, "",
     PartStyle::None, 0, 1.0e6, 220, false},
    {"ods", "ods_orders_raw", "Orders as landed (staging)", "EXTERNAL_TABLE", kRawColumns, kDs,
     PartStyle::Daily, 7, 8.0e6, 650, false},
};

constexpr DbDef kHiveBackupDbs[] = {
    {"dw_archive", "Frozen copy of the warehouse's history", "archive"},
};

constexpr TableDef kHiveBackupTables[] = {
    {"dw_archive", "dwd_trade_order_hist", "Orders of the last twelve months", "MANAGED_TABLE",
     kOrderColumns, kMonth, PartStyle::Monthly, 12, 2.1e8, 180, false},
    {"dw_archive", "dim_user_profile_snapshot", "Profiles at the last year-end", "MANAGED_TABLE",
     kProfileColumns, "", PartStyle::None, 0, 7.9e7, 220, false},
    {"dw_archive", "dws_user_behavior_hist", "Monthly behaviour summary", "MANAGED_TABLE",
     kBehaviourColumns, kMonth, PartStyle::Monthly, 12, 4.0e7, 96, false},
};

constexpr DbDef kHiveEuDbs[] = {
    {"eu_dw", "EU warehouse (GDPR scope)", "eu_etl"},
};

constexpr TableDef kHiveEuTables[] = {
    {"eu_dw", "dwd_orders_eu", "EU orders", "MANAGED_TABLE", kOrderColumns, kDs, PartStyle::Daily,
     30, 4.0e7, 180, false},
    {"eu_dw", "dim_customers_eu", "EU customers (pseudonymised)", "MANAGED_TABLE",
     "customer_key STRING|country CHAR(2)|consent_flags MAP<STRING,BOOLEAN>|created_at TIMESTAMP",
     "", PartStyle::None, 0, 3.2e6, 140, false},
};

constexpr DbDef kBigQueryDbs[] = {
    {"analytics_prod", "GA4 export and derived tables", "analytics@example-bq.iam"},
    {"marketing", "Campaign and attribution data", "marketing@example-bq.iam"},
};

constexpr TableDef kBigQueryTables[] = {
    {"analytics_prod", "events", "GA4 event export", "TABLE",
     "event_timestamp INT64|event_name STRING|user_pseudo_id STRING|"
     "event_params ARRAY<STRUCT<key STRING, value STRUCT<string_value STRING, int_value INT64, "
     "double_value FLOAT64>>>|geo STRUCT<country STRING, city STRING>|"
     "revenue_usd BIGNUMERIC#BIGNUMERIC(76,38) exceeds DECIMAL(38,18)|"
     "location GEOGRAPHY#MaxCompute has no GEOGRAPHY type|payload JSON|"
     "session_length INTERVAL#no INTERVAL column type in MaxCompute",
     "event_date DATE#partitioning column", PartStyle::Daily, 30, 5.4e8, 420, false},
    {"analytics_prod", "users", "User table", "TABLE",
     "user_pseudo_id STRING|first_seen TIMESTAMP|ltv NUMERIC|attributes JSON|"
     "last_location GEOGRAPHY",
     "", PartStyle::None, 0, 1.9e7, 260, false},
    {"analytics_prod", "sessions_daily", "Daily sessions", "TABLE",
     "session_id STRING|user_pseudo_id STRING|started_at DATETIME|duration INTERVAL|pages INT64",
     "event_date DATE", PartStyle::Daily, 30, 6.0e7, 120, false},
    {"marketing", "campaign_spend", "Spend per campaign and day", "TABLE",
     "campaign_id STRING|channel STRING|spend NUMERIC|currency STRING|creative BYTES|"
     "loaded_at DATETIME",
     "spend_date DATE", PartStyle::Daily, 60, 2.4e6, 160, false},
    {"marketing", "attribution_paths", "Multi-touch attribution paths", "TABLE",
     "conversion_id STRING|touchpoints ARRAY<STRING>|time_to_convert INTERVAL|value BIGNUMERIC", "",
     PartStyle::None, 0, 8.0e6, 240, false},
};

constexpr DbDef kMaxComputeDbs[] = {
    {"legacy_dw", "MaxCompute project in cn-beijing to be consolidated", "ALIYUN$dw_admin"},
};

constexpr TableDef kMaxComputeTables[] = {
    {"legacy_dw", "ods_user_log", "User access log", "MANAGED_TABLE",
     "user_id STRING|ip STRING|url STRING|ua STRING|log_time DATETIME", "pt STRING",
     PartStyle::Daily, 30, 2.8e8, 210, false},
    {"legacy_dw", "dim_shop", "Shop dimension", "MANAGED_TABLE",
     "shop_id BIGINT|shop_name VARCHAR(64)|rating DECIMAL(20,4)|opened DATETIME", "",
     PartStyle::None, 0, 1.4e6, 120, false},
    {"legacy_dw", "dwd_order_detail", "Order lines", "MANAGED_TABLE",
     "order_id BIGINT|sku_id BIGINT|qty BIGINT|price DECIMAL(18,2)|gmt_create DATETIME",
     "pt STRING", PartStyle::Daily, 30, 9.0e8, 90, false},
};

constexpr DbDef kDatabricksDbs[] = {
    {"sales", "Unity Catalog schema main.sales", "data-eng@example.com"},
    {"marketing", "Unity Catalog schema main.marketing", "growth@example.com"},
};

constexpr TableDef kDatabricksTables[] = {
    {"sales", "orders_delta", "Delta table of orders", "MANAGED",
     "order_id BIGINT|customer STRUCT<id:BIGINT,tier:STRING>|amount DECIMAL(38,18)|"
     "event VARIANT#semi-structured; no VARIANT type in MaxCompute|"
     "ts TIMESTAMP_NTZ#no time zone; maps to TIMESTAMP_NTZ or DATETIME|created_at TIMESTAMP",
     "sale_date DATE", PartStyle::DailyDashed, 30, 1.5e8, 260, false},
    {"sales", "customers", "Customers", "MANAGED",
     "customer_id BIGINT|email STRING|prefs MAP<STRING,STRING>|profile VARIANT|updated TIMESTAMP",
     "", PartStyle::None, 0, 6.5e6, 300, false},
    {"marketing", "web_events", "Web events", "EXTERNAL",
     "event_id STRING|payload VARIANT|received TIMESTAMP_NTZ|utm MAP<STRING,STRING>",
     "event_date DATE", PartStyle::DailyDashed, 30, 4.2e8, 350, false},
};

constexpr SourceDef kSources[] = {
    {"hive_prod", "HIVE", "cn-shanghai", "vpc-uf6prod01", "mc_prod_dw", "mc_prod_dw,mc_prod_ads",
     true, false, 120, "HIVE", kHiveProdDbs, kHiveProdTables},
    {"hive-prod", "HIVE", "cn-hangzhou", "vpc-bp1stage02", "mc_staging_dw", "mc_staging_dw", true,
     false, 95, "HIVE", kHiveStagingDbs, kHiveStagingTables},
    {"hive_prod_backup", "HIVE", "cn-shanghai", "vpc-uf6prod01", "mc_prod_archive",
     "mc_prod_archive", true, true, 300, "HIVE", kHiveBackupDbs, kHiveBackupTables},
    {"Hive-Prod-EU", "HIVE", "eu-central-1", "vpc-gw8eu03", "mc_eu_dw", "mc_eu_dw", false, false,
     60, "HIVE", kHiveEuDbs, kHiveEuTables},
    {"bq_analytics", "BIGQUERY", "ap-southeast-1", "", "mc_bq_mirror", "mc_bq_mirror", true, false,
     45, "BIGQUERY", kBigQueryDbs, kBigQueryTables},
    {"mc_legacy_prod", "MAXCOMPUTE", "cn-shanghai", "", "mc_prod_dw_new", "mc_prod_dw_new", true,
     false, 30, "ODPS", kMaxComputeDbs, kMaxComputeTables},
    {"databricks_lakehouse", "DATABRICKS", "ap-southeast-1", "vpc-t4ndbx04", "mc_lakehouse",
     "mc_lakehouse", true, false, 20, "DATABRICKS", kDatabricksDbs, kDatabricksTables},
};

QString mixedCaseId(std::uint64_t h, int length)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString out;
    for (int i = 0; i < length; ++i) {
        h = mix(h + std::uint64_t(i));
        out.append(QLatin1Char(alphabet[h % (sizeof(alphabet) - 1)]));
    }
    return out;
}

ConfigItem item(const char *key, const char *name, const char *en, const char *zh,
                const char *group, const char *type, bool required, Json value,
                const char *placeHolder = "")
{
    ConfigItem c;
    c.key = QString::fromLatin1(key);
    c.name = QString::fromLatin1(name);
    c.descEn = QString::fromUtf8(en);
    c.descZh = QString::fromUtf8(zh);
    c.group = QString::fromLatin1(group);
    c.type = QString::fromLatin1(type);
    c.required = required;
    c.placeHolder = QString::fromLatin1(placeHolder);
    c.value = std::move(value);
    return c;
}

} // namespace

std::vector<ConfigItem> configItemsFor(const DataSource &ds, std::uint64_t h)
{
    std::vector<ConfigItem> out;
    const std::string accessId = js(QStringLiteral("LTAI5t") + mixedCaseId(h, 18));
    const std::string accessKey = js(mixedCaseId(h ^ 0x5151, 30));
    const int octet = int(h % 200) + 20;
    if (ds.type == QLatin1String("HIVE")) {
        const std::string host = "10." + std::to_string(octet) + ".3.12";
        out.push_back(item("hive.metastore.urls", "Hive metastore URL", "hive metastore url",
                           "Hive Metastore 地址", "group.basic", "string", true,
                           "thrift://" + host + ":9083", "thrift://host:9083"));
        out.push_back(item("hive.jdbc.url", "Hive JDBC URL", "hive jdbc url", "Hive JDBC 地址",
                           "group.basic", "string", true,
                           "jdbc:hive2://" + host + ":10000/default"));
        out.push_back(item("hive.jdbc.username", "Hive JDBC user", "hive jdbc user name",
                           "Hive JDBC 用户名", "group.basic", "string", true, "mma_reader"));
        out.push_back(item("hive.jdbc.password", "Hive JDBC password", "hive jdbc password",
                           "Hive JDBC 密码", "group.basic", "password", false,
                           js(QStringLiteral("Hv#") + mixedCaseId(h ^ 0x77, 14))));
        out.push_back(
            item("hive.metastore.sasl.enabled", "Kerberos", "whether the metastore uses Kerberos",
                 "Hive Metastore 是否开启 Kerberos", "group.basic", "boolean", false, false));
        out.push_back(item("hive.task.partition.max.num", "Partitions per task",
                           "maximum partitions handled by one task", "单个任务处理的最多分区数量",
                           "group.advanced", "int", false, 50));
        out.push_back(item("hive.task.partition.max.size", "GiB per task",
                           "maximum data handled by one task (GiB)", "单个任务处理的最大数据量(G)",
                           "group.advanced", "int", false, 5));
        out.push_back(item("hive.job.settings", "Hive job settings",
                           "settings for the MR/Tez/Spark jobs", "Hive 作业配置", "group.advanced",
                           "map", false,
                           Json{{"hive.execution.engine", "mr"},
                                {"mapreduce.map.memory.mb", "8192"},
                                {"mapreduce.task.timeout", "3600000"}}));
    } else if (ds.type == QLatin1String("BIGQUERY")) {
        const std::string project = "acme-analytics-prod-" + std::to_string(100 + h % 800);
        const Json credentials = {
            {"type", "service_account"},
            {"project_id", project},
            {"private_key_id", js(alnumId(h ^ 0x99, 40))},
            {"private_key", "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC" +
                                js(mixedCaseId(h ^ 0x1234, 48)) + "\n-----END PRIVATE KEY-----\n"},
            {"client_email", "mma-reader@" + project + ".iam.gserviceaccount.com"}};
        out.push_back(item("bigquery.project.id", "GCP project", "BigQuery project id",
                           "BigQuery 项目 ID", "group.basic", "string", true, project));
        ConfigItem file =
            item("bigquery.credentials", "Service account key", "service account key file (JSON)",
                 "服务账号密钥文件(JSON)", "group.basic", "file", true, credentials.dump());
        file.subType = QStringLiteral(".json");
        out.push_back(file);
        out.push_back(item("bigquery.location", "Location", "dataset location", "数据集位置",
                           "group.basic", "string", false, "US"));
    } else if (ds.type == QLatin1String("MAXCOMPUTE")) {
        out.push_back(item("src.mc.endpoint", "Source endpoint", "source MaxCompute endpoint",
                           "源 MaxCompute Endpoint", "group.basic", "string", true,
                           "http://service.cn-beijing.maxcompute.aliyun-inc.com/api"));
        out.push_back(item("src.mc.auth.access.id", "Source AccessKey ID",
                           "source account access id", "源账号 AccessKey ID", "group.basic",
                           "string", true,
                           js(QStringLiteral("LTAI5t") + mixedCaseId(h ^ 0xabc, 18))));
        out.push_back(item("src.mc.auth.access.key", "Source AccessKey secret",
                           "source account access key", "源账号 AccessKey Secret", "group.basic",
                           "password", true, js(mixedCaseId(h ^ 0xdef, 30))));
        out.push_back(item("src.mc.projects", "Projects", "projects to migrate", "要迁移的项目",
                           "group.basic", "string", true, "legacy_dw"));
    } else if (ds.type == QLatin1String("DATABRICKS")) {
        out.push_back(item("databricks.host", "Workspace URL", "Databricks workspace URL",
                           "Databricks 工作空间地址", "group.basic", "string", true,
                           "https://dbc-" + js(alnumId(h ^ 0x3, 8)) + ".cloud.databricks.com"));
        out.push_back(item("databricks.token", "Access token", "personal access token",
                           "个人访问令牌", "group.basic", "password", true,
                           "dapi" + js(alnumId(h ^ 0x4, 32))));
        out.push_back(item("databricks.catalog", "Catalog", "Unity Catalog name",
                           "Unity Catalog 名称", "group.basic", "string", true, "main"));
    }
    out.push_back(item("mc.endpoint", "MaxCompute endpoint", "maxcompute endpoint",
                       "MaxCompute Endpoint", "group.mc", "string", true,
                       "http://service." + js(ds.region) + "-vpc.maxcompute.aliyun-inc.com/api"));
    out.push_back(item("mc.auth.access.id", "AccessKey ID", "maxcompute access id",
                       "MaxCompute AccessKey ID", "group.mc", "string", true, accessId));
    out.push_back(item("mc.auth.access.key", "AccessKey secret", "maxcompute access key",
                       "MaxCompute AccessKey Secret", "group.mc", "password", true, accessKey));
    out.push_back(item("mc.default.project", "Default project", "maxcompute default project",
                       "MaxCompute 默认项目", "group.mc", "string", true, js(ds.dstProject),
                       "project"));
    return out;
}

std::span<const SourceDef> sourceDefs()
{
    return kSources;
}

} // namespace ferry::sandbox::mms
