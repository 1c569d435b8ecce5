// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/selection.h"
#include "document/workspacedocument.h"
#include "runner/runcontroller.h"
#include "testworkspace.h"

#include <memory>

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
// beside the document and the selection. A test loads its workspace, then calls createRunArea().
template <typename Area> class RunAreaFixture
{
protected:
    void setUpRunArea()
    {
        m_document = std::make_unique<WorkspaceDocument>();
        m_selection = std::make_unique<Selection>();
        m_runs = std::make_unique<RunController>();
    }

    void createRunArea() { m_area = std::make_unique<Area>(m_document.get(), m_selection.get(), m_runs.get()); }

    void tearDownRunArea()
    {
        m_area.reset();
        m_runs.reset();
        m_document.reset();
        m_selection.reset();
    }

    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<RunController> m_runs;
    std::unique_ptr<Area> m_area;
};
