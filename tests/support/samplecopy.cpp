// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplecopy.h"

#include "filecontent.h"

#include <QDir>
#include <QTest>

QString copySample(const QString& folder)
{
    const QString sample = QFINDTESTDATA("../../resources/samples/support-desk/support-desk.signalbox.yaml");
    if (sample.isEmpty())
        return {};
    const QDir from = QFileInfo(sample).dir();
    const QDir to(folder);
    to.mkpath(QStringLiteral("cases"));
    for (const QString& name :
         { QStringLiteral("support-desk.signalbox.yaml"), QStringLiteral("cases/field-extraction.jsonl"),
           QStringLiteral("cases/summarisation.csv") }) {
        QFile::remove(to.filePath(name));
        if (!QFile::copy(from.filePath(name), to.filePath(name))
            || !QFile::setPermissions(to.filePath(name), QFile::ReadOwner | QFile::WriteOwner))
            return {};
    }
    return to.filePath(QStringLiteral("support-desk.signalbox.yaml"));
}

bool SampleCopy::make()
{
    m_path = m_dir.isValid() ? copySample(m_dir.path()) : QString();
    m_original = fileContent(m_path);
    return !m_path.isEmpty() && !m_original.isEmpty();
}

Category& sampleCategory(Workspace& workspace, const QString& name)
{
    for (Category& category : workspace.categories) {
        if (category.name == name)
            return category;
    }
    qFatal("no category %s in the sample", qPrintable(name));
}

int commentLines(const QByteArray& text)
{
    int count = 0;
    for (const QByteArray& line : text.split('\n'))
        count += line.trimmed().startsWith('#') ? 1 : 0;
    return count;
}
