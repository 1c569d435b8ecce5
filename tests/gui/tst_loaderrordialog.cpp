// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/loaderrordialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QPushButton>
#include <QTest>

class TestLoadErrorDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsLocatedErrorsInFileOrder()
    {
        const FileErrors errors {
            { QStringLiteral("/w/desk.signalbox.yaml"), 9, 15, QStringLiteral("provider 'nope' is not defined") },
            { QStringLiteral("/w/desk.signalbox.yaml"), 5, 5, QStringLiteral("unknown key \"colour\"") },
            { QStringLiteral("/w/cases/a.csv"), 3, 0, QStringLiteral("missing column \"input\"") },
        };
        LoadErrorDialog dialog(QStringLiteral("/w/desk.signalbox.yaml"), errors);
        QCOMPARE(dialog.errorText(),
                 QStringLiteral("/w/cases/a.csv:3: missing column \"input\"\n"
                                "/w/desk.signalbox.yaml:5:5: unknown key \"colour\"\n"
                                "/w/desk.signalbox.yaml:9:15: provider 'nope' is not defined"));
        QVERIFY(dialog.summary().contains(QStringLiteral("desk.signalbox.yaml")));
        QVERIFY(dialog.summary().contains(QStringLiteral("3")));
    }

    void copiesErrors()
    {
        const FileErrors errors { { QStringLiteral("a.yaml"), 1, 2, QStringLiteral("expected a map") } };
        LoadErrorDialog dialog(QStringLiteral("a.yaml"), errors);
        QPushButton* copy = nullptr;
        for (QAbstractButton* button : dialog.findChild<QDialogButtonBox*>()->buttons()) {
            if (dialog.findChild<QDialogButtonBox*>()->buttonRole(button) == QDialogButtonBox::ActionRole)
                copy = qobject_cast<QPushButton*>(button);
        }
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("a.yaml:1:2: expected a map"));
    }
};

QTEST_MAIN(TestLoadErrorDialog)
#include "tst_loaderrordialog.moc"
