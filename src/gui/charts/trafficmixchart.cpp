// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficmixchart.h"

#include <qcustomplot.h>
#include <QLocale>
#include <QVBoxLayout>

namespace {
QColor accent()
{
    return QColor(0x3d, 0x7f, 0xd9);
}
} // namespace

TrafficMixChart::TrafficMixChart(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_bars(new QCPBars(m_plot->yAxis, m_plot->xAxis))
    , m_unassigned(new QCPBars(m_plot->yAxis, m_plot->xAxis))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumHeight(140);

    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, new QCPTextElement(m_plot, QString()));
    m_plot->xAxis->setRange(0, 100);
    m_plot->xAxis->setLabel(tr("Share of requests (%)"));
    m_plot->yAxis->setRangeReversed(true);
    m_plot->yAxis->grid()->setVisible(false);
    m_bars->setName(tr("Category"));
    m_unassigned->setName(tr("No category"));
    m_bars->setWidth(0.6);
    m_unassigned->setWidth(0.6);
    applyPalette();
}

TrafficMixChart::~TrafficMixChart() = default;

void TrafficMixChart::setShares(const QList<QPair<QString, double>>& shares, qint64 monthlyRequests)
{
    m_shares = shares;
    m_monthlyRequests = monthlyRequests;
    rebuild();
}

void TrafficMixChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        m_plot->replot();
    }
}

void TrafficMixChart::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor grid = pal.color(QPalette::Mid);
    m_plot->setBackground(pal.color(QPalette::Window));
    for (QCPAxis* axis : { m_plot->xAxis, m_plot->yAxis }) {
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
    if (auto* title = qobject_cast<QCPTextElement*>(m_plot->plotLayout()->element(0, 0)))
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
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setRange(-0.6, rest + 0.6);
    m_plot->xAxis->setRange(0, qMax(100.0, assigned * 100));

    const QString title = m_monthlyRequests > 0
        ? tr("Traffic mix · %1 requests a month").arg(QLocale().toString(m_monthlyRequests))
        : tr("Traffic mix");
    if (auto* element = qobject_cast<QCPTextElement*>(m_plot->plotLayout()->element(0, 0)))
        element->setText(title);
    m_plot->replot();
}
