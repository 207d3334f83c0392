<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ferry::cloudapi::ApiError</name>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>No complete answer within %n second.</numerusform>
            <numerusform>No complete answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::cloudapi::PagedFetch</name>
    <message numerus="yes">
        <source>The list did not end after %n pages.</source>
        <translation>
            <numerusform>The list did not end after %n page.</numerusform>
            <numerusform>The list did not end after %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::DtsObjectsPage</name>
    <message numerus="yes">
        <source>%n database(s) ticked: </source>
        <translation>
            <numerusform>%n database ticked: </numerusform>
            <numerusform>%n databases ticked: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whole, </source>
        <translation>
            <numerusform>%n whole, </numerusform>
            <numerusform>%n whole, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listed table(s).</source>
        <translation>
            <numerusform>%n listed table.</numerusform>
            <numerusform>%n listed tables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::DtsPrecheckPage</name>
    <message numerus="yes">
        <source>The precheck passed (%n item(s)). The migration has started.</source>
        <translation>
            <numerusform>The precheck passed (%n item). The migration has started.</numerusform>
            <numerusform>The precheck passed (%n items). The migration has started.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The precheck failed on %n item(s). Repair them as advised, then run the precheck again.</source>
        <translation>
            <numerusform>The precheck failed on %n item. Repair it as advised, then run the precheck again.</numerusform>
            <numerusform>The precheck failed on %n items. Repair them as advised, then run the precheck again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::MmsBrowsePage</name>
    <message numerus="yes">
        <source>%n table(s), %1, %2 rows; status %3</source>
        <translation>
            <numerusform>%n table, %1, %2 rows; status %3</numerusform>
            <numerusform>%n tables, %1, %2 rows; status %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::MmsDataSourcePage</name>
    <message numerus="yes">
        <source>%n data source(s).</source>
        <translation>
            <numerusform>%n data source.</numerusform>
            <numerusform>%n data sources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::MmsGranularityPage</name>
    <message numerus="yes">
        <source>%n table(s): %1</source>
        <translation>
            <numerusform>%n table: %1</numerusform>
            <numerusform>%n tables: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) ticked; a filter selects more.</source>
        <translation>
            <numerusform>%n partition ticked; a filter selects more.</numerusform>
            <numerusform>%n partitions ticked; a filter selects more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::MmsMonitorPage</name>
    <message numerus="yes">
        <source>Job %1 (ID %2): %3. %4 of %n task(s) done.</source>
        <translation>
            <numerusform>Job %1 (ID %2): %3. %4 of %n task done.</numerusform>
            <numerusform>Job %1 (ID %2): %3. %4 of %n tasks done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks copy “%1”; the first, task %2, is selected.</source>
        <translation><numerusform>%n task copies “%1”; it is task %2, now selected.</numerusform><numerusform>%n tasks copy “%1”; the first, task %2, is selected.</numerusform></translation>
    </message>
</context>
<context>
    <name>ferry::gui::MmsVerifyPage</name>
    <message numerus="yes">
        <source>%1 of %n table(s) verified, %2 failed.</source>
        <translation>
            <numerusform>%1 of %n table verified, %2 failed.</numerusform>
            <numerusform>%1 of %n tables verified, %2 failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::OssImportPanel</name>
    <message numerus="yes">
        <source>distributed, %n worker(s)</source>
        <translation>
            <numerusform>distributed, %n worker</numerusform>
            <numerusform>distributed, %n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::PhaseEdits</name>
    <message numerus="yes">
        <source>%n phase(s) no longer depend on it: %1.</source>
        <translation>
            <numerusform>%n phase no longer depends on it: %1.</numerusform>
            <numerusform>%n phases no longer depend on it: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::ReportExportController</name>
    <message numerus="yes">
        <source>Report written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Report written to %1 (%n page).</numerusform>
            <numerusform>Report written to %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::SmcCreatePage</name>
    <message numerus="yes">
        <source>SMC creates an incremental job for %1 that syncs every %n hour(s) once started.</source>
        <translation>
            <numerusform>SMC creates an incremental job for %1 that syncs every %n hour once started.</numerusform>
            <numerusform>SMC creates an incremental job for %1 that syncs every %n hours once started.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::SmcFinalSyncPage</name>
    <message numerus="yes">
        <source>Job %1: %2, %n run(s) so far.</source>
        <translation>
            <numerusform>Job %1: %2, %n run so far.</numerusform>
            <numerusform>Job %1: %2, %n runs so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::SmcMonitorPage</name>
    <message numerus="yes">
        <source>Waiting. The next scheduled sync is due around %1 (every %n hour(s)).</source>
        <translation>
            <numerusform>Waiting. The next scheduled sync is due around %1 (every %n hour).</numerusform>
            <numerusform>Waiting. The next scheduled sync is due around %1 (every %n hours).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::gui::SmcSourcePage</name>
    <message numerus="yes">
        <source>%n source server(s).</source>
        <translation>
            <numerusform>%n source server.</numerusform>
            <numerusform>%n source servers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::model::PlanFile</name>
    <message numerus="yes">
        <source>The plan was not saved: %n value(s) look like secrets (%1). Plans never hold secrets; remove them and save again.</source>
        <translation>
            <numerusform>The plan was not saved: %n value looks like a secret (%1). Plans never hold secrets; remove them and save again.</numerusform>
            <numerusform>The plan was not saved: %n values look like secrets (%1). Plans never hold secrets; remove them and save again.</numerusform>
        </translation>
    </message>
</context>
</TS>
