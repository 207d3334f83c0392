// SPDX-License-Identifier: GPL-3.0-or-later
// With the sandbox adding 2 s of latency to every answer, the SMC wizard goes through its
// network steps (list the servers, create, start, follow the job to Waiting) while a 10 ms timer
// records the gaps between its ticks: the event loop never stalls for 100 ms or more.
#include "gui/wizard/smccreatepage.h"
#include "gui/wizard/smcmonitorpage.h"

#include "testsupport_smcwizard.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace ferry;

class TstWizardLatency final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eventLoopKeepsTickingWhileAnswersAreSlow();

private:
    test::SmcWizardRig m_w;
};

void TstWizardLatency::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_w.start());
}

void TstWizardLatency::eventLoopKeepsTickingWhileAnswersAreSlow()
{
    sandbox::FaultRule slow;
    slow.kind = sandbox::FaultKind::Slow;
    slow.rate = 1.0;
    slow.latency = std::chrono::milliseconds(2000);
    m_w.rig.server->faults().addRule(slow);

    // Build and show the wizard first: the first layout of a window is not network work.
    m_w.wizard = std::make_unique<gui::SmcWizard>(m_w.session.get());
    m_w.wizard->setPollInterval(60'000);
    m_w.wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.wizard.get()));

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 maxGap = 0;
    int ticks = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        maxGap = std::max(maxGap, now - last);
        last = now;
        ++ticks;
    });
    clock.start();
    ticker.start(10);

    // DescribeSourceServers, slow.
    QVERIFY(test::waitFor([&] { return !m_w.wizard->sourcePage()->servers().isEmpty(); }, 10000));
    m_w.resolve(QStringLiteral("web-01"));
    QVERIFY(m_w.pageOn());
    QVERIFY(m_w.pageOn());
    QVERIFY(m_w.pageOn());
    // CreateReplicationJob, slow.
    m_w.wizard->createPage()->createButton()->click();
    QVERIFY(m_w.confirm());
    QVERIFY(test::waitFor([&] { return !m_w.wizard->settings().jobId.isEmpty(); }, 10000));
    QVERIFY(m_w.pageOn());
    // DescribeReplicationJobs and StartReplicationJob, slow.
    QVERIFY(m_w.pollOnce());
    m_w.wizard->monitorPage()->startButton()->click();
    QVERIFY(m_w.confirm());
    QVERIFY(test::waitFor([&] { return m_w.wizard->settings().started; }, 10000));
    QVERIFY(m_w.driveUntil(
        [](const model::SmcReplicationJob &j) { return j.status == model::SmcJobStatus::Waiting; },
        30 * 60'000, 2));
    ticker.stop();

    QVERIFY(m_w.rig.server->requestLog().size() >= 5);
    for (const auto &entry : m_w.rig.server->requestLog().entries())
        QCOMPARE(entry.fault, QStringLiteral("slow"));
    qInfo("%d ticks over %lld ms; largest gap between ticks: %lld ms", ticks, clock.elapsed(),
          maxGap);
    QVERIFY2(maxGap < 100,
             qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(maxGap)));
}

QTEST_MAIN(TstWizardLatency)
#include "tst_wizardlatency.moc"
