// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportarea.h"

#include "common/noticebanner.h"
#include "document/workspacedocument.h"
#include "exportnotes.h"
#include "highlighting/highlightedtextedit.h"
#include "settings/settings.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
const QLatin1String formatKey("exportFormat");
const QLatin1String tabKey("exportTab");

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
