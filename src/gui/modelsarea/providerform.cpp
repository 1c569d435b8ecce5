// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerform.h"
#include "ui_providerform.h"

#include "common/formfields.h"
#include "common/itemtracker.h"
#include "common/keyvaluemodel.h"
#include "document/documentedits.h"
#include "document/editcommands.h"
#include "providersmodel.h"
#include "storekeydialog.h"

#include <QRegularExpression>
#include <QUndoStack>

namespace {
using Store = KeyReference::Store;
}

ProviderForm::ProviderForm(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ProviderForm>())
    , m_document(document)
    , m_tracker(new ItemTracker(document, this))
    , m_headers(new KeyValueModel(tr("Header"), tr("Value"), this))
{
    ui->setupUi(this);
    for (const QString& key : providerKindKeys())
        ui->kindCombo->addItem(providerKindDisplayName(*providerKindFromKey(key)), key);
    ui->keyStoreCombo->addItem(tr("None"), int(Store::None));
    ui->keyStoreCombo->addItem(tr("Environment variable"), int(Store::Environment));
    ui->keyStoreCombo->addItem(tr("Keyring entry"), int(Store::Keyring));
    ui->headersEditor->setModel(m_headers);
    ui->headersEditor->setVisibleRows(2);
    ui->headersEditor->setColumnWidths({ 180 }, KeyValueModel::ValueColumn);
    ui->headersEditor->setEmptyMessage(tr("No extra headers"));
    ui->headersNotice->setKind(NoticeBanner::Kind::Warning);
    ui->keyStatusLabel->setForegroundRole(QPalette::PlaceholderText);
    connectFields();
    connect(m_tracker, &ItemTracker::changed, this, &ProviderForm::refresh);
    connect(m_tracker, &ItemTracker::lost, this, [this] { setEnabled(false); });
}

ProviderForm::~ProviderForm() = default;

void ProviderForm::setProvider(int row)
{
    ui->nameNotice->setText({});
    ui->nameEdit->setModified(false);
    m_tracker->setPath({ ItemPath::List::Providers, -1, row });
    setEnabled(m_tracker->isValid());
}

int ProviderForm::provider() const
{
    return m_tracker->path().row;
}

void ProviderForm::focusFirstField()
{
    FormFields::focusForTyping(ui->nameEdit);
}

QString ProviderForm::secretHeaderWarning(const QMap<QString, QString>& headers)
{
    static const QRegularExpression secretish(QStringLiteral("authorization|api[-_]?key|token|secret|password"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        if (secretish.match(it.key()).hasMatch()) {
            return tr("The header \"%1\" looks like it carries a secret. Headers are saved in the workspace file: "
                      "keep API keys in the key reference above instead.")
                .arg(it.key());
        }
    }
    return {};
}

void ProviderForm::connectFields()
{
    connect(ui->nameEdit, &QLineEdit::editingFinished, this, &ProviderForm::commitName);
    connect(ui->kindCombo, &QComboBox::currentIndexChanged, this, &ProviderForm::commitKind);
    connect(ui->baseUrlEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        commit(BaseUrlField, [&](Provider& p) { p.baseUrl = text.trimmed(); });
    });
    connect(ui->keyStoreCombo, &QComboBox::currentIndexChanged, this, &ProviderForm::commitKeyStore);
    connect(ui->keyNameEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        commit(KeyNameField, [&](Provider& p) { p.key.name = text.trimmed(); });
    });
    connect(ui->storeKeyButton, &QPushButton::clicked, this, &ProviderForm::storeKey);
    connect(ui->concurrencySpin, &QSpinBox::valueChanged, this,
        [this](int value) { commit(ConcurrencyField, [&](Provider& p) { p.concurrency = value; }); });
    connect(ui->rpmSpin, &QSpinBox::valueChanged, this,
        [this](int value) { commit(RpmField, [&](Provider& p) { p.requestsPerMinute = value; }); });
    connect(ui->timeoutSpin, &QSpinBox::valueChanged, this,
        [this](int value) { commit(TimeoutField, [&](Provider& p) { p.timeoutSeconds = value; }); });
    connect(ui->headersEditor, &ListEditor::edited, this,
        [this] { commit(HeadersField, [this](Provider& p) { p.headers = m_headers->toMap(); }); });
}

