// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {
// Stored as words, not numbers, so that the file stays readable and survives reordered enums.
template <typename E>
E fromKeyName(const QString& stored, QString (*keyName)(E), std::initializer_list<E> values, E fallback)
{
    for (E value : values) {
        if (keyName(value) == stored)
            return value;
    }
    return fallback;
}

// One group per workspace and format; a workspace path is no key name, so it is hashed.
QString exportGroup(const QString& workspacePath, const QString& format)
{
    const QString absolute = workspacePath.isEmpty() ? QString() : QFileInfo(workspacePath).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return Settings::exportsGroup + u'/' + format + u'-' + QString::fromLatin1(hash);
}
} // namespace

Settings::Settings(QObject* parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QStringList Settings::recentFiles() const
{
    return m_store->value(recentFilesKey).toStringList();
}

void Settings::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    setRecentFiles(files.mid(0, maxRecentFiles));
}

void Settings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    if (files.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        setRecentFiles(files);
}

void Settings::clearRecentFiles()
{
    setRecentFiles({});
}

QStringList Settings::pruneRecentFiles()
{
    const QStringList files = recentFiles();
    QStringList existing;
    for (const QString& file : files) {
        if (QFileInfo::exists(file))
            existing.append(file);
    }
    if (existing != files)
        setRecentFiles(existing);
    return existing;
}

void Settings::setRecentFiles(const QStringList& files)
{
    if (files == recentFiles())
        return;
    if (files.isEmpty())
        m_store->remove(recentFilesKey);
    else
        m_store->setValue(recentFilesKey, files);
    sync();
    Q_EMIT recentFilesChanged(files);
}

QString Settings::lastWorkspace() const
{
    return m_store->value(lastWorkspaceKey).toString();
}

void Settings::setLastWorkspace(const QString& path)
{
    if (path == lastWorkspace())
        return;
    m_store->setValue(lastWorkspaceKey, path);
    sync();
    Q_EMIT lastWorkspaceChanged(path);
}

Settings::Language Settings::language() const
{
    return fromKeyName(m_store->value(languageKey).toString(), &Settings::languageKeyName,
                       { Language::System, Language::English, Language::German }, Language::System);
}

void Settings::setLanguage(Language language)
{
    if (language == this->language())
        return;
    m_store->setValue(languageKey, languageKeyName(language));
    sync();
    Q_EMIT languageChanged(language);
}

Settings::Theme Settings::theme() const
{
    return fromKeyName(m_store->value(themeKey).toString(), &Settings::themeKeyName,
                       { Theme::System, Theme::Light, Theme::Dark }, Theme::System);
}

void Settings::setTheme(Theme theme)
{
    if (theme == this->theme())
        return;
    m_store->setValue(themeKey, themeKeyName(theme));
    sync();
    Q_EMIT themeChanged(theme);
}

QByteArray Settings::windowGeometry() const
{
    return m_store->value(geometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_store->setValue(geometryKey, geometry);
}

QByteArray Settings::windowState() const
{
    return m_store->value(windowStateKey).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    m_store->setValue(windowStateKey, state);
}

QString Settings::currentArea() const
{
    return m_store->value(currentAreaKey).toString();
}

void Settings::setCurrentArea(const QString& key)
{
    m_store->setValue(currentAreaKey, key);
}

Settings::LastExport Settings::lastExport(const QString& workspacePath, const QString& format) const
{
    const QString group = exportGroup(workspacePath, format);
    return { m_store->value(group + u"/path").toString(),
             QDateTime::fromString(m_store->value(group + u"/generatedAt").toString(), Qt::ISODateWithMs) };
}

void Settings::setLastExport(const QString& workspacePath, const QString& format, const LastExport& last)
{
    const QString group = exportGroup(workspacePath, format);
    if (last.path.isEmpty()) {
        m_store->remove(group);
    } else {
        m_store->setValue(group + u"/path", last.path);
        m_store->setValue(group + u"/generatedAt", last.generatedAt.toString(Qt::ISODateWithMs));
    }
    sync();
}

void Settings::saveAreaState(const QString& area, const std::function<void(QSettings&)>& save)
{
    m_store->beginGroup(areasGroup + u'/' + area);
    save(*m_store);
    m_store->endGroup();
}

void Settings::restoreAreaState(const QString& area, const std::function<void(const QSettings&)>& restore)
{
    m_store->beginGroup(areasGroup + u'/' + area);
    restore(*m_store);
    m_store->endGroup();
}

bool Settings::sync()
{
    m_store->sync();
    if (m_store->status() == QSettings::NoError)
        return true;
    const QString reason = m_store->status() == QSettings::FormatError
        ? tr("the file is not in the settings format")
        : tr("the file or its folder cannot be written (a full disk or missing rights)");
    const QString message = tr("Signalbox could not save its settings to %1: %2.")
                                .arg(QDir::toNativeSeparators(m_store->fileName()), reason);
    qWarning().noquote() << message;
    Q_EMIT writeFailed(message);
    return false;
}

QString Settings::languageKeyName(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::German:
        return QStringLiteral("de");
    case Language::System:
        break;
    }
    return QStringLiteral("system");
}

QString Settings::themeKeyName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}
