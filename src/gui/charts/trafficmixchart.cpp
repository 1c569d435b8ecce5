// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficmixchart.h"

#include <qcustomplot.h>
#include <QLocale>

namespace {
QColor accent()
{
    return QColor(0x3d, 0x7f, 0xd9);
}
} // namespace

TrafficMixChart::TrafficMixChart(QWidget* parent)
    : PlotWidget(parent)
    , m_bars(new QCPBars(plot()->yAxis, plot()->xAxis))
    , m_unassigned(new QCPBars(plot()->yAxis, plot()->xAxis))
{
    setMinimumHeight(140);
    addTitle();
    plot()->xAxis->setRange(0, 100);
    plot()->xAxis->setLabel(tr("Share of requests (%)"));
    plot()->yAxis->setRangeReversed(true);
    plot()->yAxis->grid()->setVisible(false);
    m_bars->setName(tr("Category"));
    m_unassigned->setName(tr("No category"));
    m_bars->setWidth(0.6);
    m_unassigned->setWidth(0.6);
    TrafficMixChart::applyPalette(); // named: no virtual call while constructing
}

TrafficMixChart::~TrafficMixChart() = default;

void TrafficMixChart::setShares(const QList<QPair<QString, double>>& shares, qint64 monthlyRequests)
{
    m_shares = shares;
    m_monthlyRequests = monthlyRequests;
    rebuild();
}

void TrafficMixChart::themeChanged()
{
    applyPalette();
    plot()->replot();
}

void TrafficMixChart::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor grid = pal.color(QPalette::Mid);
    plot()->setBackground(pal.color(QPalette::Window));
    for (QCPAxis* axis : { plot()->xAxis, plot()->yAxis }) {
        axis->setBasePen(QPen(grid));
        axis->setTickPen(QPen(grid));
        axis->setSubTickPen(Qt::NoPen);
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    }
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(accent());
    m_unassigned->setPen(QPen(grid));
    m_unassigned->setBrush(Qt::NoBrush);
    if (QCPTextElement* title = titleElement())
        title->setTextColor(text);
}

void TrafficMixChart::rebuild()
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys, values;
    double assigned = 0;
    for (int i = 0; i < m_shares.size(); ++i) {
        keys.append(i);
        values.append(m_shares.at(i).second * 100);
        assigned += m_shares.at(i).second;
        ticker->addTick(i, m_shares.at(i).first);
    }
    const int rest = int(m_shares.size());
    ticker->addTick(rest, tr("no category"));
    m_bars->setData(keys, values, true);
    m_unassigned->setData({ double(rest) }, { qMax(0.0, 1.0 - assigned) * 100 }, true);
    plot()->yAxis->setTicker(ticker);
    plot()->yAxis->setRange(-0.6, rest + 0.6);
    plot()->xAxis->setRange(0, qMax(100.0, assigned * 100));

    setTitle(m_monthlyRequests > 0 ? tr("Traffic mix · %1 requests a month").arg(QLocale().toString(m_monthlyRequests))
                                   : tr("Traffic mix"));
    plot()->replot();
}
