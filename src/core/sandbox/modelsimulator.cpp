// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelsimulator.h"

#include "text/wordelision.h"

#include <array>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {
quint64 hash64(std::initializer_list<QByteArrayView> parts)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const auto& part : parts) {
        hash.addData(part);
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return qFromBigEndian<quint64>(hash.resultView().data());
}

double unitInterval(quint64 value)
{
    return double(value >> 11) / double(quint64(1) << 53);
}

QString tagged(const QString& text, QLatin1String tag)
{
    const QString open = u'<' + tag + u">\n";
    const qsizetype start = text.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(u"\n</"_s + tag + u'>', start + open.size());
    return end < 0 ? QString() : text.mid(start + open.size(), end - start - open.size());
}

QSet<QString> words(const QString& text)
{
    static const QRegularExpression separators(u"\\W+"_s);
    QSet<QString> set;
    for (const QString& word : text.toLower().split(separators, Qt::SkipEmptyParts))
        set.insert(word);
    return set;
}

QString genericAnswer(const SimulatedCall& call, quint64 seed)
{
    static const std::array<QString, 3> templates {
        u"Based on the information given, the answer concerns %1."_s,
        u"Here is a concise response about %1: it depends on the details, but most likely yes."_s,
        u"In short, %1 is handled as the request describes."_s,
    };
    QStringList topic = call.userPrompt.simplified().split(u' ', Qt::SkipEmptyParts).mid(0, 8);
    const QString subject = topic.isEmpty() ? u"the request"_s : u"\""_s + topic.join(u' ') + u"\""_s;
    QString sentence = templates[seed % templates.size()].arg(subject);
    if (!call.jsonMode)
        return sentence;
    return QString::fromUtf8(QJsonDocument(QJsonObject { { u"answer"_s, sentence } }).toJson(QJsonDocument::Compact));
}
} // namespace

void ModelSimulator::setProfile(const QString& model, const SimulationProfile& profile)
{
    m_profiles.insert(model, profile);
}

void ModelSimulator::setProfiles(const QList<ModelSpec>& models)
{
    for (const auto& model : models)
        setProfile(model.model.isEmpty() ? model.id : model.model, model.simulation.value_or(m_defaultProfile));
}

void ModelSimulator::setDefaultProfile(const SimulationProfile& profile)
{
    m_defaultProfile = profile;
}

bool ModelSimulator::hasProfile(const QString& model) const
{
    return m_profiles.contains(model);
}

SimulationProfile ModelSimulator::profile(const QString& model) const
{
    return m_profiles.value(model, m_defaultProfile);
}

void ModelSimulator::setExpectedOutputs(const QHash<QString, QString>& expectedByPrompt)
{
    clearExpectedOutputs();
    for (auto it = expectedByPrompt.cbegin(); it != expectedByPrompt.cend(); ++it)
        addExpectedOutput(it.key(), it.value());
}

void ModelSimulator::addExpectedOutput(const QString& prompt, const QString& expected, const QString& task)
{
    addExpectedOutput(prompt, ExpectedAnswer { expected, task, {}, {} });
}

void ModelSimulator::addExpectedOutput(const QString& prompt, const ExpectedAnswer& expected)
{
    m_expected.insert(promptKey(prompt), expected);
    m_expectedTexts.insert(expected.text.trimmed());
    if (isLabel(expected.text))
        addTaskLabels(expected.task, { expected.text.trimmed() });
    const QJsonDocument json = QJsonDocument::fromJson(expected.text.toUtf8());
    if (json.isObject())
        m_jsonAnswers[expected.task].append(json.object());
}

void ModelSimulator::addTaskLabels(const QString& task, const QStringList& labels)
{
    QStringList& known = m_labels[task];
    for (const QString& label : labels) {
        if (isLabel(label) && !known.contains(label.trimmed()))
            known.append(label.trimmed());
    }
    known.sort();
}

void ModelSimulator::clearExpectedOutputs()
{
    m_expected.clear();
    m_labels.clear();
    m_jsonAnswers.clear();
    m_expectedTexts.clear();
}

