// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QCustomPlot;
class QIODevice;
class QSize;
class QWidget;

// Saves any QCustomPlot as PNG, SVG or PDF: the format follows the file's suffix. The picture has
// the plot's on-screen size (or a default when the plot was never shown), so what is exported is
// what the user sees.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
public:
    enum class Format { Png, Svg, Pdf };

    static bool save(QCustomPlot* plot, const QString& path, QString* error = nullptr);
    static bool save(QCustomPlot* plot, const QString& path, Format format, QString* error = nullptr);
    // The filter string for a file dialog, PNG first.
    static QString fileFilter();
    // Asks for a file (suggestedName without suffix) and saves; reports a failure in a message box.
    static void exportWithDialog(QCustomPlot* plot, QWidget* parent, const QString& suggestedName);

private:
    // The file's bytes; empty when the chart could not be drawn.
    static QByteArray render(QCustomPlot* plot, Format format, const QSize& size);
    static bool renderPng(QCustomPlot* plot, QIODevice& device, const QSize& size);
    static bool renderSvg(QCustomPlot* plot, QIODevice& device, const QSize& size);
    static bool renderPdf(QCustomPlot* plot, QIODevice& device, const QSize& size);
};
