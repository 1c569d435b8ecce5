// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/selection.h"
#include "document/workspacedocument.h"
#include "runner/runcontroller.h"
#include "testworkspace.h"

#include <memory>
#include <QTemporaryDir>

// What a test of an editing area sets up before each test function and drops after it: the
// document holding the test workspace, the selection the areas share, and the area over both.
template <typename Area> class AreaFixture
{
protected:
    void setUpArea(const Workspace& workspace = testWorkspace())
    {
        m_document = std::make_unique<WorkspaceDocument>();
        m_selection = std::make_unique<Selection>();
        m_document->reset(workspace);
        m_area = std::make_unique<Area>(m_document.get(), m_selection.get());
    }

    void tearDownArea()
    {
        m_area.reset();
        m_selection.reset();
        m_document.reset();
    }

    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<Area> m_area;
};

// The same for an area that follows the runs too (Results, Routing, Shadow): a run controller
// beside the document and the selection, and a temporary folder for workspace files and their
// results databases that lasts as long as the test object. QtTest calls init() and cleanup() of
// this base before and after each test function; a test loads its workspace, then calls
// createRunArea().
class RunAreaTest : public QObject
{
    Q_OBJECT
public:
    ~RunAreaTest() override;

protected:
    void setUpRunArea();
    void tearDownRunArea();
    virtual void dropArea() = 0;

    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<RunController> m_runs;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init() { setUpRunArea(); }
    void cleanup() { tearDownRunArea(); }
};

template <typename Area> class RunAreaFixture : public RunAreaTest
{
protected:
    void createRunArea() { m_area = std::make_unique<Area>(m_document.get(), m_selection.get(), m_runs.get()); }
    void dropArea() override { m_area.reset(); }

    std::unique_ptr<Area> m_area;
};