QByteArray ModelSimulator::promptKey(const QString& prompt)
{
    return QCryptographicHash::hash(prompt.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
}

bool ModelSimulator::isLabel(const QString& text)
{
    const QString trimmed = text.trimmed();
    return !trimmed.isEmpty() && trimmed.size() <= 40 && !trimmed.contains(u'\n') && trimmed.count(u' ') < 4;
}

double ModelSimulator::effectiveSkill(double skill, const QString& expected)
{
    if (!QJsonDocument::fromJson(expected.toUtf8()).isNull())
        return skill;
    if (isLabel(expected))
        return skill + (1.0 - skill) * skill / 2.0;
    return expected.size() > 80 ? skill * skill * skill : skill;
}

bool ModelSimulator::answersCorrectly(const QString& model, const QByteArray& key) const
{
    const auto expected = m_expected.constFind(key);
    const double skill = profile(model).skill;
    const double chance = expected == m_expected.cend() ? skill : effectiveSkill(skill, expected->text);
    return unitInterval(hash64({ model.toUtf8(), key, "skill" })) < chance;
}

bool ModelSimulator::isJudgeRequest(const SimulatedCall& call)
{
    return call.userPrompt.contains(u"<rubric>\n"_s) && call.userPrompt.contains(u"<output>\n"_s);
}

double ModelSimulator::judgedQuality(const QString& output, const QString& reference) const
{
    if (!reference.isEmpty()) {
        const QSet<QString> expected = words(reference);
        const QSet<QString> found = words(output) & expected;
        return expected.isEmpty() ? 0.0 : double(found.size()) / double(expected.size());
    }
    // Without a reference the judge still recognises the answers the workspace expects.
    if (m_expectedTexts.contains(output.trimmed()))
        return 0.9;
    return output.contains(u"not certain"_s) || output.contains(u"unclear"_s) || output.endsWith(u'…') ? 0.3 : 0.55;
}

QString ModelSimulator::judgeVerdict(const SimulatedCall& call) const
{
    const QString output = tagged(call.userPrompt, QLatin1String("output"));
    const double score = std::round(judgedQuality(output, tagged(call.userPrompt, QLatin1String("reference_answer"))) * 100) / 100;
    const bool pass = score >= 0.7;
    const QString reason = pass ? u"The output meets the rubric: it keeps the facts and decisions asked for."_s
                                : u"The output misses or hedges on facts the rubric asks for."_s;
    return QString::fromUtf8(QJsonDocument(QJsonObject { { u"reason"_s, reason }, { u"score"_s, score },
                                               { u"pass"_s, pass } })
                                 .toJson(QJsonDocument::Compact));
}

bool ModelSimulator::isPairwiseJudgeRequest(const SimulatedCall& call)
{
    return call.userPrompt.contains(u"<answer_a>\n"_s) && call.userPrompt.contains(u"<answer_b>\n"_s);
}

QString ModelSimulator::pairwiseVerdict(const SimulatedCall& call) const
{
    const double a = judgedQuality(tagged(call.userPrompt, QLatin1String("answer_a")), {});
    const double b = judgedQuality(tagged(call.userPrompt, QLatin1String("answer_b")), {});
    // Like real judges, it leans to the first answer when the two are close: asking twice with the
    // answers swapped is what cancels that.
    const QString winner = b > a + 0.1 ? u"B"_s : u"A"_s;
    const QString reason = std::abs(a - b) <= 0.1 ? u"Both answers serve the request about as well."_s
                                                   : u"Answer "_s + winner + u" keeps the facts and does not hedge."_s;
    return QString::fromUtf8(
        QJsonDocument(QJsonObject { { u"reason"_s, reason }, { u"winner"_s, winner } }).toJson(QJsonDocument::Compact));
}

bool ModelSimulator::isClassifierRequest(const SimulatedCall& call)
{
    return call.userPrompt.contains(u"<categories>\n"_s) && call.userPrompt.contains(u"<request>\n"_s);
}

// A classifier of the model's skill names the right category that often; otherwise another one of
// the listed categories, as a real classifier confuses neighbours. A request it has no label for
// goes to the category whose line shares the most words with it.
QString ModelSimulator::classifierAnswer(const SimulatedCall& call) const
{
    static const QRegularExpression item(u"^- ([^:\\n]+)"_s, QRegularExpression::MultilineOption);
    QStringList names;
    QList<QSet<QString>> descriptions;
    const QString list = tagged(call.userPrompt, QLatin1String("categories"));
    for (auto it = item.globalMatch(list); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        names.append(match.captured(1).trimmed());
        descriptions.append(words(list.mid(match.capturedStart(), list.indexOf(u'\n', match.capturedStart()) - match.capturedStart())));
    }
    const QByteArray key = promptKey(call.userPrompt);
    const quint64 seed = hash64({ call.model.toUtf8(), key, "variant" });
    const auto expected = m_expected.constFind(key);
    if (expected != m_expected.cend()) {
        if (answersCorrectly(call.model, key) || names.size() < 2)
            return expected->text.trimmed();
        names.removeAll(expected->text.trimmed());
        return names.isEmpty() ? u"default"_s : names.at(qsizetype(seed % quint64(names.size())));
    }
    const QSet<QString> request = words(tagged(call.userPrompt, QLatin1String("request")));
    qsizetype best = -1;
    qsizetype bestOverlap = 0;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const qsizetype overlap = (descriptions.at(i) & request).size();
        if (overlap > bestOverlap) {
            best = i;
            bestOverlap = overlap;
        }
    }
    return best < 0 ? u"default"_s : names.at(best);
}

