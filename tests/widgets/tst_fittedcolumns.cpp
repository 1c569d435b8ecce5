// SPDX-License-Identifier: GPL-3.0-or-later
// Table columns sized to their headers and content, in any language: no title is cut, a long text is
// elided and shown whole in its tool tip, the stretch column never goes below its title.
#include "common/elidedtooltips.h"
#include "common/fittedcolumns.h"
#include "common/tablesetup.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// German titles, which are longer than their English ones, over short figures.
QStandardItemModel* model(QObject* parent)
{
    auto* model = new QStandardItemModel(0, 4, parent);
    model->setHorizontalHeaderLabels(
        { u"Kategorie"_s, u"Geroutetes Modell"_s, u"Genauigkeit"_s, u"Ausweichmodelle (Reihenfolge)"_s });
    model->setHeaderData(2, Qt::Horizontal, u"Anteil bestandener Fälle"_s, Qt::ToolTipRole);
    for (int row = 0; row < 3; ++row)
        model->appendRow({ new QStandardItem(u"tickets"_s), new QStandardItem(u"gpt-4o"_s),
                           new QStandardItem(u"90%"_s), new QStandardItem(u"claude-haiku"_s) });
    return model;
}

// Set up as the areas set up their tables, the fourth column taking the room left.
bool show(QTableView& view, QStandardItemModel* data, int width)
{
    view.setModel(data);
    TableSetup::configure(&view, 3, {});
    view.resize(width, 300);
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}

QPoint centreOf(const QTableView& view, int row, int column)
{
    return view.visualRect(view.model()->index(row, column)).center();
}
} // namespace

class TestFittedColumns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void titlesAreNeverCut_data()
    {
        QTest::addColumn<int>("viewWidth");
        QTest::newRow("wide") << 900;
        QTest::newRow("narrow: the view scrolls") << 300;
    }

    void titlesAreNeverCut()
    {
        QFETCH(int, viewWidth);
        QTableView view;
        view.setSortingEnabled(true);
        QVERIFY(show(view, model(&view), viewWidth));
        const QHeaderView* header = view.horizontalHeader();
        for (int column = 0; column < 4; ++column)
            QTRY_VERIFY2(header->sectionSize(column) >= FittedColumns::titleWidth(header, column),
                         qPrintable(u"column %1: %2 < %3"_s.arg(column)
                                        .arg(header->sectionSize(column))
                                        .arg(FittedColumns::titleWidth(header, column))));
        // Room for the sort arrow where it shows.
        QVERIFY(FittedColumns::titleWidth(header, header->sortIndicatorSection())
                > header->fontMetrics().horizontalAdvance(
                    view.model()->headerData(header->sortIndicatorSection(), Qt::Horizontal).toString()));
        // The stretch column takes the room left, when there is some.
        const int total = header->length();
        QVERIFY(total >= view.viewport()->width() - 1);
        QCOMPARE(header->sectionResizeMode(3), QHeaderView::Interactive);
    }

    // A long value is elided (at most maxWidth) and its whole text is the tool tip, before the model's
    // own tip; a value that fits keeps only the model's tip. New rows widen a column.
    void longTextIsElidedWithItsWholeTextAsToolTip()
    {
        QTableView view;
        QStandardItemModel* data = model(&view);
        QVERIFY(show(view, data, 900));
        QCOMPARE(ElidedToolTips::cellToolTip(&view, centreOf(view, 0, 1)), QString());

        const int before = view.horizontalHeader()->sectionSize(1);
        const QString longText = u"anthropic/claude-3-5-sonnet-20241022-with-a-very-long-deployment-name-that-goes-on"_s;
        auto* item = new QStandardItem(longText);
        item->setToolTip(u"Routed by hand"_s);
        data->appendRow({ new QStandardItem(u"refunds"_s), item, new QStandardItem(u"70%"_s), new QStandardItem });
        QTRY_VERIFY(view.horizontalHeader()->sectionSize(1) > before);
        QVERIFY(view.horizontalHeader()->sectionSize(1) <= FittedColumns::maxWidth);
        QCOMPARE(ElidedToolTips::cellToolTip(&view, centreOf(view, 3, 1)), longText + u"\n\nRouted by hand"_s);
        QCOMPARE(view.textElideMode(), Qt::ElideRight);

        // A title cut by the user's narrowing shows whole, with the model's tip after it.
        QHeaderView* header = view.horizontalHeader();
        header->resizeSection(2, 20);
        const QPoint title(header->sectionViewportPosition(2) + 10, header->height() / 2);
        QCOMPARE(ElidedToolTips::sectionToolTip(header, title), u"Genauigkeit\n\nAnteil bestandener Fälle"_s);
        header->resizeSection(2, FittedColumns::titleWidth(header, 2));
        QCOMPARE(ElidedToolTips::sectionToolTip(header, title), QString());
    }

    // A header state saved by an older version (its stretch column elsewhere, narrow widths) is
    // brought back to titles that show whole.
    void anOldSavedHeaderStateStillShowsTheTitles()
    {
        QByteArray saved;
        {
            QTableView old;
            old.setModel(model(&old));
            old.horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
            old.horizontalHeader()->resizeSection(2, 20);
            saved = old.horizontalHeader()->saveState();
        }
        QTableView view;
        QVERIFY(show(view, model(&view), 900));
        QHeaderView* header = view.horizontalHeader();
        QVERIFY(header->restoreState(saved));
        QTRY_COMPARE(header->sectionResizeMode(1), QHeaderView::Interactive);
        QTRY_VERIFY(header->sectionSize(2) >= FittedColumns::titleWidth(header, 2));
        QVERIFY(!header->stretchLastSection());
    }

    // A new model (another category's figures) fits the columns afresh, narrower ones included.
    void aNewModelFitsAfresh()
    {
        QTableView view;
        QStandardItemModel* data = model(&view);
        QVERIFY(show(view, data, 900));
        data->item(0, 0)->setText(u"a-category-with-a-long-name"_s);
        QTRY_VERIFY(view.horizontalHeader()->sectionSize(0) > FittedColumns::titleWidth(view.horizontalHeader(), 0) + 40);
        auto* other = model(&view);
        view.setModel(other);
        FittedColumns::of(&view)->fit();
        const auto* asView = static_cast<const QAbstractItemView*>(&view);
        QCOMPARE(view.horizontalHeader()->sectionSize(0),
                 qMax(FittedColumns::titleWidth(view.horizontalHeader(), 0), asView->sizeHintForColumn(0)));
    }
};

QTEST_MAIN(TestFittedColumns)
#include "tst_fittedcolumns.moc"
