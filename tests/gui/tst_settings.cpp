// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ini = m_dir->filePath(QStringLiteral("signalbox.ini"));
    }

    void defaultsWhenEmpty()
    {
        Settings settings(m_ini);
        QCOMPARE(settings.language(), Settings::Language::System);
        QCOMPARE(settings.theme(), Settings::Theme::System);
        QVERIFY(settings.recentFiles().isEmpty());
        QVERIFY(settings.lastWorkspace().isEmpty());
        QVERIFY(settings.windowGeometry().isEmpty());
    }

    void languageRoundTrip_data()
    {
        QTest::addColumn<Settings::Language>("language");
        QTest::addColumn<QString>("stored");
        QTest::newRow("english") << Settings::Language::English << QStringLiteral("en");
        QTest::newRow("german") << Settings::Language::German << QStringLiteral("de");
    }

    void languageRoundTrip()
    {
        QFETCH(Settings::Language, language);
        QFETCH(QString, stored);
        {
            Settings settings(m_ini);
            QSignalSpy changed(&settings, &Settings::languageChanged);
            settings.setLanguage(language);
            settings.setLanguage(language);
            QCOMPARE(changed.count(), 1);
            QCOMPARE(changed.at(0).at(0).value<Settings::Language>(), language);
        }
        QCOMPARE(QSettings(m_ini, QSettings::IniFormat).value(Settings::languageKey).toString(), stored);
        QCOMPARE(Settings(m_ini).language(), language);
    }

    void themeRoundTrip_data()
    {
        QTest::addColumn<Settings::Theme>("theme");
        QTest::addColumn<QString>("stored");
        QTest::newRow("light") << Settings::Theme::Light << QStringLiteral("light");
        QTest::newRow("dark") << Settings::Theme::Dark << QStringLiteral("dark");
    }

    void themeRoundTrip()
    {
        QFETCH(Settings::Theme, theme);
        QFETCH(QString, stored);
        {
            Settings settings(m_ini);
            QSignalSpy changed(&settings, &Settings::themeChanged);
            settings.setTheme(theme);
            QCOMPARE(changed.count(), 1);
        }
        QCOMPARE(QSettings(m_ini, QSettings::IniFormat).value(Settings::themeKey).toString(), stored);
        QCOMPARE(Settings(m_ini).theme(), theme);
    }

    void unknownStoredValuesFallBack()
    {
        {
            QSettings raw(m_ini, QSettings::IniFormat);
            raw.setValue(Settings::languageKey, QStringLiteral("klingon"));
            raw.setValue(Settings::themeKey, 2);
        }
        Settings settings(m_ini);
        QCOMPARE(settings.language(), Settings::Language::System);
        QCOMPARE(settings.theme(), Settings::Theme::System);
    }

    void windowAndAreaStateRoundTrip()
    {
        {
            Settings settings(m_ini);
            settings.setWindowGeometry("geometry-bytes");
            settings.setWindowState("state-bytes");
            settings.setCurrentArea(QStringLiteral("models"));
            settings.setLastWorkspace(QStringLiteral("/tmp/a.signalbox.yaml"));
            settings.saveAreaState(QStringLiteral("workspace"), [](QSettings& store) {
                store.setValue(QStringLiteral("splitter"), QByteArray("ws-splitter"));
            });
            settings.saveAreaState(QStringLiteral("models"), [](QSettings& store) {
                store.setValue(QStringLiteral("splitter"), QByteArray("models-splitter"));
            });
        }
        Settings settings(m_ini);
        QCOMPARE(settings.windowGeometry(), QByteArray("geometry-bytes"));
        QCOMPARE(settings.windowState(), QByteArray("state-bytes"));
        QCOMPARE(settings.currentArea(), QStringLiteral("models"));
        QCOMPARE(settings.lastWorkspace(), QStringLiteral("/tmp/a.signalbox.yaml"));
        QByteArray workspaceSplitter;
        settings.restoreAreaState(QStringLiteral("workspace"), [&](const QSettings& store) {
            workspaceSplitter = store.value(QStringLiteral("splitter")).toByteArray();
        });
        QCOMPARE(workspaceSplitter, QByteArray("ws-splitter"));
        QCOMPARE(QSettings(m_ini, QSettings::IniFormat).value(QStringLiteral("areas/models/splitter")).toByteArray(),
                 QByteArray("models-splitter"));
    }

    void recentFilesNewestFirstWithoutDuplicates()
    {
        Settings settings(m_ini);
        QSignalSpy changed(&settings, &Settings::recentFilesChanged);
        settings.addRecentFile(file(QStringLiteral("a")));
        settings.addRecentFile(file(QStringLiteral("b")));
        settings.addRecentFile(file(QStringLiteral("a")));
        QCOMPARE(settings.recentFiles(), QStringList({ file(QStringLiteral("a")), file(QStringLiteral("b")) }));
        QCOMPARE(changed.count(), 3);
        settings.removeRecentFile(file(QStringLiteral("a")));
        QCOMPARE(settings.recentFiles(), QStringList({ file(QStringLiteral("b")) }));
        settings.clearRecentFiles();
        QVERIFY(settings.recentFiles().isEmpty());
        QCOMPARE(changed.count(), 5);
    }

    void recentFilesKeepAtMostTen()
    {
        Settings settings(m_ini);
        for (int i = 0; i < Settings::maxRecentFiles + 3; ++i)
            settings.addRecentFile(file(QString::number(i)));
        const QStringList files = settings.recentFiles();
        QCOMPARE(files.size(), Settings::maxRecentFiles);
        QCOMPARE(files.constFirst(), file(QString::number(Settings::maxRecentFiles + 2)));
        QCOMPARE(files.constLast(), file(QStringLiteral("3")));
    }

    void pruningDropsMissingFiles()
    {
        Settings settings(m_ini);
        const QString kept = file(QStringLiteral("kept"));
        const QString gone = file(QStringLiteral("gone"));
        QVERIFY(touch(kept));
        QVERIFY(touch(gone));
        settings.addRecentFile(kept);
        settings.addRecentFile(gone);
        QVERIFY(QFile::remove(gone));
        QSignalSpy changed(&settings, &Settings::recentFilesChanged);
        QCOMPARE(settings.pruneRecentFiles(), QStringList { kept });
        QCOMPARE(settings.recentFiles(), QStringList { kept });
        QCOMPARE(changed.count(), 1);
        settings.pruneRecentFiles();
        QCOMPARE(changed.count(), 1);
    }

private:
    QString file(const QString& name) const { return m_dir->filePath(name + QStringLiteral(".signalbox.yaml")); }

    static bool touch(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
