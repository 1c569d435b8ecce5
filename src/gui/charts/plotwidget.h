// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class ChartInteraction;
class EmptyState;
class QCPAbstractItem;
class QCPTextElement;
class QCustomPlot;
class QStackedLayout;

// What every chart shares: a QCustomPlot filling the widget, its colours following the theme, the
// items (labels, frames) drawn for the current data and cleared before the next drawing, the zoom,
// pan and click interaction, and an empty page shown in the plot's place when the data has nothing
// the chart can draw. A chart says how it colours itself (applyPalette) and how it draws its data
// (rebuild).
class PlotWidget : public QWidget
{
    Q_OBJECT
public:
    ~PlotWidget() override;

    // The plot, for ChartExport (PNG, SVG, PDF) and the views' "Reset view".
    QCustomPlot* plot() const { return m_plot; }
    // The empty page's text while it shows instead of the plot; empty while the plot shows.
    QString emptyText() const;

protected:
    explicit PlotWidget(QWidget* parent = nullptr);

    virtual void applyPalette() = 0;
    virtual void rebuild() = 0;
    // After a palette change: colours again and draws again, since labels take their colours from
    // the palette. Charts whose items keep their colours only replot.
    virtual void themeChanged();
    void changeEvent(QEvent* event) override;

    // Zoom, pan and click for this plot (installed once).
    ChartInteraction* installInteraction();
    // A title row above the plot; setTitle() changes its text.
    void addTitle();
    void setTitle(const QString& title);
    QCPTextElement* titleElement() const;

    // Keeps an item drawn for the current data, so that clearItems() removes it on the next rebuild.
    template <typename Item> Item* keepItem(Item* item)
    {
        m_items.append(item);
        return item;
    }
    void clearItems();
    // The end of a rebuild: what is shown now is the view that "Reset view" returns to.
    void showRebuilt();
    // What the empty page says: what is missing and how to get it.
    void setEmptyPage(const QString& title, const QString& text);
    // The empty page instead of the plot, or the plot again.
    void showEmptyPage(bool empty);

private:
    QCustomPlot* m_plot;
    QStackedLayout* m_pages;
    EmptyState* m_empty = nullptr; // made by the first setEmptyPage()
    QList<QCPAbstractItem*> m_items;
};
