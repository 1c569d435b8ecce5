// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/documentitemmodel.h"

// The test cases of one category (setCategory()): id, a preview of the input, expected output, tags.
class CasesModel : public DocumentItemModel<TestCase>
{
    Q_OBJECT
public:
    enum Column { IdColumn, InputColumn, ExpectedColumn, TagsColumn, ColumnCount };

    explicit CasesModel(WorkspaceDocument* document, QObject* parent = nullptr);

    Qt::ItemFlags flags(const QModelIndex& index) const override;

    static QString inputPreview(const TestCase& testCase);
    static QString inputText(const TestCase& testCase); // the whole input, a transcript for chats
    static QStringList tagsFromText(const QString& text); // "a, b" -> {a, b}

protected:
    QVariant cellData(const TestCase& testCase, int column, int role) const override;
    QString columnTitle(int column) const override;
    bool isEditable(int column) const override;
    QUndoCommand* editCommand(int row, int column, const QVariant& value) override;

private:
    QVariant edit(const TestCase& testCase, int column) const;
    QVariant toolTip(const TestCase& testCase, int column) const;
};

// Whether id is usable for a case in row of category (row -1: a new one); empty string when it is.
QString caseIdProblem(const Category& category, const QString& id, int row);
