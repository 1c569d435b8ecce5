// SPDX-License-Identifier: GPL-3.0-or-later
// ExportArea, its widgets: the format row, the notices and the page of changes since the last save.
#include "exportarea.h"

#include "common/noticebanner.h"
#include "highlighting/highlightedtextedit.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

void ExportArea::setUpTextView(HighlightedTextEdit* view)
{
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

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
