// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include <qcustomplot.h>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSvgGenerator>

namespace {
QSize exportSize(const QCustomPlot* plot)
{
    // A plot inside a hidden tab may never have been laid out.
    const QSize size = plot->size();
    return size.width() >= 200 && size.height() >= 150 ? size : QSize(900, 600);
}

ChartExport::Format formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg")
        return ChartExport::Format::Svg;
    if (suffix == u"pdf")
        return ChartExport::Format::Pdf;
    return ChartExport::Format::Png;
}
} // namespace

bool ChartExport::save(QCustomPlot* plot, const QString& path, QString* error)
{
    return save(plot, path, formatFor(path), error);
}

bool ChartExport::save(QCustomPlot* plot, const QString& path, Format format, QString* error)
{
    const QSize size = exportSize(plot);
    bool ok = false;
    switch (format) {
    case Format::Png:
        // Twice the pixels, so the picture stays sharp in documents and on high-density screens.
        ok = plot->savePng(path, size.width(), size.height(), 2.0);
        break;
    case Format::Svg:
        ok = saveSvg(plot, path, size.width(), size.height());
        break;
    case Format::Pdf:
        ok = plot->savePdf(path, size.width(), size.height(), QCP::epNoCosmetic, QStringLiteral("Signalbox"),
                           plot->windowTitle());
        break;
    }
    if (!ok && error)
        *error = tr("Could not write the chart to %1.").arg(QDir::toNativeSeparators(path));
    return ok;
}

bool ChartExport::saveSvg(QCustomPlot* plot, const QString& path, int width, int height)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(QSize(width, height));
    generator.setViewBox(QRect(0, 0, width, height));
    generator.setTitle(tr("Signalbox chart"));
    QCPPainter painter;
    if (!painter.begin(&generator))
        return false;
    plot->toPainter(&painter, width, height);
    painter.end();
    return QFileInfo(path).size() > 0;
}

QString ChartExport::fileFilter()
{
    return tr("PNG image (*.png)") + QStringLiteral(";;") + tr("SVG drawing (*.svg)") + QStringLiteral(";;")
        + tr("PDF document (*.pdf)");
}

void ChartExport::exportWithDialog(QCustomPlot* plot, QWidget* parent, const QString& suggestedName)
{
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export chart"), suggestedName + QStringLiteral(".png"),
                                                fileFilter(), &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter.contains(QStringLiteral("*.svg")) ? QStringLiteral(".svg")
            : selectedFilter.contains(QStringLiteral("*.pdf"))   ? QStringLiteral(".pdf")
                                                                 : QStringLiteral(".png");
    QString error;
    if (!save(plot, path, &error))
        QMessageBox::warning(parent, tr("Export chart"), error);
}
