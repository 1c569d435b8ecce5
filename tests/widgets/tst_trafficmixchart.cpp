// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/trafficmixchart.h"

#include <qcustomplot.h>

#include <QTest>

class TestTrafficMixChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void barsFollowShares()
    {
        TrafficMixChart chart;
        chart.setShares({ { QStringLiteral("classification"), 0.45 }, { QStringLiteral("summaries"), 0.25 } }, 1200000);
        auto* bars = qobject_cast<QCPBars*>(chart.plot()->plottable(0));
        auto* rest = qobject_cast<QCPBars*>(chart.plot()->plottable(1));
        QVERIFY(bars && rest);
        QCOMPARE(bars->data()->size(), 2);
        QCOMPARE(bars->data()->at(0)->value, 45.0);
        QCOMPARE(bars->data()->at(1)->value, 25.0);
        QCOMPARE(rest->data()->at(0)->value, 30.0);
        auto* title = qobject_cast<QCPTextElement*>(chart.plot()->plotLayout()->element(0, 0));
        QVERIFY(title->text().contains(QStringLiteral("1,200,000")));
    }

    void overfullMixWidensAxis()
    {
        TrafficMixChart chart;
        chart.setShares({ { QStringLiteral("a"), 0.8 }, { QStringLiteral("b"), 0.4 } }, 0);
        QCOMPARE(chart.plot()->xAxis->range().upper, 120.0);
        auto* rest = qobject_cast<QCPBars*>(chart.plot()->plottable(1));
        QCOMPARE(rest->data()->at(0)->value, 0.0);
    }

    void renders()
    {
        TrafficMixChart chart;
        chart.resize(500, 220);
        chart.setShares({ { QStringLiteral("sentiment"), 0.2 } }, 1000);
        const QImage image = chart.grab().toImage();
        QCOMPARE(image.size(), QSize(500, 220));
        QVERIFY(image.pixelColor(image.width() / 2, image.height() / 2).isValid());
    }
};

QTEST_MAIN(TestTrafficMixChart)
#include "tst_trafficmixchart.moc"
