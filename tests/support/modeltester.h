// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <QAbstractItemModelTester>

// Watches a model for the rest of the test and fails the test on a broken model contract. Create
// it before the model is filled, so that every insertion and reset is checked too.
inline std::unique_ptr<QAbstractItemModelTester> modelTester(QAbstractItemModel* model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}
