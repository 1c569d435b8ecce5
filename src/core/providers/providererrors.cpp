// SPDX-License-Identifier: GPL-3.0-or-later
#include "providererrors.h"

#include <cmath>
#include <QLocale>
#include <QRegularExpression>

namespace {
std::optional<qint64> nonNegativeMs(double ms)
{
    if (!std::isfinite(ms) || ms < 0)
        return std::nullopt;
    return qint64(std::ceil(ms));
}

std::optional<qint64> parseRetryAfterValue(const QByteArray& value, const QDateTime& now)
{
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok)
        return nonNegativeMs(seconds * 1000.0);
    const auto date = ProviderErrors::parseHttpDate(value);
    if (!date)
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(*date));
}

std::optional<qint64> rateLimitResetHint(const HeaderMap& headers)
{
    std::optional<qint64> longest;
    for (const char* name : { "x-ratelimit-reset-requests", "x-ratelimit-reset-tokens" }) {
        const auto value = ProviderErrors::parseDuration(QString::fromLatin1(headers.value(name)));
        if (value && (!longest || *value > *longest))
            longest = value;
    }
    return longest;
}

QDateTime utcDateTime(const QString& text, const QString& format)
{
    const QDateTime parsed = QLocale::c().toDateTime(text, format);
    if (!parsed.isValid())
        return {};
    return QDateTime(parsed.date(), parsed.time(), Qt::UTC);
}
} // namespace

namespace ProviderErrors {

CompletionError classifyHttpStatus(int status)
{
    if (status >= 200 && status < 300)
        return CompletionError::None;
    if (status == 408 || status == 409 || status == 429)
        return CompletionError::Retryable;
    if (status >= 500 && status != 501 && status != 505)
        return CompletionError::Retryable;
    return CompletionError::Fatal;
}

std::optional<qint64> retryAfterFromHeaders(const HeaderMap& headers, int httpStatus, const QDateTime& now)
{
    bool ok = false;
    const double ms = headers.value("retry-after-ms").trimmed().toDouble(&ok);
    if (ok)
        return nonNegativeMs(ms);
    const QByteArray retryAfter = headers.value("retry-after").trimmed();
    if (!retryAfter.isEmpty()) {
        if (const auto value = parseRetryAfterValue(retryAfter, now))
            return value;
    }
    if (httpStatus == 429)
        return rateLimitResetHint(headers);
    return std::nullopt;
}

std::optional<qint64> parseDuration(const QString& text)
{
    static const QRegularExpression part(QStringLiteral(R"((\d+(?:\.\d+)?)(ms|h|m|s))"));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    double ms = 0.0;
    qsizetype consumed = 0;
    auto it = part.globalMatch(trimmed);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.capturedStart() != consumed)
            return std::nullopt;
        consumed = match.capturedEnd();
        const double value = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        const double scale = unit == u"h" ? 3600000.0 : unit == u"m" ? 60000.0 : unit == u"s" ? 1000.0 : 1.0;
        ms += value * scale;
    }
    if (consumed != trimmed.size())
        return std::nullopt;
    return nonNegativeMs(ms);
}

std::optional<QDateTime> parseHttpDate(const QByteArray& text)
{
    // The weekday is redundant, and Qt would check it against RFC 850's two-digit year's century.
    const QString simplified = QString::fromLatin1(text).simplified();
    const QString withoutWeekday = simplified.mid(simplified.indexOf(u' ') + 1);
    static const QString formats[] = {
        QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"),
        QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"),
        QStringLiteral("MMM d HH:mm:ss yyyy"),
    };
    for (const auto& format : formats) {
        QDateTime parsed = utcDateTime(withoutWeekday, format);
        if (!parsed.isValid())
            continue;
        if (parsed.date().year() < 1970) // RFC 850's two-digit years are in this century
            parsed = parsed.addYears(100);
        return parsed;
    }
    return std::nullopt;
}

QString scrubSecrets(const QString& text, const QString& apiKey)
{
    static const QRegularExpression keyLike(QStringLiteral(
        R"((?:\b(?:sk|pk|rk)-[A-Za-z0-9_\-*.]{6,})|(?:\bAIza[0-9A-Za-z_\-]{8,})|(?:(?<=Bearer )[A-Za-z0-9._~+/=\-]{16,}))"));
    QString scrubbed = text;
    if (apiKey.size() >= 4)
        scrubbed.replace(apiKey, QStringLiteral("[key]"));
    scrubbed.replace(keyLike, QStringLiteral("[key]"));
    return scrubbed;
}

} // namespace ProviderErrors
