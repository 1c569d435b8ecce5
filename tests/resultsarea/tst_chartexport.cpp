// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfixtures.h"
#include "charts/categoryscatterchart.h"
#include "charts/chartexport.h"
#include "tmpfsmount.h"

#include <qcustomplot.h>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestChartExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_chart = std::make_unique<CategoryScatterChart>();
        m_chart->resize(800, 500);
        m_chart->setAnalysis(chartfixtures::workspace(), chartfixtures::analysis(), QStringLiteral("classification"));
        m_chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    }

    void png()
    {
        const QString path = m_dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(ChartExport::save(m_chart->plot(), path));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1600, 1000)); // twice the on-screen size
    }

    void svg()
    {
        const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(ChartExport::save(m_chart->plot(), path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QXmlStreamReader xml(svg);
        QString root;
        int texts = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (root.isEmpty())
                    root = xml.name().toString();
                texts += xml.name() == u"text" ? 1 : 0;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        QVERIFY(texts > 10); // tick labels, axis labels, point labels
    }

    void pdf()
    {
        const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
        QVERIFY(ChartExport::save(m_chart->plot(), path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 1000);
        QCOMPARE(file.read(4), QByteArray("%PDF"));
    }

    void unwritablePathSaysSo()
    {
        QString error;
        QVERIFY(!ChartExport::save(m_chart->plot(), QStringLiteral("/nonexistent/dir/chart.png"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/dir/chart.png")));
    }

    // Drawn in memory, written all at once: a full disk leaves the earlier export as it was.
    void fullDiskKeepsTheEarlierChart_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << QStringLiteral("chart.png");
        QTest::newRow("svg") << QStringLiteral("chart.svg");
        QTest::newRow("pdf") << QStringLiteral("chart.pdf");
    }

    void fullDiskKeepsTheEarlierChart()
    {
        QFETCH(QString, name);
        TmpfsMount disk;
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.skipReason()));
        const QString path = disk.filePath(name);
        const QByteArray earlier = "an earlier export";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(earlier) == earlier.size());
        }
        QVERIFY(disk.fill());
        QString error;
        QVERIFY(!ChartExport::save(m_chart->plot(), path, &error));
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), earlier);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CategoryScatterChart> m_chart;
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
