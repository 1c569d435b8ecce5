// SPDX-License-Identifier: GPL-3.0-or-later
#include "casesmodel.h"

#include "common/displayformat.h"
#include "document/editcommands.h"

CasesModel::CasesModel(WorkspaceDocument* document, QObject* parent)
    : DocumentItemModel(document, ColumnCount, parent)
{
}

QString CasesModel::inputPreview(const TestCase& testCase)
{
    if (!testCase.isChat())
        return DisplayFormat::oneLine(testCase.prompt);
    return tr("[chat, %n message(s)] %1", nullptr, int(testCase.messages.size()))
        .arg(DisplayFormat::oneLine(testCase.messages.constLast().content));
}

QString CasesModel::inputText(const TestCase& testCase)
{
    if (!testCase.isChat())
        return testCase.prompt;
    QStringList lines;
    for (const ChatMessage& message : testCase.messages)
        lines.append(message.role + QLatin1String(": ") + message.content);
    return lines.join(u'\n');
}

QStringList CasesModel::tagsFromText(const QString& text)
{
    QStringList tags;
    for (const QString& tag : text.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !tags.contains(trimmed))
            tags.append(trimmed);
    }
    return tags;
}

QVariant CasesModel::cellData(const TestCase& testCase, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == InputColumn)
            return inputPreview(testCase);
        if (column == ExpectedColumn)
            return DisplayFormat::oneLine(testCase.expected);
        return edit(testCase, column);
    case Qt::EditRole:
        return edit(testCase, column);
    case SortRole:
        return column == IdColumn ? DisplayFormat::naturalSortKey(testCase.id) : edit(testCase, column);
    case Qt::ToolTipRole:
        return toolTip(testCase, column);
    }
    return {};
}

QVariant CasesModel::toolTip(const TestCase& testCase, int column) const
{
    QString text;
    if (column == InputColumn)
        text = inputText(testCase);
    else if (column == ExpectedColumn)
        text = testCase.expected;
    return text.isEmpty() ? QVariant() : QVariant(text.left(2000));
}

QVariant CasesModel::edit(const TestCase& testCase, int column) const
{
    switch (column) {
    case IdColumn:
        return testCase.id;
    case InputColumn:
        return inputText(testCase);
    case ExpectedColumn:
        return testCase.expected;
    case TagsColumn:
        return testCase.tags.join(QLatin1String(", "));
    }
    return {};
}

QString CasesModel::columnTitle(int column) const
{
    switch (column) {
    case IdColumn:
        return tr("Id");
    case InputColumn:
        return tr("Input");
    case ExpectedColumn:
        return tr("Expected");
    case TagsColumn:
        return tr("Tags");
    }
    return {};
}

bool CasesModel::isEditable(int) const
{
    return true;
}

Qt::ItemFlags CasesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = DocumentItemModel::flags(index);
    if (index.isValid() && index.column() == InputColumn && itemAt(index.row()).isChat())
        flags &= ~Qt::ItemIsEditable; // a transcript is edited message by message, in the case editor
    return flags;
}

QUndoCommand* CasesModel::editCommand(int row, int column, const QVariant& value)
{
    TestCase testCase = itemAt(row);
    const QString text = value.toString();
    switch (column) {
    case IdColumn:
        if (!caseIdProblem(document()->workspace().categories.at(category()), text.trimmed(), row).isEmpty())
            return nullptr;
        testCase.id = text.trimmed();
        break;
    case InputColumn:
        if (testCase.isChat())
            return nullptr;
        testCase.prompt = text;
        break;
    case ExpectedColumn:
        testCase.expected = text;
        break;
    case TagsColumn:
        testCase.tags = tagsFromText(text);
        break;
    }
    return new SetItemCommand(document(), pathOf(row), QVariant::fromValue(testCase),
        tr("Edit test case %1").arg(testCase.id));
}

QString caseIdProblem(const Category& category, const QString& id, int row)
{
    if (id.trimmed().isEmpty())
        return CasesModel::tr("A test case needs an id.");
    const int existing = category.indexOfCase(id.trimmed());
    if (existing >= 0 && existing != row)
        return CasesModel::tr("There is already a test case \"%1\" in %2.").arg(id.trimmed(), category.name);
    return {};
}
