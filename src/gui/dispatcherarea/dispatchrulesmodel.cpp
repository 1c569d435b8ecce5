// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatchrulesmodel.h"

#include "dispatcheredits.h"

#include <QRegularExpression>

namespace {
QStringList splitKeywords(const QString& text)
{
    QStringList keywords;
    for (const QString& part : text.split(u',')) {
        if (!part.trimmed().isEmpty())
            keywords.append(part.trimmed());
    }
    return keywords;
}

// An empty cell clears the bound; anything else must be a whole number of 0 or more.
std::optional<std::optional<int>> parseBound(const QVariant& value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return std::optional<int>();
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < 0)
        return std::nullopt;
    return std::optional<int>(number);
}
} // namespace

DispatchRulesModel::DispatchRulesModel(WorkspaceDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rowCount(int(rules().size()))
{
    connect(document, &WorkspaceDocument::dispatcherChanged, this, &DispatchRulesModel::onDispatcherChanged);
    connect(document, &WorkspaceDocument::workspaceReset, this, &DispatchRulesModel::onDispatcherChanged);
}

QList<DispatchRule> DispatchRulesModel::rules() const
{
    const auto& dispatcher = m_document->workspace().dispatcher;
    return dispatcher ? dispatcher->rules : QList<DispatchRule>();
}

// Rows keep their place when only their content changed, so that the view keeps its current cell.
void DispatchRulesModel::onDispatcherChanged()
{
    const int count = int(rules().size());
    if (count == m_rowCount) {
        if (count > 0)
            Q_EMIT dataChanged(index(0, 0), index(count - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rowCount = count;
    endResetModel();
}

int DispatchRulesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int DispatchRulesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DispatchRulesModel::display(const DispatchRule& rule, int column) const
{
    switch (column) {
    case CategoryColumn:
        return rule.category;
    case KeywordsColumn:
        return rule.any.join(QStringLiteral(", "));
    case RegexColumn:
        return rule.regex;
    case MinCharsColumn:
        return rule.minChars ? QVariant(*rule.minChars) : QVariant(QString());
    case MaxCharsColumn:
        return rule.maxChars ? QVariant(*rule.maxChars) : QVariant(QString());
    default:
        return {};
    }
}

QVariant DispatchRulesModel::data(const QModelIndex& index, int role) const
{
    const QList<DispatchRule> all = rules();
    if (!index.isValid() || index.row() >= all.size())
        return {};
    const DispatchRule& rule = all.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return display(rule, index.column());
    case Qt::ToolTipRole:
    case ProblemRole: {
        const QString text = problem(rule, m_document->workspace());
        return text.isEmpty() && role == Qt::ToolTipRole ? describe(rule) : text;
    }
    default:
        return {};
    }
}

std::optional<DispatchRule> DispatchRulesModel::edited(DispatchRule rule, int column, const QVariant& value) const
{
    switch (column) {
    case CategoryColumn:
        rule.category = value.toString().trimmed();
        return rule.category.isEmpty() ? std::nullopt : std::optional<DispatchRule>(rule);
    case KeywordsColumn:
        rule.any = splitKeywords(value.toString());
        return rule;
    case RegexColumn:
        rule.regex = value.toString();
        return rule;
    case MinCharsColumn:
    case MaxCharsColumn: {
        const auto bound = parseBound(value);
        if (!bound)
            return std::nullopt;
        (column == MinCharsColumn ? rule.minChars : rule.maxChars) = *bound;
        return rule;
    }
    default:
        return std::nullopt;
    }
}

bool DispatchRulesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const QList<DispatchRule> all = rules();
    if (role != Qt::EditRole || !index.isValid() || index.row() >= all.size())
        return false;
    const std::optional<DispatchRule> rule = edited(all.at(index.row()), index.column(), value);
    if (!rule)
        return false;
    DispatcherEdits::setRule(m_document, index.row(), *rule);
    return true;
}

Qt::ItemFlags DispatchRulesModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable : Qt::NoItemFlags;
}

QVariant DispatchRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case KeywordsColumn:
            return tr("Matches when any of these occurs in the request, ignoring case; separate them with commas");
        case RegexColumn:
            return tr("A regular expression (PCRE) that must match somewhere in the request; (?i) ignores case");
        case MinCharsColumn:
        case MaxCharsColumn:
            return tr("Bounds on the request's length in characters; empty: no bound");
        default:
            return tr("The category a request matching every condition of this rule is assigned");
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CategoryColumn:
        return tr("Category");
    case KeywordsColumn:
        return tr("Any keyword");
    case RegexColumn:
        return tr("Regex");
    case MinCharsColumn:
        return tr("Min chars");
    case MaxCharsColumn:
        return tr("Max chars");
    default:
        return {};
    }
}

QString DispatchRulesModel::describe(const DispatchRule& rule)
{
    QStringList parts;
    if (!rule.any.isEmpty())
        parts.append(tr("any of %1").arg(rule.any.join(QStringLiteral(", "))));
    if (!rule.regex.isEmpty())
        parts.append(tr("matches /%1/").arg(rule.regex));
    if (rule.minChars)
        parts.append(tr("at least %n character(s)", nullptr, *rule.minChars));
    if (rule.maxChars)
        parts.append(tr("at most %n character(s)", nullptr, *rule.maxChars));
    return tr("%1 → %2").arg(parts.join(tr(" and ")), rule.category);
}

QString DispatchRulesModel::problem(const DispatchRule& rule, const Workspace& workspace)
{
    if (rule.category != DispatcherSpec::defaultRoute && !workspace.category(rule.category))
        return tr("There is no category '%1'.").arg(rule.category);
    if (!rule.regex.isEmpty()) {
        const QRegularExpression regex(rule.regex);
        if (!regex.isValid())
            return tr("The pattern is not valid: %1 at character %2")
                .arg(regex.errorString())
                .arg(regex.patternErrorOffset() + 1);
    }
    if (rule.any.isEmpty() && rule.regex.isEmpty() && !rule.minChars && !rule.maxChars)
        return tr("The rule has no condition: it would match every request.");
    if (rule.minChars && rule.maxChars && *rule.minChars > *rule.maxChars)
        return tr("Min chars is above max chars: no request can match.");
    return {};
}
