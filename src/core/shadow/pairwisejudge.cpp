// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairwisejudge.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

PairwisePreference preferenceFromWord(QString word)
{
    word = word.trimmed().toLower();
    word.remove(u'"');
    word.remove(u'\'');
    if (word == u"a" || word == u"answer a" || word == u"answer_a" || word == u"first")
        return PairwisePreference::A;
    if (word == u"b" || word == u"answer b" || word == u"answer_b" || word == u"second")
        return PairwisePreference::B;
    if (word == u"tie" || word == u"equal" || word == u"same" || word == u"both" || word == u"neither")
        return PairwisePreference::Tie;
    return PairwisePreference::Unreadable;
}

PairwisePreference fromJson(const QString& answer)
{
    const qsizetype open = answer.indexOf(u'{');
    const qsizetype close = answer.lastIndexOf(u'}');
    if (open < 0 || close <= open)
        return PairwisePreference::Unreadable;
    const QJsonObject json = QJsonDocument::fromJson(answer.mid(open, close - open + 1).toUtf8()).object();
    for (const auto* key : { "winner", "better", "verdict", "choice", "preference" }) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isString())
            return preferenceFromWord(value.toString());
    }
    return PairwisePreference::Unreadable;
}

} // namespace

JudgePrompt pairwiseJudgePrompt(const QString& input, const QString& answerA, const QString& answerB)
{
    const QString system = QStringLiteral(
        "You compare two answers to the same request and say which one serves it better: correct, complete, "
        "clear and no longer than needed. The order of the answers and their length must not sway you. "
        "Reply with one JSON object and nothing else: {\"reason\": \"<one sentence>\", \"winner\": \"A\" | "
        "\"B\" | \"tie\"}.");
    const QString user = u"Which answer is better?\n\n<input>\n" + input + u"\n</input>\n\n<answer_a>\n" + answerA
        + u"\n</answer_a>\n\n<answer_b>\n" + answerB + u"\n</answer_b>";
    return { system, user };
}

PairwisePreference parsePairwiseAnswer(const QString& answer)
{
    static const QRegularExpression think(QStringLiteral("<think>.*?</think>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QString text = answer;
    text.remove(think);
    if (const PairwisePreference preference = fromJson(text); preference != PairwisePreference::Unreadable)
        return preference;
    static const QRegularExpression labelled(
        QStringLiteral("\\b(?:winner|better|verdict|choice)\\b\\W{0,3}(answer[ _]?[ab]|[ab]|tie|equal)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = labelled.match(text); match.hasMatch())
        return preferenceFromWord(match.captured(1));
    static const QRegularExpression bare(QStringLiteral("^\\W*(answer[ _]?[ab]|[ab]|tie)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (const auto match = bare.match(text.trimmed()); match.hasMatch())
        return preferenceFromWord(match.captured(1));
    return PairwisePreference::Unreadable;
}

ShadowOutcome combinePairwise(PairwisePreference candidateFirst, PairwisePreference baselineFirst)
{
    if (candidateFirst == PairwisePreference::Unreadable || baselineFirst == PairwisePreference::Unreadable)
        return ShadowOutcome::Undecided;
    // Asked with the candidate as A, then as B: a real preference follows the answer, not the letter.
    if (candidateFirst == PairwisePreference::A && baselineFirst == PairwisePreference::B)
        return ShadowOutcome::Better;
    if (candidateFirst == PairwisePreference::B && baselineFirst == PairwisePreference::A)
        return ShadowOutcome::Worse;
    return ShadowOutcome::Same;
}

std::optional<double> pairwiseScore(ShadowOutcome outcome)
{
    switch (outcome) {
    case ShadowOutcome::Better:
        return 1.0;
    case ShadowOutcome::Same:
        return 0.5;
    case ShadowOutcome::Worse:
        return 0.0;
    case ShadowOutcome::Undecided:
        return std::nullopt;
    }
    return std::nullopt;
}
