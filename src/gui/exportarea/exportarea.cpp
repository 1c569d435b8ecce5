// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportarea.h"

#include "common/noticebanner.h"
#include "document/workspacedocument.h"
#include "exportnotes.h"
#include "highlighting/highlightedtextedit.h"
#include "settings/settings.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
const QLatin1String formatKey("exportFormat");
const QLatin1String tabKey("exportTab");

void setUpTextView(HighlightedTextEdit* view)
{
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

// Replaces the text and keeps the reader's place in it.
void replaceText(HighlightedTextEdit* view, const QString& text)
{
    if (view->toPlainText() == text)
        return;
    const int scrolled = view->verticalScrollBar()->value();
    view->setText(text);
    view->verticalScrollBar()->setValue(scrolled);
}
} // namespace

ExportArea::ExportArea(WorkspaceDocument* document, Settings* settings, const QString& routingAreaTitle,
                       QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_settings(settings)
    , m_routingAreaTitle(routingAreaTitle)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createTopRow());
    layout->addWidget(createRoutingNotice());
    layout->addWidget(createImportProblems());
    m_tabs = new QTabWidget(this);
    m_preview = new HighlightedTextEdit(m_tabs);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    setUpTextView(m_preview);
    m_tabs->addTab(m_preview, tr("Preview"));
    m_tabs->addTab(createDiffPage(), tr("Diff against last export"));
    m_tabs->setTabToolTip(DiffTab, tr("What changed since this format was last saved from this workspace"));
    m_rationaleView = new HighlightedTextEdit(m_tabs);
    m_rationaleView->setObjectName(QStringLiteral("exportRationale"));
    setUpTextView(m_rationaleView);
    m_tabs->addTab(m_rationaleView, tr("Reasons"));
    m_tabs->setTabToolTip(RationaleTab, tr("Why each route is what it is: saved beside the config, whose JSON "
                                           "has no comments"));
    layout->addWidget(m_tabs, 1);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == DiffTab)
            refreshDiff();
    });
    connectDocument();
    refresh();
}

ExportArea::~ExportArea() = default;

QWidget* ExportArea::createTopRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_formatCombo = new QComboBox(row);
    m_formatCombo->setObjectName(QStringLiteral("exportFormatCombo"));
    const QList<ExportFormat> formats = exportFormats();
    for (ExportFormat format : formats)
        m_formatCombo->addItem(exportFormatDisplayName(format), QVariant::fromValue(static_cast<int>(format)));
    m_formatCombo->addItem(tr("RouterBench training data (CSV)"), QStringLiteral("routerbench"));
    m_formatCombo->setItemData(m_formatCombo->count() - 1,
                               tr("The newest run as the wide table learned routers train on, one row per case"),
                               Qt::ToolTipRole);
    auto* label = new QLabel(tr("&Format:"), row);
    label->setBuddy(m_formatCombo);
    m_description = new QLabel(row);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_copyButton = new QPushButton(tr("&Copy"), row);
    m_copyButton->setToolTip(tr("Put this export on the clipboard"));
    m_saveButton = new QPushButton(tr("&Save…"), row);
    m_saveButton->setToolTip(tr("Write this export to a file"));
    m_importButton = new QPushButton(tr("&Import Routing…"), row);
    m_importButton->setToolTip(tr("Replace the routing map with one read from a native routing YAML file; "
                                  "Edit ▸ Undo puts the current one back"));
    layout->addWidget(label);
    layout->addWidget(m_formatCombo);
    layout->addSpacing(8);
    layout->addWidget(m_description, 1);
    layout->addSpacing(8);
    layout->addWidget(m_copyButton);
    layout->addWidget(m_saveButton);
    layout->addSpacing(8);
    layout->addWidget(m_importButton);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ExportArea::refresh);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (routerBenchShown())
            loadRouterBench();
    });
    connect(m_copyButton, &QPushButton::clicked, this, &ExportArea::copyToClipboard);
    connect(m_saveButton, &QPushButton::clicked, this, &ExportArea::askSave);
    connect(m_importButton, &QPushButton::clicked, this, &ExportArea::askImport);
    return row;
}

