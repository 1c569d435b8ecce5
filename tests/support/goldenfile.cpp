// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldenfile.h"

#include <QFile>
#include <QList>
#include <QStringList>
#include <utility>
#include <vector>

namespace {
constexpr int context = 2;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

struct DiffLine {
    char op; // ' ', '-' or '+'
    QByteArray text;
};

// Longest common subsequence of lines; the files compared here are small.
QList<DiffLine> diffLines(const QByteArrayList& a, const QByteArrayList& b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<int>> common(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            common[i][j] = a.at(i) == b.at(j) ? common[i + 1][j + 1] + 1 : std::max(common[i + 1][j], common[i][j + 1]);
    }
    QList<DiffLine> lines;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            lines.append({ ' ', a.at(i++) });
            ++j;
        } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
            lines.append({ '+', b.at(j++) });
        } else {
            lines.append({ '-', a.at(i++) });
        }
    }
    return lines;
}
} // namespace

QString lineDiff(const QByteArray& expected, const QByteArray& actual)
{
    const QList<DiffLine> lines = diffLines(expected.split('\n'), actual.split('\n'));
    QByteArray text;
    qsizetype lastShown = -1;
    for (qsizetype k = 0; k < lines.size(); ++k) {
        bool nearChange = false;
        for (qsizetype d = std::max<qsizetype>(0, k - context); d <= std::min(lines.size() - 1, k + context); ++d)
            nearChange = nearChange || lines.at(d).op != ' ';
        if (!nearChange)
            continue;
        if (lastShown >= 0 && k > lastShown + 1)
            text += "...\n";
        text += lines.at(k).op + lines.at(k).text + '\n';
        lastShown = k;
    }
    return QString::fromUtf8(text);
}

QStringList changedLines(const QByteArray& before, const QByteArray& after)
{
    // As a unified diff shows them: in each run of changed lines, the removed ones first.
    QStringList changed, added;
    for (const DiffLine& line : diffLines(before.split('\n'), after.split('\n'))) {
        if (line.op == '-')
            changed.append(u'-' + QString::fromUtf8(line.text));
        else if (line.op == '+')
            added.append(u'+' + QString::fromUtf8(line.text));
        else
            changed += std::exchange(added, {});
    }
    return changed + added;
}

QString goldenMismatch(const QByteArray& actual, const QString& goldenPath)
{
    if (qEnvironmentVariableIntValue("SIGNALBOX_UPDATE_GOLDEN") == 1) {
        writeAll(goldenPath, actual);
        return {};
    }
    const QByteArray expected = readAll(goldenPath);
    const QString actualPath = goldenPath + QLatin1String(".actual");
    if (expected == actual) {
        QFile::remove(actualPath);
        return {};
    }
    writeAll(actualPath, actual);
    return QStringLiteral("output differs from %1 (written to %2):\n%3")
        .arg(goldenPath, actualPath, lineDiff(expected, actual));
}
