// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricestext.h"

#include "consoletext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
class PricesText
{
    Q_DECLARE_TR_FUNCTIONS(PricesText)
};

const QString arrow = QStringLiteral(" -> ");
const QString dash = QStringLiteral("-");

QString optionalNumber(const std::optional<double>& value)
{
    return value ? priceNumber(*value) : dash;
}

QString contextText(int tokens)
{
    return tokens > 0 ? QString::number(tokens) : dash;
}

// "0.15" when unchanged, "0.15 -> 0.12" when the list changes it.
QString cell(const QString& before, const QString& after)
{
    return before == after ? after : before + arrow + after;
}

QStringList row(const PriceChange& change)
{
    return { change.modelId,
             change.listKey,
             cell(priceNumber(change.oldPrice.input), priceNumber(change.newPrice.input)),
             cell(priceNumber(change.oldPrice.output), priceNumber(change.newPrice.output)),
             cell(optionalNumber(change.oldPrice.cachedInput), optionalNumber(change.newPrice.cachedInput)),
             cell(contextText(change.oldContextWindow), contextText(change.newContextWindow)),
             change.changes() ? PricesText::tr("changed") : PricesText::tr("same") };
}

QJsonObject priceJson(const Price& price, int contextWindow)
{
    QJsonObject json { { QStringLiteral("input"), price.input }, { QStringLiteral("output"), price.output } };
    json.insert(QStringLiteral("cached_input"), price.cachedInput ? QJsonValue(*price.cachedInput) : QJsonValue());
    json.insert(QStringLiteral("context_window"), contextWindow > 0 ? QJsonValue(contextWindow) : QJsonValue());
    return json;
}
} // namespace

QString priceNumber(double usdPerMillion)
{
    return QString::number(usdPerMillion, 'g', 12);
}

QString priceReviewText(const PriceReview& review)
{
    QString text = PricesText::tr("%1 from %2; models with new prices: %3")
                       .arg(priceListFormatDisplayName(review.format), review.source)
                       .arg(review.changeCount())
        + u'\n';
    if (!review.matched.isEmpty()) {
        QList<QStringList> rows { { PricesText::tr("model"), PricesText::tr("list entry"),
                                    PricesText::tr("input $/M"), PricesText::tr("output $/M"),
                                    PricesText::tr("cached input $/M"), PricesText::tr("context"), QString() } };
        for (const PriceChange& change : review.matched)
            rows.append(row(change));
        text += alignedTable(rows);
    }
    if (!review.unmatched.isEmpty()) {
        text += PricesText::tr("Not matched (prices kept):") + u'\n';
        for (const UnmatchedModel& model : review.unmatched)
            text += QStringLiteral("  %1: %2\n").arg(model.modelId, model.reason);
    }
    return text;
}

QString priceReviewJson(const PriceReview& review, bool applied)
{
    QJsonArray models;
    for (const PriceChange& change : review.matched) {
        models.append(QJsonObject { { QStringLiteral("model"), change.modelId },
                                    { QStringLiteral("list_key"), change.listKey },
                                    { QStringLiteral("changed"), change.changes() },
                                    { QStringLiteral("old"), priceJson(change.oldPrice, change.oldContextWindow) },
                                    { QStringLiteral("new"), priceJson(change.newPrice, change.newContextWindow) } });
    }
    QJsonArray unmatched;
    for (const UnmatchedModel& model : review.unmatched)
        unmatched.append(QJsonObject { { QStringLiteral("model"), model.modelId },
                                       { QStringLiteral("reason"), model.reason } });
    const QJsonObject root { { QStringLiteral("source"), review.source },
                             { QStringLiteral("format"), priceListFormatKey(review.format) },
                             { QStringLiteral("changes"), review.changeCount() },
                             { QStringLiteral("models"), models },
                             { QStringLiteral("unmatched"), unmatched },
                             { QStringLiteral("applied"), applied } };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}
