// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

Translations::Translations(QObject* parent)
    : QObject(parent)
{
}

Translations::~Translations()
{
    removeAll();
}

QLocale Translations::localeFor(Settings::Language language)
{
    switch (language) {
    case Settings::Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Settings::Language::German:
        return QLocale(QLocale::German, QLocale::Germany);
    case Settings::Language::System:
        break;
    }
    return QLocale::system();
}

bool Translations::install(Settings::Language language)
{
    removeAll();
    const QLocale locale = localeFor(language);
    const bool found = add(locale, QStringLiteral("signalbox"), directory());
    if (found)
        add(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    else // the source text is English; its translation holds the plural forms
        add(QLocale(QLocale::English), QStringLiteral("signalbox"), directory());
    if (!m_translators.isEmpty())
        m_installedFile = m_translators.constFirst()->filePath();
    return found;
}

bool Translations::add(const QLocale& locale, const QString& name, const QString& directory)
{
    auto* translator = new QTranslator(this);
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    m_translators.append(translator);
    return true;
}

void Translations::removeAll()
{
    for (QTranslator* translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
    m_installedFile.clear();
}
