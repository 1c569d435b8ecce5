// SPDX-License-Identifier: GPL-3.0-or-later
#include "areafixture.h"

#include <QTest>

RunAreaTest::~RunAreaTest() = default;

void RunAreaTest::setUpRunArea()
{
    QVERIFY(m_dir.isValid());
    m_document = std::make_unique<WorkspaceDocument>();
    m_selection = std::make_unique<Selection>();
    m_runs = std::make_unique<RunController>();
}

// The area first: it holds on to the document, the selection and the runs.
void RunAreaTest::tearDownRunArea()
{
    dropArea();
    m_runs.reset();
    m_document.reset();
    m_selection.reset();
}
