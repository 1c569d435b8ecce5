// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fileerror.h"

#include <QByteArrayList>
#include <yaml-cpp/yaml.h>

// Collects located errors for one file. Nodes built in code (from a JSONL line) have no mark:
// their errors point at the start of fallbackLine. Given the file's text, columns count
// characters (yaml-cpp counts bytes) and a position inside a quoted scalar can be found.
class YamlErrors
{
public:
    YamlErrors(const QString& file, FileErrors* out, int fallbackLine = 0);

    void setSource(const QByteArray& text);
    void add(const YAML::Mark& mark, const QString& message);
    void add(const YAML::Node& node, const QString& message) { add(node.Mark(), message); }
    // Warnings go to their own list, when one is set; they do not stop a load.
    void setWarnings(FileErrors* out) { m_warnings = out; }
    void addWarning(const YAML::Mark& mark, const QString& message);
    const QString& file() const { return m_file; }
    int fallbackLine() const { return m_fallbackLine; }
    void setFallbackLine(int line) { m_fallbackLine = line; }
    qsizetype count() const { return m_out->size(); }

    // The mark of the character at offset in a scalar's text: exact for plain, single- and
    // double-quoted scalars on one line; the scalar's start otherwise.
    YAML::Mark markInScalar(const YAML::Node& node, int offset) const;

private:
    QByteArray lineBytes(int line) const;

    QString m_file;
    FileError located(const YAML::Mark& mark, const QString& message) const;

    FileErrors* m_out;
    FileErrors* m_warnings = nullptr;
    int m_fallbackLine;
    QByteArrayList m_lines;
};
