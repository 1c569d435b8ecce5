// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include "fileio/atomicwrite.h"

#include <QBuffer>
#include <qcustomplot.h>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageLayout>
#include <QPdfWriter>
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
    // Drawn into memory first, so that the file itself is written all at once and checked: a full
    // disk must not leave half a picture in place of an earlier export.
    const QByteArray bytes = render(plot, format, exportSize(plot));
    if (bytes.isEmpty()) {
        if (error)
            *error = tr("Could not draw the chart for %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QString reason;
    if (writeFileAtomically(path, bytes, &reason))
        return true;
    if (error)
        *error = tr("The chart was not saved: %1.").arg(reason);
    return false;
}

QByteArray ChartExport::render(QCustomPlot* plot, Format format, const QSize& size)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    bool ok = false;
    switch (format) {
    case Format::Png:
        ok = renderPng(plot, buffer, size);
        break;
    case Format::Svg:
        ok = renderSvg(plot, buffer, size);
        break;
    case Format::Pdf:
        ok = renderPdf(plot, buffer, size);
        break;
    }
    buffer.close();
    return ok ? buffer.data() : QByteArray();
}

bool ChartExport::renderPng(QCustomPlot* plot, QIODevice& device, const QSize& size)
{
    // Twice the pixels, so the picture stays sharp in documents and on high-density screens.
    QImage image = plot->toPixmap(size.width(), size.height(), 2.0).toImage();
    // 96 dots per inch, as QCustomPlot::savePng records it.
    constexpr int dotsPerMeter = int(96 / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return !image.isNull() && image.save(&device, "PNG");
}

bool ChartExport::renderSvg(QCustomPlot* plot, QIODevice& device, const QSize& size)
{
    QSvgGenerator generator;
    generator.setOutputDevice(&device);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(tr("Signalbox chart"));
    QCPPainter painter;
    if (!painter.begin(&generator))
        return false;
    plot->toPainter(&painter, size.width(), size.height());
    return painter.end() && device.size() > 0;
}

// A page of exactly the chart's size, one point per pixel, as QCustomPlot::savePdf lays it out.
bool ChartExport::renderPdf(QCustomPlot* plot, QIODevice& device, const QSize& size)
{
    QPdfWriter writer(&device);
    writer.setCreator(QStringLiteral("Signalbox"));
    writer.setTitle(plot->windowTitle());
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch),
                                     QPageLayout::Portrait, QMarginsF()));
    QCPPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNonCosmetic);
    painter.setWindow(QRect(QPoint(0, 0), size));
    plot->toPainter(&painter, size.width(), size.height());
    return painter.end() && device.size() > 0;
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
