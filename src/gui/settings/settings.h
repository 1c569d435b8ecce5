// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <QDateTime>
#include <QObject>
#include <QStringList>

class QSettings;

// The application's preferences and remembered state, over one QSettings store. Key names are the
// constants below; every setter that changes a value emits the matching signal.
class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Language { System, English, German };
    Q_ENUM(Language)
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    static constexpr int maxRecentFiles = 10;

    static constexpr QLatin1StringView recentFilesKey { "files/recent" };
    static constexpr QLatin1StringView lastWorkspaceKey { "files/lastWorkspace" };
    static constexpr QLatin1StringView languageKey { "appearance/language" };
    static constexpr QLatin1StringView themeKey { "appearance/theme" };
    static constexpr QLatin1StringView geometryKey { "window/geometry" };
    static constexpr QLatin1StringView windowStateKey { "window/state" };
    static constexpr QLatin1StringView currentAreaKey { "window/currentArea" };
    static constexpr QLatin1StringView areasGroup { "areas" };
    static constexpr QLatin1StringView exportsGroup { "exports" };

    // A routing export written from a workspace in one format: where, and the time in its header.
    struct LastExport {
        QString path;
        QDateTime generatedAt;
    };

    // The user's settings file, as QSettings finds it from the application and organisation names.
    explicit Settings(QObject* parent = nullptr);
    // An INI file at iniPath, for tests and tools.
    explicit Settings(const QString& iniPath, QObject* parent = nullptr);
    ~Settings() override;

    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
    void clearRecentFiles();
    // Drops the files that no longer exist; returns the ones left.
    QStringList pruneRecentFiles();

    QString lastWorkspace() const;
    void setLastWorkspace(const QString& path);

    Language language() const;
    void setLanguage(Language language);
    Theme theme() const;
    void setTheme(Theme theme);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QString currentArea() const;
    void setCurrentArea(const QString& key);

    // The last export per workspace (its file path; empty: an untitled one) and format key.
    LastExport lastExport(const QString& workspacePath, const QString& format) const;
    void setLastExport(const QString& workspacePath, const QString& format, const LastExport& last);

    // Each area keeps its splitter and header states in a group of its own, named by its key.
    void saveAreaState(const QString& area, const std::function<void(QSettings&)>& save);
    void restoreAreaState(const QString& area, const std::function<void(const QSettings&)>& restore);

    // Writes what changed to the settings file now. Remembered paths, the language and the theme
    // are written as they change; a failure is reported through writeFailed and returns false.
    bool sync();

    static QString languageKeyName(Language language); // "system", "en", "de" as stored
    static QString themeKeyName(Theme theme); // "system", "light", "dark" as stored

Q_SIGNALS:
    void recentFilesChanged(const QStringList& files);
    void lastWorkspaceChanged(const QString& path);
    void languageChanged(Settings::Language language);
    void themeChanged(Settings::Theme theme);
    // The settings file could not be written; the message names the file and the cause.
    void writeFailed(const QString& message);

private:
    void setRecentFiles(const QStringList& files);

    std::unique_ptr<QSettings> m_store;
};
