// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeltester.h"
#include "runsarea/checklistmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
CheckListRow row(const QString& key, const QString& count = u"3"_s)
{
    return { key, { key, count }, key == u"triage"_s ? u"Routes support tickets"_s : QString() };
}

QList<CheckListRow> someRows()
{
    return { row(u"triage"_s), row(u"billing"_s), row(u"refunds"_s) };
}
} // namespace

class TestCheckListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsRowsUnderTheTester()
    {
        CheckListModel model({ u"Category"_s, u"Cases"_s });
        const auto tester = modelTester(&model);
        model.setRows(someRows());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Cases"_s);
        QCOMPARE(model.index(1, 0).data().toString(), u"billing"_s);
        QCOMPARE(model.index(1, 1).data().toString(), u"3"_s);
        QCOMPARE(model.index(1, 0).data(CheckListModel::KeyRole).toString(), u"billing"_s);
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), u"Routes support tickets"_s);
        QVERIFY(!model.index(1, 0).data(Qt::ToolTipRole).isValid());
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!model.flags(model.index(0, 1)).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!model.index(0, 1).data(Qt::CheckStateRole).isValid());
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void newKeysArriveChecked()
    {
        CheckListModel model({ u"Category"_s });
        model.setRows(someRows());
        QCOMPARE(model.checkedKeys(), QStringList({ u"triage"_s, u"billing"_s, u"refunds"_s }));
        QCOMPARE(model.checkedCount(), 3);
        QCOMPARE(model.index(2, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    }

    void checkingByClickEmitsOnce_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("check box") << 0 << int(Qt::CheckStateRole) << true;
        QTest::newRow("other column") << 1 << int(Qt::CheckStateRole) << false;
        QTest::newRow("other role") << 0 << int(Qt::EditRole) << false;
    }

    void checkingByClickEmitsOnce()
    {
        QFETCH(int, column);
        QFETCH(int, role);
        QFETCH(bool, accepted);
        CheckListModel model({ u"Category"_s, u"Cases"_s });
        const auto tester = modelTester(&model);
        model.setRows(someRows());
        QSignalSpy changed(&model, &CheckListModel::checksChanged);
        QCOMPARE(model.setData(model.index(1, column), QVariant::fromValue(Qt::Unchecked), role), accepted);
        QCOMPARE(changed.count(), accepted ? 1 : 0);
        const QStringList all { u"triage"_s, u"billing"_s, u"refunds"_s };
        QCOMPARE(model.checkedKeys(), accepted ? QStringList({ u"triage"_s, u"refunds"_s }) : all);
    }

    void checksSurviveNewRows()
    {
        CheckListModel model({ u"Category"_s, u"Cases"_s });
        const auto tester = modelTester(&model);
        model.setRows(someRows());
        model.setCheckedKeys({ u"billing"_s });
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // The same keys with new counts: changed in place, no reset, checks kept.
        model.setRows({ row(u"triage"_s, u"4"_s), row(u"billing"_s, u"5"_s), row(u"refunds"_s, u"6"_s) });
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(1, 1).data().toString(), u"5"_s);
        QCOMPARE(model.checkedKeys(), QStringList({ u"billing"_s }));
        // A new key arrives checked; a dropped one is no longer listed as checked.
        model.setRows({ row(u"billing"_s), row(u"shipping"_s) });
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.checkedKeys(), QStringList({ u"billing"_s, u"shipping"_s }));
        // Setting the very same rows again changes nothing.
        QSignalSpy checks(&model, &CheckListModel::checksChanged);
        model.setRows({ row(u"billing"_s), row(u"shipping"_s) });
        QCOMPARE(reset.count(), 1);
        QCOMPARE(checks.count(), 0);
    }

    void checksAllAndNone()
    {
        CheckListModel model({ u"Category"_s });
        model.setRows(someRows());
        QSignalSpy changed(&model, &CheckListModel::checksChanged);
        model.setAllChecked(false);
        QCOMPARE(model.checkedCount(), 0);
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        model.setAllChecked(true);
        QCOMPARE(model.checkedCount(), 3);
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_MAIN(TestCheckListModel)
#include "tst_checklistmodel.moc"