QWidget* ExportArea::createRoutingNotice()
{
    m_routingNotice = new QWidget(this);
    auto* layout = new QHBoxLayout(m_routingNotice);
    layout->setContentsMargins(0, 0, 0, 0);
    m_routingBanner = new NoticeBanner(m_routingNotice);
    m_routingBanner->setKind(NoticeBanner::Kind::Information);
    QString routingTitle = m_routingAreaTitle;
    routingTitle.replace(u'&', QStringLiteral("&&")); // a button's text, where & marks the shortcut
    auto* goToRouting = new QPushButton(tr("Go to %1").arg(routingTitle), m_routingNotice);
    goToRouting->setObjectName(QStringLiteral("goToRoutingButton"));
    layout->addWidget(m_routingBanner, 1);
    layout->addWidget(goToRouting);
    connect(goToRouting, &QPushButton::clicked, this, &ExportArea::routingAreaRequested);
    m_routingNotice->hide();
    return m_routingNotice;
}

QWidget* ExportArea::createImportProblems()
{
    m_importProblems = new QWidget(this);
    auto* layout = new QGridLayout(m_importProblems);
    layout->setContentsMargins(0, 0, 0, 0);
    m_importBanner = new NoticeBanner(m_importProblems);
    m_importList = new QPlainTextEdit(m_importProblems);
    m_importList->setReadOnly(true);
    m_importList->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_importList->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_importList->setMaximumHeight(m_importList->fontMetrics().lineSpacing() * 6 + 12);
    auto* dismiss = new QPushButton(tr("Dismiss"), m_importProblems);
    layout->addWidget(m_importBanner, 0, 0);
    layout->addWidget(dismiss, 0, 1);
    layout->addWidget(m_importList, 1, 0, 1, 2);
    connect(dismiss, &QPushButton::clicked, this, [this] { showImportProblems({}, {}); });
    m_importProblems->hide();
    return m_importProblems;
}

QWidget* ExportArea::createDiffPage()
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    m_diffHeadline = new QLabel(page);
    m_diffHeadline->setWordWrap(true);
    m_diffHeadline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diffMessage = new QLabel(page);
    m_diffMessage->setWordWrap(true);
    m_diffMessage->setAlignment(Qt::AlignCenter);
    m_diffMessage->setMargin(40);
    m_diffMessage->setForegroundRole(QPalette::PlaceholderText);
    m_diffMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diffView = new HighlightedTextEdit(page);
    m_diffView->setObjectName(QStringLiteral("exportDiff"));
    setUpTextView(m_diffView);
    m_diffView->setSyntax(QStringLiteral("Diff"));
    layout->addWidget(m_diffHeadline);
    layout->addWidget(m_diffMessage, 1);
    layout->addWidget(m_diffView, 1);
    return page;
}

void ExportArea::connectDocument()
{
    // One connect per signal: a loop over member pointers hides from clazy that each is a signal.
    connect(m_document, &WorkspaceDocument::workspaceReset, this, &ExportArea::refresh);
    connect(m_document, &WorkspaceDocument::routingChanged, this, &ExportArea::refresh);
    connect(m_document, &WorkspaceDocument::trafficChanged, this, &ExportArea::refresh);
    connect(m_document, &WorkspaceDocument::infoChanged, this, &ExportArea::refresh);
    connect(m_document, &WorkspaceDocument::itemChanged, this, &ExportArea::onItemChanged);
    connect(m_document, &WorkspaceDocument::itemInserted, this, &ExportArea::onItemChanged);
    connect(m_document, &WorkspaceDocument::itemRemoved, this, &ExportArea::onItemChanged);
    // Another file name means other remembered exports.
    connect(m_document, &WorkspaceDocument::filePathChanged, this, &ExportArea::refreshDiff);
    // Another workspace file has another results database.
    const auto reloadRouterBench = [this] {
        if (routerBenchShown())
            loadRouterBench();
    };
    connect(m_document, &WorkspaceDocument::filePathChanged, this, reloadRouterBench);
    connect(m_document, &WorkspaceDocument::workspaceReset, this, reloadRouterBench);
}

void ExportArea::onItemChanged(const ItemPath& path)
{
    if (path.list != ItemPath::List::Cases) // test cases are not exported
        refresh();
}

ExportFormat ExportArea::format() const
{
    return routerBenchShown() ? ExportFormat::Native : static_cast<ExportFormat>(m_formatCombo->currentData().toInt());
}

void ExportArea::setFormat(ExportFormat format)
{
    m_formatCombo->setCurrentIndex(m_formatCombo->findData(static_cast<int>(format)));
}