qint64 ModelSimulator::latencyMs(const QString& model, const QByteArray& key, qint64 outputTokens) const
{
    const double jitter = 0.85 + 0.3 * unitInterval(hash64({ model.toUtf8(), key, "latency" }));
    return qint64(profile(model).latencyMs * (0.75 + double(outputTokens) / 80.0) * jitter);
}

SimulatedAnswer ModelSimulator::answer(const SimulatedCall& call) const
{
    SimulatedAnswer answer;
    answer.text = answerText(call);
    answer.inputTokens = (call.inputChars + 3) / 4 + 4 * call.messageCount + 3;
    answer.outputTokens = std::max<qint64>(1, (answer.text.size() + 3) / 4);
    if (call.maxTokens > 0 && answer.outputTokens > call.maxTokens) {
        answer.text = elidedAtWord(answer.text, call.maxTokens * 4);
        answer.outputTokens = call.maxTokens;
        answer.truncated = true;
    }
    answer.latencyMs = latencyMs(call.model, promptKey(call.userPrompt), answer.outputTokens);
    return answer;
}

QString ModelSimulator::answerText(const SimulatedCall& call) const
{
    if (isJudgeRequest(call))
        return judgeVerdict(call);
    if (isPairwiseJudgeRequest(call))
        return pairwiseVerdict(call);
    if (isClassifierRequest(call))
        return classifierAnswer(call);
    const QByteArray key = promptKey(call.userPrompt);
    const quint64 seed = hash64({ call.model.toUtf8(), key, "variant" });
    const auto expected = m_expected.constFind(key);
    if (expected == m_expected.cend())
        return genericAnswer(call, seed);
    if (answersCorrectly(call.model, key))
        return expected->text;
    return wrongAnswer(*expected, seed);
}

QString ModelSimulator::wrongAnswer(const ExpectedAnswer& expected, quint64 seed) const
{
    const QJsonDocument json = QJsonDocument::fromJson(expected.text.toUtf8());
    if (!json.isNull())
        return WrongAnswers::wrongJson(json, expected.checkedFields, m_jsonAnswers.value(expected.task), seed);
    if (isLabel(expected.text))
        return WrongAnswers::otherLabel(expected.text, m_labels.value(expected.task), seed);
    return WrongAnswers::incompleteText(expected.text, expected.keyPhrases);
}
