// SPDX-License-Identifier: GPL-3.0-or-later
// signalbox --help and --version answer anywhere, also on a server without a display.
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersWithoutADisplay_data();
    void answersWithoutADisplay();
};

namespace {
// The environment of a server: no X, no Wayland, no platform chosen for Qt.
QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : { u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s })
        environment.remove(name);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return environment;
}
} // namespace

void TestAppHelp::answersWithoutADisplay_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("--help") << u"--help"_s
                            << QStringList { u"Usage:"_s, u"--screenshot <dir>"_s, u"[workspace]"_s, u"--version"_s };
    QTest::newRow("-h") << u"-h"_s << QStringList { u"Usage:"_s, u"--screenshot"_s };
    QTest::newRow("--version") << u"--version"_s << QStringList { u"signalbox "_s };
}

void TestAppHelp::answersWithoutADisplay()
{
    QFETCH(QString, argument);
    QFETCH(QStringList, expected);
    QProcess process;
    process.setProcessEnvironment(withoutDisplay());
    process.start(QStringLiteral(SIGNALBOX_APP_PATH), { argument });
    QVERIFY2(process.waitForFinished(30000), qPrintable(process.errorString()));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // an abort would be a crash exit
    QVERIFY2(process.exitCode() == 0, qPrintable(errors));
    for (const QString& text : expected)
        QVERIFY2(output.contains(text), qPrintable(u"%1 missing from:\n%2"_s.arg(text, output)));
}

QTEST_GUILESS_MAIN(TestAppHelp)
#include "tst_apphelp.moc"
