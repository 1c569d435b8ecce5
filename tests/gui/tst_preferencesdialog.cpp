// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences: a theme applies while the dialog is open; Cancel takes it back.
#include "settings/preferencesdialog.h"
#include "settings/settings.h"
#include "settings/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_settings->setTheme(Settings::Theme::Light);
        connect(m_settings.get(), &Settings::themeChanged, qApp, &applyTheme);
        applyTheme(Settings::Theme::Light);
    }

    void cleanup() { m_settings.reset(); }

    void themeAppliesAtOnce()
    {
        PreferencesDialog dialog(m_settings.get());
        auto* themes = dialog.findChild<QComboBox*>(u"themeCombo"_s);
        QSignalSpy changed(m_settings.get(), &Settings::themeChanged);
        themes->setCurrentIndex(themes->findData(QVariant::fromValue(Settings::Theme::Dark)));
        QCOMPARE(changed.count(), 1); // while the dialog is still open
        QCOMPARE(QApplication::palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
        dialog.accept();
        QCOMPARE(m_settings->theme(), Settings::Theme::Dark);
    }

    void cancelPutsTheThemeBack()
    {
        PreferencesDialog dialog(m_settings.get());
        auto* themes = dialog.findChild<QComboBox*>(u"themeCombo"_s);
        themes->setCurrentIndex(themes->findData(QVariant::fromValue(Settings::Theme::Dark)));
        QCOMPARE(m_settings->theme(), Settings::Theme::Dark);
        dialog.reject();
        QCOMPARE(m_settings->theme(), Settings::Theme::Light);
        QCOMPARE(QApplication::palette().color(QPalette::Window), lightPalette().color(QPalette::Window));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
