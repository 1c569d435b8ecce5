// SPDX-License-Identifier: GPL-3.0-or-later
// A cell edited in the Workspace area and saved changes that one line of the commented sample.
#include "document/workspacedocument.h"
#include "filecontent.h"
#include "goldenfile.h"
#include "samplecopy.h"
#include "workspacearea/categoriesmodel.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDocumentSave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<WorkspaceDocument>();
        QVERIFY(m_sample.make());
        QVERIFY(m_document->load(m_sample.path()).ok());
    }

    void cellEditIsOneLine()
    {
        CategoriesModel model(m_document.get());
        QVERIFY(model.setData(model.index(0, CategoriesModel::ThresholdColumn), 85.0));
        QVERIFY(m_document->isModified());
        QString error;
        QVERIFY2(m_document->save(m_sample.path(), &error), qPrintable(error));
        const QByteArray saved = fileContent(m_sample.path());
        QCOMPARE(changedLines(m_sample.original(), saved),
                 (QStringList { u"-    threshold: 0.9"_s, u"+    threshold: 0.85"_s }));
        QCOMPARE(commentLines(saved), commentLines(m_sample.original()));
    }

    void saveAsKeepsTheComments()
    {
        CategoriesModel model(m_document.get());
        QVERIFY(model.setData(model.index(1, CategoriesModel::NameColumn), u"mood"_s));
        const QString copy = m_sample.filePath(u"copy.signalbox.yaml"_s);
        QString error;
        QVERIFY2(m_document->save(copy, &error), qPrintable(error));
        QCOMPARE(fileContent(m_sample.path()), m_sample.original());
        // No route names sentiment, so the rename is this one line.
        QCOMPARE(changedLines(m_sample.original(), fileContent(copy)),
                 (QStringList { u"-  - name: sentiment"_s, u"+  - name: mood"_s }));
        QCOMPARE(m_document->filePath(), QFileInfo(copy).absoluteFilePath());
    }

    void unchangedSaveLeavesTheFileAsItWas()
    {
        QString error;
        QVERIFY2(m_document->save(m_sample.path(), &error), qPrintable(error));
        QCOMPARE(fileContent(m_sample.path()), m_sample.original());
    }

private:
    SampleCopy m_sample;
    std::unique_ptr<WorkspaceDocument> m_document;
};

QTEST_MAIN(TestDocumentSave)
#include "tst_documentsave.moc"
