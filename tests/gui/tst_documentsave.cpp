// SPDX-License-Identifier: GPL-3.0-or-later
// A cell edited in the Workspace area and saved changes that one line of the commented sample.
#include "../workspacefile/goldenfile.h"
#include "../workspacefile/samplecopy.h"
#include "document/workspacedocument.h"
#include "workspacearea/categoriesmodel.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
int commentLines(const QByteArray& text)
{
    int count = 0;
    for (const QByteArray& line : text.split('\n'))
        count += line.trimmed().startsWith('#') ? 1 : 0;
    return count;
}
} // namespace

class TestDocumentSave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = copySample(m_dir.path());
        QVERIFY(!m_path.isEmpty());
        m_original = readFile(m_path);
        QCOMPARE(commentLines(m_original), 5);
        m_document = std::make_unique<WorkspaceDocument>();
        QVERIFY(m_document->load(m_path).ok());
    }

    void cellEditIsOneLine()
    {
        CategoriesModel model(m_document.get());
        QVERIFY(model.setData(model.index(0, CategoriesModel::ThresholdColumn), 85.0));
        QVERIFY(m_document->isModified());
        QString error;
        QVERIFY2(m_document->save(m_path, &error), qPrintable(error));
        const QByteArray saved = readFile(m_path);
        QCOMPARE(changedLines(m_original, saved),
                 (QStringList { u"-    threshold: 0.9"_s, u"+    threshold: 0.85"_s }));
        QCOMPARE(commentLines(saved), 5);
    }

    void saveAsKeepsTheComments()
    {
        CategoriesModel model(m_document.get());
        QVERIFY(model.setData(model.index(1, CategoriesModel::NameColumn), u"mood"_s));
        const QString copy = m_dir.filePath(u"copy.signalbox.yaml"_s);
        QString error;
        QVERIFY2(m_document->save(copy, &error), qPrintable(error));
        QCOMPARE(readFile(m_path), m_original);
        // No route names sentiment, so the rename is this one line.
        QCOMPARE(changedLines(m_original, readFile(copy)),
                 (QStringList { u"-  - name: sentiment"_s, u"+  - name: mood"_s }));
        QCOMPARE(m_document->filePath(), QFileInfo(copy).absoluteFilePath());
    }

    void unchangedSaveLeavesTheFileAsItWas()
    {
        QString error;
        QVERIFY2(m_document->save(m_path, &error), qPrintable(error));
        QCOMPARE(readFile(m_path), m_original);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_original;
    std::unique_ptr<WorkspaceDocument> m_document;
};

QTEST_MAIN(TestDocumentSave)
#include "tst_documentsave.moc"
