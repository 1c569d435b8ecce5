// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcaseform.h"
#include "ui_testcaseform.h"

#include "casesmodel.h"
#include "common/chatmessagesmodel.h"
#include "common/comboboxdelegate.h"
#include "common/formfields.h"
#include "common/itemtracker.h"
#include "common/keyvaluemodel.h"
#include "common/multilinedelegate.h"
#include "common/scorerlistmodel.h"
#include "document/editcommands.h"

#include <QTableView>
#include <QUndoStack>

TestCaseForm::TestCaseForm(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::TestCaseForm>())
    , m_document(document)
    , m_tracker(new ItemTracker(document, this))
    , m_messages(new ChatMessagesModel(this))
    , m_vars(new KeyValueModel(tr("Variable"), tr("Value"), this))
    , m_scorers(new ScorerListModel(this))
{
    ui->setupUi(this);
    setUpLists();
    connectFields();
    connect(m_tracker, &ItemTracker::changed, this, &TestCaseForm::refresh);
    connect(m_tracker, &ItemTracker::lost, this, [this] { setEnabled(false); });
}

TestCaseForm::~TestCaseForm() = default;

void TestCaseForm::setCase(int category, int row)
{
    ui->idNotice->setText({});
    ui->idEdit->setModified(false);
    m_tracker->setPath({ ItemPath::List::Cases, category, row });
    setEnabled(m_tracker->isValid());
}

ItemPath TestCaseForm::path() const
{
    return m_tracker->path();
}

void TestCaseForm::focusFirstField()
{
    FormFields::focusForTyping(ui->idEdit);
}

void TestCaseForm::setUpLists()
{
    ui->messagesEditor->setModel(m_messages);
    ui->messagesEditor->setVisibleRows(5);
    ui->messagesEditor->view()->setItemDelegateForColumn(
        ChatMessagesModel::RoleColumn, new ComboBoxDelegate(ChatMessagesModel::roles(), false, this));
    ui->messagesEditor->view()->setItemDelegateForColumn(ChatMessagesModel::ContentColumn, new MultiLineDelegate(this));
    ui->messagesEditor->setColumnWidths({ 100 }, ChatMessagesModel::ContentColumn);
    ui->messagesEditor->setEmptyMessage(tr("No messages yet: add the conversation, one message per row"));
    ui->varsEditor->setModel(m_vars);
    ui->varsEditor->setVisibleRows(2);
    ui->varsEditor->setColumnWidths({ 140 }, KeyValueModel::ValueColumn);
    ui->varsEditor->setEmptyMessage(tr("No variables"));
    ui->scorersEditor->setModel(m_scorers);
    ui->scorersEditor->setVisibleRows(2);
    ui->scorersEditor->view()->setItemDelegateForColumn(
        ScorerListModel::TypeColumn, new ComboBoxDelegate(ScorerListModel::typeChoices(), true, this));
    ui->scorersEditor->setColumnWidths({ 120, 0, 55, 70, 80 }, ScorerListModel::ValueColumn);
    ui->scorersEditor->setEmptyMessage(tr("None: the category's default scorers apply"));
}

