// SPDX-License-Identifier: GPL-3.0-or-later
#include "judgeanswer.h"

#include "jsontext.h"
#include "scorervalue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace {
class JudgeAnswerReader
{
    Q_DECLARE_TR_FUNCTIONS(JudgeAnswer)
};

const QStringList scoreKeys = { QStringLiteral("score"), QStringLiteral("rating"), QStringLiteral("grade") };
const QStringList passKeys
    = { QStringLiteral("pass"), QStringLiteral("passed"), QStringLiteral("verdict"), QStringLiteral("result") };
const QStringList reasonKeys = { QStringLiteral("reason"), QStringLiteral("reasoning"), QStringLiteral("explanation"),
                                 QStringLiteral("rationale"), QStringLiteral("justification") };

QRegularExpression caseless(const QString& pattern)
{
    return QRegularExpression(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

QString withoutThinking(const QString& answer)
{
    static const QRegularExpression thinking(QStringLiteral("<think(?:ing)?>.*?</think(?:ing)?>"),
                                             QRegularExpression::CaseInsensitiveOption
                                                 | QRegularExpression::DotMatchesEverythingOption);
    QString text = answer;
    text.remove(thinking);
    return text.trimmed();
}

std::optional<bool> passFromText(const QString& text)
{
    static const QStringList yes = { QStringLiteral("true"), QStringLiteral("yes"),    QStringLiteral("y"),
                                     QStringLiteral("pass"), QStringLiteral("passed"), QStringLiteral("correct") };
    static const QStringList no = { QStringLiteral("false"), QStringLiteral("no"),     QStringLiteral("n"),
                                    QStringLiteral("fail"),  QStringLiteral("failed"), QStringLiteral("incorrect") };
    const QString word = text.trimmed().toLower();
    if (yes.contains(word))
        return true;
    if (no.contains(word))
        return false;
    return std::nullopt;
}

// A score as written: "0.8", "8/10", "80%", "8 out of 10". Sets error when it is out of range.
std::optional<double> scoreFromText(const QString& text, QString* error)
{
    static const QString pattern
        = QStringLiteral("^\\s*(-?[0-9]*\\.?[0-9]+)\\s*(?:(?:/|out of)\\s*([0-9]*\\.?[0-9]+)|(%))?\\s*$");
    const QRegularExpressionMatch match = caseless(pattern).match(text);
    if (!match.hasMatch())
        return std::nullopt;
    double score = QLocale::c().toDouble(match.captured(1));
    if (match.hasCaptured(2)) {
        const double scale = QLocale::c().toDouble(match.captured(2));
        score = scale > 0 ? score / scale : -1.0;
    } else if (match.hasCaptured(3)) {
        score /= 100.0;
    }
    if (score < 0.0 || score > 1.0) {
        *error = JudgeAnswerReader::tr("the judge's score %1 is outside 0 to 1").arg(text.trimmed());
        return std::nullopt;
    }
    return score;
}

QJsonValue valueOf(const QJsonObject& object, const QStringList& keys)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (keys.contains(it.key().trimmed().toLower()))
            return it.value();
    }
    return QJsonValue::Undefined;
}

JudgeVerdict fromObject(const QJsonObject& object)
{
    JudgeVerdict verdict;
    const QJsonValue score = valueOf(object, scoreKeys);
    if (score.isDouble())
        verdict.score = scoreFromText(QString::number(score.toDouble(), 'g', 17), &verdict.error);
    else if (score.isString())
        verdict.score = scoreFromText(score.toString(), &verdict.error);
    const QJsonValue pass = valueOf(object, passKeys);
    verdict.pass = pass.isBool() ? std::optional<bool>(pass.toBool()) : passFromText(pass.toString());
    const QJsonValue reason = valueOf(object, reasonKeys);
    verdict.reason = reason.isString() ? reason.toString().trimmed() : QString();
    return verdict;
}

JudgeVerdict fromJson(const QString& text)
{
    for (const QJsonValue& value : findJsonInText(text)) {
        if (!value.isObject())
            continue;
        JudgeVerdict verdict = fromObject(value.toObject());
        if (verdict.score || verdict.pass || !verdict.error.isEmpty())
            return verdict;
    }
    return {};
}

QString capture(const QString& text, const QString& keys, const QString& value)
{
    // The key may be quoted ('score':) or in bold (**Score:**), as judges write it.
    const QString pattern
        = QStringLiteral("\\b(?:%1)\\b[\"'*_\\s]*(?:[:=]|\\b(?:is|of)\\b)[\"'*_\\s]*(%2)").arg(keys, value);
    return caseless(pattern).match(text).captured(1);
}

// A reason captured from a Python-style dict or bold markdown, without its quotes and braces.
QString stripped(const QString& reason)
{
    static const QString edges = QStringLiteral("\"'*_{},");
    qsizetype start = 0;
    qsizetype end = reason.size();
    while (start < end && (edges.contains(reason.at(start)) || reason.at(start).isSpace()))
        ++start;
    while (end > start && (edges.contains(reason.at(end - 1)) || reason.at(end - 1).isSpace()))
        --end;
    return reason.mid(start, end - start);
}

JudgeVerdict fromText(const QString& text)
{
    JudgeVerdict verdict;
    const QString score = capture(text, scoreKeys.join(u'|'),
                                  QStringLiteral("[0-9]*\\.?[0-9]+\\s*(?:(?:/|out of)\\s*[0-9]*\\.?[0-9]+|%)?"));
    if (!score.isEmpty())
        verdict.score = scoreFromText(score, &verdict.error);
    verdict.pass = passFromText(capture(text, passKeys.join(u'|'), QStringLiteral("[A-Za-z]+")));
    if (!verdict.pass) {
        const QRegularExpressionMatch leading = caseless(QStringLiteral("^[\\W_]*(pass|fail)(?:ed)?\\b")).match(text);
        if (leading.hasMatch())
            verdict.pass = leading.captured(1).toLower() == QLatin1String("pass");
    }
    verdict.reason = stripped(capture(text, reasonKeys.join(u'|'), QStringLiteral("[^\\n]+")));
    if (verdict.reason.isEmpty())
        verdict.reason = text.left(500);
    return verdict;
}
} // namespace

JudgeVerdict parseJudgeAnswer(const QString& answer)
{
    const QString text = withoutThinking(answer);
    JudgeVerdict verdict = fromJson(text);
    if (!verdict.score && !verdict.pass && verdict.error.isEmpty())
        verdict = fromText(text);
    if (!verdict.error.isEmpty())
        return verdict;
    if (!verdict.score && !verdict.pass)
        verdict.error = text.isEmpty()
            ? JudgeAnswerReader::tr("the judge's answer is empty")
            : JudgeAnswerReader::tr("found no score or verdict in the judge's answer %1").arg(quoted(text));
    return verdict;
}
