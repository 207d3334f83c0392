// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/endpoints.h"

#include <QLocale>
#include <QTest>

using namespace ferry::cloudapi;

class TstEndpoints final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void official_data()
    {
        QTest::addColumn<Product>("product");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("url");
        auto row = [](const char *name, Product p, const char *region, const char *url) {
            QTest::newRow(name) << p << QString::fromLatin1(region) << QString::fromLatin1(url);
        };
        row("mc hangzhou", Product::MaxCompute, "cn-hangzhou",
            "https://maxcompute.cn-hangzhou.aliyuncs.com");
        row("mc singapore", Product::MaxCompute, "ap-southeast-1",
            "https://maxcompute.ap-southeast-1.aliyuncs.com");
        row("mc no region", Product::MaxCompute, "", "https://maxcompute.aliyuncs.com");
        row("dts shanghai", Product::Dts, "cn-shanghai", "https://dts.cn-shanghai.aliyuncs.com");
        row("dts frankfurt", Product::Dts, "eu-central-1", "https://dts.eu-central-1.aliyuncs.com");
        row("dts shanghai finance", Product::Dts, "cn-shanghai-finance-1",
            "https://dts.cn-shanghai-finance-1.aliyuncs.com");
        row("dts ulanqab", Product::Dts, "cn-wulanchabu", "https://dts.aliyuncs.com");
        row("dts chengdu", Product::Dts, "cn-chengdu", "https://dts.aliyuncs.com");
        row("dts beijing finance", Product::Dts, "cn-beijing-finance-1",
            "https://dts.aliyuncs.com");
        row("dts no region", Product::Dts, "", "https://dts.aliyuncs.com");
        row("smc", Product::Smc, "cn-hangzhou", "https://smc.aliyuncs.com");
        row("smc no region", Product::Smc, "", "https://smc.aliyuncs.com");
        row("sts", Product::Sts, "us-east-1", "https://sts.aliyuncs.com");
    }

    void official()
    {
        QFETCH(Product, product);
        QFETCH(QString, region);
        QFETCH(QString, url);
        QCOMPARE(Endpoints::official(product, region).toString(), url);
        const Endpoints endpoints;
        QCOMPARE(endpoints.resolve(product, region).toString(), url);
    }

    void invalidRegion_data()
    {
        QTest::addColumn<QString>("region");
        QTest::newRow("host injection") << QStringLiteral("evil.example.com/");
        QTest::newRow("uppercase") << QStringLiteral("CN-HANGZHOU");
        QTest::newRow("dot") << QStringLiteral("cn.hangzhou");
        QTest::newRow("trailing dash") << QStringLiteral("cn-");
    }

    void invalidRegion()
    {
        QFETCH(QString, region);
        QVERIFY(!Endpoints::official(Product::MaxCompute, region).isValid());
        QVERIFY(!Endpoints::official(Product::Dts, region).isValid());
    }

    void override()
    {
        Endpoints endpoints;
        endpoints.setOverride(QUrl(QStringLiteral("http://127.0.0.1:40123")));
        for (Product p : {Product::MaxCompute, Product::Dts, Product::Smc, Product::Sts})
            QCOMPARE(endpoints.resolve(p, QStringLiteral("cn-hangzhou")).toString(),
                     QStringLiteral("http://127.0.0.1:40123"));
        QCOMPARE(Endpoints::hostHeader(endpoints.override_()), QByteArray("127.0.0.1:40123"));
        endpoints.setOverride({});
        QCOMPARE(endpoints.resolve(Product::Smc, {}).toString(),
                 QStringLiteral("https://smc.aliyuncs.com"));
    }

    void hostHeader_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("host");
        QTest::newRow("https") << QStringLiteral("https://dts.aliyuncs.com")
                               << QByteArray("dts.aliyuncs.com");
        QTest::newRow("port") << QStringLiteral("http://127.0.0.1:8080")
                              << QByteArray("127.0.0.1:8080");
        QTest::newRow("ipv6") << QStringLiteral("http://[::1]:9000") << QByteArray("[::1]:9000");
        QTest::newRow("uppercase")
            << QStringLiteral("https://DTS.AliyunCS.com") << QByteArray("dts.aliyuncs.com");
    }

    void hostHeader()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, host);
        QCOMPARE(Endpoints::hostHeader(QUrl(url)), host);
    }

    void loopback()
    {
        QVERIFY(Endpoints::isLoopback(QUrl(QStringLiteral("http://127.0.0.1:1"))));
        QVERIFY(Endpoints::isLoopback(QUrl(QStringLiteral("http://127.5.0.1"))));
        QVERIFY(Endpoints::isLoopback(QUrl(QStringLiteral("http://[::1]:2"))));
        QVERIFY(Endpoints::isLoopback(QUrl(QStringLiteral("http://localhost:3"))));
        QVERIFY(!Endpoints::isLoopback(QUrl(QStringLiteral("http://10.0.0.1"))));
        QVERIFY(!Endpoints::isLoopback(QUrl(QStringLiteral("http://127.0.0.1.example.com"))));
    }
};

QTEST_GUILESS_MAIN(TstEndpoints)
#include "tst_endpoints.moc"
