// SPDX-License-Identifier: GPL-3.0-or-later
#include "fittedcolumns.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTimer>

namespace {
} // namespace

int FittedColumns::titleWidth(const QHeaderView* header, int section)
{
    const QAbstractItemModel* model = header->model();
    if (!model)
        return 0;
    QStyleOptionHeader option;
    option.initFrom(header);
    option.section = section;
    option.text = model->headerData(section, header->orientation(), Qt::DisplayRole).toString();
    const QVariant fontData = model->headerData(section, header->orientation(), Qt::FontRole);
    QFont font = fontData.isValid() ? qvariant_cast<QFont>(fontData) : header->font();
    font.setBold(true);
    option.fontMetrics = QFontMetrics(font);
    QSize size = header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header);
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
        size.rwidth() += size.height() + header->style()->pixelMetric(QStyle::PM_HeaderMargin, &option, header);
    return size.width();
}

namespace {
constexpr int rowsMeasured = 400; // enough for a fair width, few enough to stay quick on long tables
constexpr int settleMs = 60; // rows of a live run arrive in bursts: one fit per burst
constexpr int minContentCap = 120;
} // namespace

FittedColumns::FittedColumns(QTableView* view, int stretchColumn, const QList<int>& minimumWidths)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_stretchColumn(stretchColumn)
    , m_minimumWidths(minimumWidths)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("fittedColumns"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(settleMs);
    connect(m_timer, &QTimer::timeout, this, [this] { fit(std::exchange(m_shrinkPending, false)); });
    QHeaderView* header = view->horizontalHeader();
    header->setResizeContentsPrecision(rowsMeasured);
    // Sized here rather than by the header's Stretch mode, which squeezes it below its own title.
    if (stretchColumn >= 0 && stretchColumn < header->count())
        header->setSectionResizeMode(stretchColumn, QHeaderView::Interactive);
    m_viewport->installEventFilter(this);
    // A section dragged with the mouse is the user's choice from then on; widths set otherwise (a
    // header state saved by an older version, in another language) still widen to what they show.
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (m_fitting)
            return;
        if (QGuiApplication::mouseButtons() & Qt::LeftButton)
            m_userSized.insert(column);
        else
            schedule(false);
    });
    connect(header, &QHeaderView::sectionCountChanged, this, [this] { schedule(true); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { schedule(false); }); // room for the arrow
    header->installEventFilter(this);
    watchModel();
    fit();
}

FittedColumns* FittedColumns::of(const QTableView* view)
{
    return view ? view->findChild<FittedColumns*>(QStringLiteral("fittedColumns"), Qt::FindDirectChildrenOnly)
                : nullptr;
}

// The header's texts change with the language and the font with the theme: fit again.
bool FittedColumns::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_viewport) {
        if (event->type() == QEvent::Resize) {
            fitStretchColumn();
            schedule(true); // the room a long column may take changed with it
        }
        return QObject::eventFilter(watched, event);
    }
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        schedule(true);
    return QObject::eventFilter(watched, event);
}

void FittedColumns::watchModel()
{
    if (m_model == m_view->model())
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = m_view->model();
    if (!m_model)
        return;
    // A new content shows fitted at once; rows arriving in bursts are fitted once the burst settles.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { fit(); });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] { fit(); });
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, [this] { schedule(true); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { schedule(false); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { schedule(false); });
}

void FittedColumns::schedule(bool shrink)
{
    m_shrinkPending = m_shrinkPending || shrink;
    m_timer->start();
}

int FittedColumns::wantedWidth(int column) const
{
    const QHeaderView* header = m_view->horizontalHeader();
    const auto* view = static_cast<const QAbstractItemView*>(m_view); // sizeHintForColumn is public there
    // A long text takes at most two fifths of the view; more of it shows elided, whole in its tool tip.
    const int room = qBound(minContentCap, m_view->viewport()->width() * 2 / 5, maxWidth);
    const int content = qMin(view->sizeHintForColumn(column), room);
    return qMax(m_minimumWidths.value(column), qMax(titleWidth(header, column), content));
}

// Sets each column but the stretch one to its wanted width; without shrink, only widens.
void FittedColumns::fit(bool shrink)
{
    watchModel();
    QHeaderView* header = m_view->horizontalHeader();
    m_fitting = true;
    // A header state saved by an older version may bring back its Stretch sections: the widths are ours.
    header->setStretchLastSection(false);
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionResizeMode(column) == QHeaderView::Stretch)
            header->setSectionResizeMode(column, QHeaderView::Interactive);
    }
    for (int column = 0; column < header->count(); ++column) {
        if (column == m_stretchColumn || header->isSectionHidden(column) || m_userSized.contains(column)
            || header->sectionResizeMode(column) != QHeaderView::Interactive)
            continue;
        const int wanted = wantedWidth(column);
        if (wanted > header->sectionSize(column) || (shrink && wanted < header->sectionSize(column)))
            header->resizeSection(column, wanted);
    }
    m_fitting = false;
    fitStretchColumn();
}

// The room the other columns leave, and never less than its title: a narrow view scrolls rather
// than cutting it. Its cells (long text, mostly) elide.
void FittedColumns::fitStretchColumn()
{
    QHeaderView* header = m_view->horizontalHeader();
    if (m_stretchColumn < 0 || m_stretchColumn >= header->count() || header->isSectionHidden(m_stretchColumn)
        || m_userSized.contains(m_stretchColumn))
        return;
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != m_stretchColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    m_fitting = true;
    const int title = qMax(m_minimumWidths.value(m_stretchColumn), titleWidth(header, m_stretchColumn));
    header->resizeSection(m_stretchColumn, qMax(title, m_view->viewport()->width() - others));
    m_fitting = false;
}
