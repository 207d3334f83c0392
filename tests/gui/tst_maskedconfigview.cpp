// SPDX-License-Identifier: GPL-3.0-or-later
// Masked credential views: the configuration of every sandbox data source (which carries
// AccessKeys, passwords, a PEM key and a token) shows no secret, copying copies the mask, and
// the password field for endpoint passwords never reveals or copies a stored secret.
#include "gui/safety/copyabletable.h"
#include "gui/safety/maskedconfigview.h"
#include "gui/safety/secretlineedit.h"
#include "testsupport_sandbox.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QTest>

using namespace ferry;

namespace {

const QString kMask = QStringLiteral("********");

// What the scenario's secrets look like (SCENARIO.md): AccessKey ids, the Hive password, a PEM
// private key, a Databricks token. None of them may appear.
QStringList leaks(const QString &text)
{
    QStringList found;
    for (const char *marker : {"LTAI", "Hv#", "PRIVATE KEY", "dapi", "BEGIN"}) {
        if (text.contains(QLatin1String(marker)))
            found.append(QLatin1String(marker));
    }
    return found;
}

} // namespace

class TestMaskedConfigView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_rig.start());
    }

    void scenarioSourcesShowNoSecret_data()
    {
        QTest::addColumn<qint64>("sourceId");
        QTest::addColumn<QString>("secretKey");
        QTest::newRow("hive_prod") << qint64(2000015) << "hive.jdbc.password";
        QTest::newRow("bq_analytics") << qint64(2000019) << "bigquery.credentials";
        QTest::newRow("mc_legacy_prod") << qint64(2000020) << "src.mc.auth.access.key";
        QTest::newRow("databricks_lakehouse") << qint64(2000021) << "databricks.token";
    }

    void scenarioSourcesShowNoSecret()
    {
        QFETCH(qint64, sourceId);
        QFETCH(QString, secretKey);
        const auto result = test::awaitCall<model::MmsDataSource>([&](QObject *ctx, auto done) {
            m_rig.mms().getDataSource(sourceId, true, QStringLiteral("en_US"), ctx,
                                      std::move(done));
        });
        QVERIFY(result && result->ok());
        const model::MmsDataSource &source = result->value();
        QVERIFY(source.config.size() >= 4);

        gui::MaskedConfigView view;
        view.resize(800, 500);
        view.setDataSource(source);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        gui::CopyableTable *table = view.table();
        QCOMPARE(table->rowCount(), int(source.config.size()));

        int secretRow = -1;
        int passwordRows = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            const model::MmsConfigItem &item = source.config[row];
            const QString shown = table->item(row, 2)->text();
            if (item.key == secretKey)
                secretRow = row;
            if (item.type == QLatin1String("password")) {
                ++passwordRows;
                QCOMPARE(shown, kMask);
            }
            for (int column = 0; column < table->columnCount(); ++column) {
                const QTableWidgetItem *cell = table->item(row, column);
                QVERIFY2(leaks(cell->text()).isEmpty(), qPrintable(cell->text()));
                QVERIFY2(leaks(cell->toolTip()).isEmpty(), qPrintable(cell->toolTip()));
            }
        }
        QVERIFY(secretRow >= 0);
        QVERIFY(passwordRows >= 1);
        QCOMPARE(table->item(secretRow, 2)->text(), kMask);

        // Ctrl+C on the secret copies the mask.
        QGuiApplication::clipboard()->clear();
        table->setFocus();
        table->setCurrentCell(secretRow, 2);
        QTest::keySequence(table, QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), kMask);

        // Copying everything copies nothing secret either.
        table->copyAll();
        const QString all = QGuiApplication::clipboard()->text();
        QVERIFY(all.contains(kMask));
        QVERIFY2(leaks(all).isEmpty(), qPrintable(leaks(all).join(u',')));
        QCOMPARE(all.count(QLatin1Char('\n')), table->rowCount()); // header + rows
    }

    void unmaskedPasswordIsStillMasked()
    {
        model::MmsConfigItem password;
        password.key = QStringLiteral("hive.jdbc.password");
        password.name = QStringLiteral("Hive JDBC password");
        password.type = QStringLiteral("password");
        password.value = QStringLiteral("hunter2"); // as if the sanitizer had missed it
        model::MmsConfigItem emptyPassword = password;
        emptyPassword.key = QStringLiteral("other.password");
        emptyPassword.value.clear();
        model::MmsConfigItem plain;
        plain.key = QStringLiteral("hive.metastore.urls");
        plain.name = QStringLiteral("Metastore");
        plain.type = QStringLiteral("string");
        plain.value = QStringLiteral("thrift://10.1.3.12:9083?password=abc");

        gui::MaskedConfigView view;
        view.setConfig({password, emptyPassword, plain});
        QCOMPARE(view.table()->item(0, 2)->text(), kMask);
        QCOMPARE(view.table()->item(1, 2)->text(), kMask); // set or not, nobody can tell
        QVERIFY(view.table()->item(2, 2)->text().startsWith(QStringLiteral("thrift://10.1.3.12")));
        QVERIFY(!view.table()->item(2, 2)->text().contains(QStringLiteral("abc")));

        view.table()->selectAll();
        view.table()->copySelection();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(!copied.contains(QStringLiteral("hunter2")));
        QCOMPARE(copied.count(kMask), 3); // two passwords and the one inside the URL
    }

    void contextMenuOffersCopy()
    {
        model::MmsConfigItem password;
        password.key = QStringLiteral("k.password");
        password.type = QStringLiteral("password");
        password.value = QStringLiteral("hunter2");
        gui::MaskedConfigView view;
        view.setConfig({password});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        gui::CopyableTable *table = view.table();
        table->setCurrentCell(0, 2);
        const QPoint pos = table->visualItemRect(table->item(0, 2)).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, table->viewport()->mapToGlobal(pos));
        QCoreApplication::sendEvent(table->viewport(), &event);
        auto *menu = table->findChild<QMenu *>(QStringLiteral("copyMenu"));
        QVERIFY(menu);
        QVERIFY(menu->isVisible());
        QAction *copy = menu->actions().first();
        QVERIFY(copy->isEnabled());
        copy->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), kMask);
        menu->close();
    }

    void secretLineEdit()
    {
        gui::SecretLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QCOMPARE(edit.echoMode(), QLineEdit::Password);

        // A stored secret is never loaded into the field and cannot be revealed.
        edit.setStoredSecret(true);
        QVERIFY(edit.text().isEmpty());
        QVERIFY(edit.keepsStoredSecret());
        QVERIFY(!edit.revealAction()->isEnabled());
        QVERIFY(!edit.revealAction()->isVisible());
        edit.setRevealed(true);
        QCOMPARE(edit.echoMode(), QLineEdit::Password);

        // What the person types may be shown to them, but never copied.
        edit.setFocus();
        QTest::keyClicks(&edit, QStringLiteral("S3cret!"));
        QVERIFY(!edit.keepsStoredSecret());
        QVERIFY(edit.revealAction()->isEnabled());
        edit.revealAction()->trigger();
        QCOMPARE(edit.echoMode(), QLineEdit::Normal);
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        edit.selectAll();
        QTest::keySequence(&edit, QKeySequence::Copy);
        QTest::keySequence(&edit, QKeySequence::Cut);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
        QCOMPARE(edit.text(), QStringLiteral("S3cret!"));

        // Emptying the field hides it again; so does setting a stored secret.
        edit.clear();
        QCOMPARE(edit.echoMode(), QLineEdit::Password);
        QVERIFY(!edit.revealAction()->isChecked());
        QTest::keyClicks(&edit, QStringLiteral("x"));
        edit.setRevealed(true);
        edit.setStoredSecret(true);
        QCOMPARE(edit.echoMode(), QLineEdit::Password);
        QVERIFY(edit.text().isEmpty());
    }

private:
    test::SandboxRig m_rig;
};

QTEST_MAIN(TestMaskedConfigView)
#include "tst_maskedconfigview.moc"