void ProviderForm::refresh()
{
    const Provider& provider = m_document->workspace().providers.at(m_tracker->path().row);
    setEnabled(true);
    if (!ui->nameEdit->isModified())
        FormFields::show(ui->nameEdit, provider.name);
    FormFields::showData(ui->kindCombo, providerKindKey(provider.kind));
    if (ui->baseUrlEdit->text().trimmed() != provider.baseUrl)
        FormFields::show(ui->baseUrlEdit, provider.baseUrl);
    ui->baseUrlEdit->setPlaceholderText(defaultBaseUrl(provider.kind));
    FormFields::showData(ui->keyStoreCombo, int(provider.key.store));
    if (ui->keyNameEdit->text().trimmed() != provider.key.name)
        FormFields::show(ui->keyNameEdit, provider.key.name);
    ui->keyNameEdit->setEnabled(provider.key.store != Store::None);
    ui->keyNameEdit->setPlaceholderText(provider.key.store == Store::Keyring ? tr("Entry name, e.g. %1").arg(provider.name)
                                                                              : tr("Variable, e.g. OPENAI_API_KEY"));
    refreshKeyStatus(provider.key);
    FormFields::show(ui->concurrencySpin, provider.concurrency);
    FormFields::show(ui->rpmSpin, provider.requestsPerMinute);
    FormFields::show(ui->timeoutSpin, provider.timeoutSeconds);
    m_headers->setMap(provider.headers);
    ui->headersNotice->setText(secretHeaderWarning(provider.headers));
}

void ProviderForm::refreshKeyStatus(const KeyReference& key)
{
    QString status;
    switch (key.store) {
    case Store::None:
        status = tr("Requests carry no API key, as a local Ollama or vLLM server expects.");
        break;
    case Store::Environment:
        if (key.name.isEmpty())
            status = tr("Name the environment variable that holds the key.");
        else if (qEnvironmentVariableIsSet(key.name.toLocal8Bit().constData()))
            status = tr("$%1 is set in Signalbox's environment.").arg(key.name);
        else
            status = tr("$%1 is not set in the environment Signalbox was started from.").arg(key.name);
        break;
    case Store::Keyring:
        status = key.name.isEmpty() ? tr("Name the keyring entry that holds the key.")
                                    : tr("Read from the system keyring when a run starts.");
        break;
    }
    ui->keyStatusLabel->setText(status);
}

void ProviderForm::commit(Field field, const std::function<void(Provider&)>& change)
{
    if (!m_tracker->isValid())
        return;
    const ItemPath path = m_tracker->path();
    const Provider& current = m_document->workspace().providers.at(path.row);
    Provider value = current;
    change(value);
    if (value == current)
        return;
    auto* command = new SetItemCommand(
        m_document, path, QVariant::fromValue(value), tr("Edit provider %1").arg(value.name));
    command->setMergeField(field);
    m_document->undoStack()->push(command);
}

void ProviderForm::commitName()
{
    if (!m_tracker->isValid())
        return;
    const int row = m_tracker->path().row;
    Provider value = m_document->workspace().providers.at(row);
    const QString name = ui->nameEdit->text().trimmed();
    const QString problem = name == value.name ? QString() : providerNameProblem(m_document->workspace(), name, row);
    ui->nameNotice->setText(problem);
    if (!problem.isEmpty())
        return;
    ui->nameEdit->setModified(false);
    FormFields::show(ui->nameEdit, name);
    if (name == value.name)
        return;
    const QString text = tr("Rename provider %1 to %2").arg(value.name, name);
    value.name = name;
    m_document->undoStack()->push(DocumentEdits::setProvider(m_document, row, value, text));
}

// A base URL that was the old kind's default becomes the new kind's default.
void ProviderForm::commitKind()
{
    const auto kind = providerKindFromKey(ui->kindCombo->currentData().toString());
    if (!kind)
        return;
    commit(Unmerged, [&](Provider& p) {
        if (p.baseUrl.isEmpty() || p.baseUrl == defaultBaseUrl(p.kind))
            p.baseUrl = defaultBaseUrl(*kind);
        p.kind = *kind;
    });
}

void ProviderForm::commitKeyStore()
{
    const auto store = Store(ui->keyStoreCombo->currentData().toInt());
    commit(Unmerged, [&](Provider& p) {
        p.key.store = store;
        if (store == Store::None)
            p.key.name.clear();
        else if (p.key.name.isEmpty() && store == Store::Keyring)
            p.key.name = p.name;
    });
}

void ProviderForm::storeKey()
{
    if (!m_tracker->isValid())
        return;
    const Provider& provider = m_document->workspace().providers.at(m_tracker->path().row);
    const QString entry = provider.key.store == Store::Keyring && !provider.key.name.isEmpty() ? provider.key.name
                                                                                                : provider.name;
    auto* dialog = new StoreKeyDialog(entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StoreKeyDialog::stored, this, [this](const QString& storedEntry) {
        commit(Unmerged, [&](Provider& p) { p.key = { Store::Keyring, storedEntry }; });
    });
    dialog->open();
}
