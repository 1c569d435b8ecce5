// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/emptystate.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestEmptyState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTitleAndText()
    {
        EmptyState state;
        state.setTitle(QStringLiteral("Runs"));
        state.setText(QStringLiteral("No runs yet."));
        QCOMPARE(state.title(), QStringLiteral("Runs"));
        QCOMPARE(state.text(), QStringLiteral("No runs yet."));
        const QList<QLabel*> labels = state.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(),
                            [](const QLabel* label) { return label->text() == QStringLiteral("No runs yet."); }));
    }

    void actionButtonOnlyWithText()
    {
        EmptyState state;
        state.show();
        auto* button = state.findChild<QPushButton*>();
        QVERIFY(button);
        QVERIFY(!button->isVisible());
        QVERIFY(state.actionText().isEmpty());

        state.setActionText(QStringLiteral("Go to Workspace"));
        QVERIFY(button->isVisible());
        QCOMPARE(state.actionText(), QStringLiteral("Go to Workspace"));
        QSignalSpy triggered(&state, &EmptyState::actionTriggered);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(triggered.count(), 1);

        state.setActionText(QString());
        QVERIFY(!button->isVisible());
    }

    void iconFollowsPalette()
    {
        EmptyState state;
        QPixmap square(16, 16);
        square.fill(Qt::red);
        state.setIcon(QIcon(square));
        auto* iconLabel = state.findChildren<QLabel*>().constFirst();
        QVERIFY(!iconLabel->pixmap().isNull());
    }
};

QTEST_MAIN(TestEmptyState)
#include "tst_emptystate.moc"