QString ExportArea::descriptionText() const
{
    return m_description->text();
}

QString ExportArea::routingNotice() const
{
    return m_routingNotice->isHidden() ? QString() : m_routingBanner->text();
}

QString ExportArea::importProblems() const
{
    return m_importProblems->isHidden() ? QString() : m_importList->toPlainText();
}

void ExportArea::refresh()
{
    if (routerBenchShown()) {
        refreshRouterBench();
        return;
    }
    const ExportFormat shown = format();
    m_description->setText(exportNotes(m_document->workspace(), shown));
    // Whole seconds: the header shows no more, and the diff renders the same time again.
    m_generatedAt = QDateTime::currentDateTimeUtc();
    m_generatedAt.setTime(
        QTime(m_generatedAt.time().hour(), m_generatedAt.time().minute(), m_generatedAt.time().second()));
    m_text = exportRouting(m_document->workspace(), shown, { m_generatedAt, {} });
    m_rationale = exportRationale(m_document->workspace(), shown, { m_generatedAt, {} });
    replaceText(m_rationaleView, m_rationale);
    m_tabs->setTabVisible(RationaleTab, !m_rationale.isEmpty());
    m_preview->setSyntax(exportSyntaxName(shown));
    replaceText(m_preview, m_text);
    updateRoutingNotice();
    refreshDiff();
}

void ExportArea::refreshDiff()
{
    const Settings::LastExport last = m_settings->lastExport(m_document->filePath(), shownFormatKey());
    // The map as it is now, with the header time of the file it is compared with: only real changes show.
    const QString current = last.path.isEmpty() || routerBenchShown()
        ? m_text
        : exportRouting(m_document->workspace(), format(), { last.generatedAt, {} });
    m_diff = diffAgainstLastExport(last.path, last.generatedAt, current);
    const bool changed = m_diff.state == ExportDiff::State::Changed;
    // Without a diff to show, the sentence takes the page's middle, as empty states do.
    m_diffHeadline->setText(changed ? m_diff.headline() : QString());
    m_diffHeadline->setVisible(changed);
    m_diffMessage->setText(changed ? QString() : m_diff.headline());
    m_diffMessage->setVisible(!changed);
    replaceText(m_diffView, m_diff.unified);
    m_diffView->setVisible(changed);
    m_tabs->setTabText(DiffTab,
                       changed ? tr("Diff against last export (+%1 −%2)").arg(m_diff.added).arg(m_diff.removed)
                               : tr("Diff against last export"));
}

void ExportArea::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (routerBenchShown() && !m_routerBenchLoading)
        loadRouterBench(); // a run may have finished since
    refreshDiff();
}

void ExportArea::updateRoutingNotice()
{
    const Workspace& workspace = m_document->workspace();
    QStringList unrouted;
    for (const Category& category : workspace.categories) {
        if (!workspace.routing.routeFor(category.name))
            unrouted.append(category.name);
    }
    const QString chain = workspace.routing.defaultChain.isEmpty()
        ? tr("none chosen yet")
        : workspace.routing.defaultChain.join(QStringLiteral(" → "));
    if (workspace.routing.routes.isEmpty())
        m_routingBanner->setText(tr("No category has a route yet, so this export sends every request to the default "
                                    "route (%1). Choose a model for each category in the %2 area.")
                                     .arg(chain, m_routingAreaTitle));
    else if (!unrouted.isEmpty())
        m_routingBanner->setText(
            tr("%n category(ies) without a route take the default route (%1): %2.", nullptr, int(unrouted.size()))
                .arg(chain, unrouted.join(QStringLiteral(", "))));
    m_routingNotice->setVisible(workspace.routing.routes.isEmpty() || !unrouted.isEmpty());
}

void ExportArea::showStatus(const QString& message)
{
    m_status->setText(message);
}

void ExportArea::saveState(QSettings& settings) const
{
    settings.setValue(formatKey, shownFormatKey());
    settings.setValue(tabKey, m_tabs->currentIndex());
}

void ExportArea::restoreState(const QSettings& settings)
{
    const QString key = settings.value(formatKey).toString();
    if (const auto stored = exportFormatFromKey(key))
        setFormat(*stored);
    else if (key == u"routerbench")
        showRouterBench();
    m_tabs->setCurrentIndex(settings.value(tabKey, int(PreviewTab)).toInt());
}