void TestCaseForm::connectFields()
{
    connect(ui->idEdit, &QLineEdit::editingFinished, this, &TestCaseForm::commitId);
    connect(ui->chatRadio, &QRadioButton::toggled, this, &TestCaseForm::switchInputKind);
    connect(ui->promptEdit, &QPlainTextEdit::textChanged, this,
        [this] { commit(PromptField, [this](TestCase& c) { c.prompt = ui->promptEdit->toPlainText(); }); });
    connect(ui->messagesEditor, &ListEditor::edited, this,
        [this] { commit(MessagesField, [this](TestCase& c) { c.messages = m_messages->items(); }); });
    connect(ui->systemPromptEdit, &QPlainTextEdit::textChanged, this, [this] {
        commit(SystemPromptField, [this](TestCase& c) { c.systemPrompt = ui->systemPromptEdit->toPlainText(); });
    });
    connect(ui->varsEditor, &ListEditor::edited, this,
        [this] { commit(VarsField, [this](TestCase& c) { c.vars = m_vars->toMap(); }); });
    connect(ui->expectedEdit, &QPlainTextEdit::textChanged, this,
        [this] { commit(ExpectedField, [this](TestCase& c) { c.expected = ui->expectedEdit->toPlainText(); }); });
    connect(ui->scorersEditor, &ListEditor::edited, this,
        [this] { commit(ScorersField, [this](TestCase& c) { c.scorers = m_scorers->items(); }); });
    connect(ui->tagsEdit, &QLineEdit::textEdited, this, [this] {
        commit(TagsField, [this](TestCase& c) { c.tags = CasesModel::tagsFromText(ui->tagsEdit->text()); });
    });
}

void TestCaseForm::refresh()
{
    const ItemPath path = m_tracker->path();
    const TestCase& testCase = m_document->workspace().categories.at(path.category).cases.at(path.row);
    setEnabled(true);
    if (!ui->idEdit->isModified())
        FormFields::show(ui->idEdit, testCase.id);
    {
        const QSignalBlocker blocker(ui->chatRadio);
        ui->chatRadio->setChecked(testCase.isChat());
        ui->promptRadio->setChecked(!testCase.isChat());
    }
    ui->inputStack->setCurrentWidget(testCase.isChat() ? static_cast<QWidget*>(ui->messagesEditor) : ui->promptEdit);
    FormFields::show(ui->promptEdit, testCase.prompt);
    m_messages->setItems(testCase.messages);
    FormFields::show(ui->systemPromptEdit, testCase.systemPrompt);
    m_vars->setMap(testCase.vars);
    FormFields::show(ui->expectedEdit, testCase.expected);
    m_scorers->setItems(testCase.scorers);
    if (CasesModel::tagsFromText(ui->tagsEdit->text()) != testCase.tags)
        FormFields::show(ui->tagsEdit, testCase.tags.join(QLatin1String(", ")));
}

void TestCaseForm::commit(Field field, const std::function<void(TestCase&)>& change)
{
    if (!m_tracker->isValid())
        return;
    const ItemPath path = m_tracker->path();
    const TestCase& current = m_document->workspace().categories.at(path.category).cases.at(path.row);
    TestCase value = current;
    change(value);
    if (value == current)
        return;
    auto* command = new SetItemCommand(
        m_document, path, QVariant::fromValue(value), tr("Edit test case %1").arg(value.id));
    command->setMergeField(field);
    m_document->undoStack()->push(command);
}

void TestCaseForm::commitId()
{
    if (!m_tracker->isValid())
        return;
    const ItemPath path = m_tracker->path();
    const Category& category = m_document->workspace().categories.at(path.category);
    const QString id = ui->idEdit->text().trimmed();
    const QString problem = id == category.cases.at(path.row).id ? QString() : caseIdProblem(category, id, path.row);
    ui->idNotice->setText(problem);
    if (!problem.isEmpty())
        return;
    ui->idEdit->setModified(false);
    FormFields::show(ui->idEdit, id);
    commit(Unmerged, [&](TestCase& c) { c.id = id; });
}

// A prompt becomes the first user message and back; undo restores what the switch changed.
void TestCaseForm::switchInputKind(bool chat)
{
    commit(Unmerged, [chat](TestCase& c) {
        if (chat && c.messages.isEmpty()) {
            c.messages = { { QStringLiteral("user"), c.prompt } };
            c.prompt.clear();
        } else if (!chat && !c.messages.isEmpty()) {
            QStringList contents;
            for (const ChatMessage& message : std::as_const(c.messages))
                contents.append(message.content);
            c.prompt = contents.join(QLatin1String("\n\n"));
            c.messages.clear();
        }
    });
}
