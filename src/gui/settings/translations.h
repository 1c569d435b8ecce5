// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings.h"

#include <QLocale>
#include <QObject>

class QTranslator;

// Installs Signalbox's translation (built into the executable under :/i18n) and Qt's own
// (qtbase_*.qm from Qt's translations folder, when installed) for the chosen language.
class Translations : public QObject
{
    Q_OBJECT
public:
    explicit Translations(QObject* parent = nullptr);
    ~Translations() override;

    // Replaces the installed translators; returns false when Signalbox has no translation for the
    // language (the program then speaks English).
    bool install(Settings::Language language);
    QString installedFile() const { return m_installedFile; }

    static QLocale localeFor(Settings::Language language);
    static QString directory() { return QStringLiteral(":/i18n"); }

private:
    bool add(const QLocale& locale, const QString& name, const QString& directory);
    void removeAll();

    QList<QTranslator*> m_translators;
    QString m_installedFile;
};
