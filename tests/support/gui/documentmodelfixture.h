// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/workspacedocument.h"
#include "modeltester.h"
#include "testworkspace.h"

#include <QTest>
#include <QUndoStack>

#include <memory>

// What a test of an item model over the workspace document sets up before each test function and
// drops after it: the document, the model, and QAbstractItemModelTester watching the model from
// before the workspace is loaded. A test class derives from QObject and from this.
template <typename Model> class DocumentModelFixture
{
protected:
    void setUpModel(const Workspace& workspace = testWorkspace())
    {
        m_document = std::make_unique<WorkspaceDocument>();
        m_model = std::make_unique<Model>(m_document.get());
        m_tester = modelTester(m_model.get());
        m_document->reset(workspace);
    }

    // An edit of the first row's column through setData(): refused, or one undo step that shows the
    // value and that undo takes back to the test workspace.
    void verifyEdit(int column, const QVariant& value, bool accepted)
    {
        QUndoStack* stack = m_document->undoStack();
        QCOMPARE(m_model->setData(m_model->index(0, column), value), accepted);
        QCOMPARE(stack->count(), accepted ? 1 : 0);
        if (accepted) {
            QCOMPARE(m_model->index(0, column).data(Qt::EditRole), value);
            stack->undo();
            QCOMPARE(m_document->workspace(), testWorkspace());
        }
    }

    void tearDownModel()
    {
        m_tester.reset();
        m_model.reset();
        m_document.reset();
    }

    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};
