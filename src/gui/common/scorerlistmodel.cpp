// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorerlistmodel.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace {
bool takesList(const QString& baseType)
{
    return baseType.endsWith(QLatin1String("-all")) || baseType.endsWith(QLatin1String("-any"));
}

bool takesNumber(const QString& baseType)
{
    static const QStringList numeric = { QStringLiteral("numeric"), QStringLiteral("cost"),
        QStringLiteral("latency"), QStringLiteral("word-count") };
    return numeric.contains(baseType);
}

QString numberText(double value)
{
    return QString::number(value, 'g', 10);
}
}

ScorerListModel::ScorerListModel(QObject* parent)
    : ValueListModel(parent)
{
}

int ScorerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScorerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    case WeightColumn:
        return tr("Weight");
    case ThresholdColumn:
        return tr("Threshold");
    case PathColumn:
        return tr("JSON path");
    }
    return {};
}

QStringList ScorerListModel::typeChoices()
{
    QStringList choices = knownScorerTypes();
    for (const QString& type : knownScorerTypes())
        choices.append(QLatin1String("not-") + type);
    return choices;
}

QString ScorerListModel::valueText(const QVariant& value)
{
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList)
        return value.toStringList().join(QLatin1String("; "));
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int)
        return numberText(value.toDouble());
    return value.toString();
}

QVariant ScorerListModel::valueFromText(const QString& type, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString base = type.startsWith(QLatin1String("not-")) ? type.mid(4) : type;
    if (takesList(base)) {
        QStringList items = trimmed.split(u';', Qt::SkipEmptyParts);
        for (QString& item : items)
            item = item.trimmed();
        return items;
    }
    bool isNumber = false;
    const double number = trimmed.toDouble(&isNumber);
    if (isNumber && takesNumber(base))
        return number;
    return text;
}

QVariant ScorerListModel::cellData(const ScorerSpec& scorer, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(scorer, column);
    case Qt::EditRole:
        return edit(scorer, column);
    case Qt::DecorationRole:
        if (column == TypeColumn && !isKnownScorerType(scorer.type))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (column == ValueColumn && !scorer.value.isValid())
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole:
        if (column == TypeColumn && !isKnownScorerType(scorer.type))
            return tr("\"%1\" is not a scorer type Signalbox knows").arg(scorer.type);
        if (column == ValueColumn)
            return tr("Empty: the case's expected output. Lists: separate the items with \";\"");
        return {};
    }
    return {};
}

QVariant ScorerListModel::display(const ScorerSpec& scorer, int column) const
{
    if (column == ValueColumn && !scorer.value.isValid())
        return tr("expected output");
    return edit(scorer, column);
}

QVariant ScorerListModel::edit(const ScorerSpec& scorer, int column) const
{
    switch (column) {
    case TypeColumn:
        return scorer.type;
    case ValueColumn:
        return valueText(scorer.value);
    case WeightColumn:
        return scorer.weight;
    case ThresholdColumn:
        return scorer.threshold ? numberText(*scorer.threshold) : QString();
    case PathColumn:
        return scorer.path;
    }
    return {};
}

bool ScorerListModel::setCell(ScorerSpec& scorer, int column, const QVariant& value) const
{
    switch (column) {
    case TypeColumn: {
        const QString type = value.toString().trimmed();
        if (type.isEmpty())
            return false;
        scorer.value = valueFromText(type, valueText(scorer.value)); // a list stays a list, and so on
        scorer.type = type;
        return true;
    }
    case ValueColumn:
        scorer.value = valueFromText(scorer.type, value.toString());
        return true;
    case WeightColumn: {
        bool ok = false;
        const double weight = value.toDouble(&ok);
        if (!ok || weight < 0)
            return false;
        scorer.weight = weight;
        return true;
    }
    case ThresholdColumn: {
        const QString text = value.toString().trimmed();
        bool ok = false;
        const double threshold = text.toDouble(&ok);
        if (!text.isEmpty() && !ok)
            return false;
        scorer.threshold = text.isEmpty() ? std::nullopt : std::optional<double>(threshold);
        return true;
    }
    case PathColumn:
        scorer.path = value.toString().trimmed();
        return true;
    }
    return false;
}

ScorerSpec ScorerListModel::newItem() const
{
    return ScorerSpec { QStringLiteral("equals") };
}
