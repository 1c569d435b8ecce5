// SPDX-License-Identifier: GPL-3.0-or-later
#include "wronganswers.h"

#include <array>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
// What normalized-equals and iequals compare: "Billing." and "billing" are the same answer.
QString normalised(const QString& text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result += c.toLower();
    }
    return result;
}

QJsonValue alteredValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return !value.toBool();
    case QJsonValue::Double:
        return value.toDouble() + 1;
    case QJsonValue::String:
        return WrongAnswers::swappedWord(value.toString());
    case QJsonValue::Array: {
        QJsonArray array = value.toArray();
        if (array.isEmpty())
            array.append(QJsonValue::Null);
        else
            array.removeLast();
        return array;
    }
    default:
        return u"unknown"_s;
    }
}

bool isScalar(const QJsonValue& value)
{
    return value.isString() || value.isDouble() || value.isBool();
}

// The values other answers of the task give the field, most common first, without the expected one.
QList<QJsonValue> otherValues(const QString& key, const QJsonValue& expected, const QList<QJsonObject>& answers)
{
    QMap<QString, std::pair<int, QJsonValue>> seen; // sorted by text, so that ties stay stable
    for (const QJsonObject& answer : answers) {
        const QJsonValue value = answer.value(key);
        if (!isScalar(value) || value == expected
            || (value.isString() && normalised(value.toString()) == normalised(expected.toString())))
            continue;
        const QString text = QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
        auto& entry = seen[text];
        entry = { entry.first + 1, value };
    }
    QList<std::pair<int, QJsonValue>> counted(seen.cbegin(), seen.cend());
    std::stable_sort(counted.begin(), counted.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<QJsonValue> values;
    for (const auto& entry : std::as_const(counted))
        values.append(entry.second);
    return values;
}

// A field whose values repeat across the task's answers is a choice among a few (an issue type, a
// priority): getting it wrong is the typical extraction error.
bool isCategorical(const QString& key, const QList<QJsonObject>& answers)
{
    QSet<QString> distinct;
    int count = 0;
    for (const QJsonObject& answer : answers) {
        if (isScalar(answer.value(key))) {
            ++count;
            distinct.insert(answer.value(key).toVariant().toString());
        }
    }
    return count >= 2 && distinct.size() >= 2 && distinct.size() < count;
}

QStringList candidateKeys(const QJsonObject& object, const QStringList& checkedFields,
                          const QList<QJsonObject>& answers)
{
    QStringList keys;
    for (const QString& key : object.keys()) {
        if (isScalar(object.value(key)) && (checkedFields.isEmpty() || checkedFields.contains(key)))
            keys.append(key);
    }
    QStringList categorical;
    for (const QString& key : std::as_const(keys)) {
        if (isCategorical(key, answers))
            categorical.append(key);
    }
    return categorical.isEmpty() ? keys : categorical;
}

QStringList sentences(const QString& text)
{
    static const QRegularExpression end(u"(?<=[.!?])\\s+"_s);
    return text.trimmed().split(end, Qt::SkipEmptyParts);
}

bool coversAll(const QString& text, const QStringList& keyPhrases)
{
    return std::all_of(keyPhrases.cbegin(), keyPhrases.cend(),
                       [&](const QString& phrase) { return text.contains(phrase, Qt::CaseInsensitive); });
}

QString asSentence(QString text)
{
    text = text.trimmed();
    while (!text.isEmpty()
           && (text.back() == u',' || text.back() == u';' || text.back() == u':' || text.back() == u'('))
        text.chop(1);
    text = text.trimmed();
    if (!text.isEmpty() && !QStringView(u".!?").contains(text.back()))
        text += u'.';
    return text;
}

// Within one sentence: the clause (else the words) before the key phrase found last, as a
// shorter sentence. Without key phrases, about the first half.
QString shortenedSentence(const QString& sentence, const QStringList& keyPhrases)
{
    qsizetype cut = -1;
    for (const QString& phrase : keyPhrases)
        cut = std::max(cut, sentence.indexOf(phrase, 0, Qt::CaseInsensitive));
    const QStringList words = sentence.split(u' ', Qt::SkipEmptyParts);
    if (cut <= 0)
        cut = words.mid(0, std::max<qsizetype>(1, words.size() / 2)).join(u' ').size();
    static const QRegularExpression clauseEnd(u"[,;:] "_s);
    const qsizetype clause = sentence.left(cut).lastIndexOf(clauseEnd);
    if (clause > 0 && sentence.left(clause).count(u' ') >= 3)
        return asSentence(sentence.left(clause));
    // A cut on a space keeps the word before it; else the word the cut falls in goes.
    const qsizetype space
        = cut < sentence.size() && sentence.at(cut) == u' ' ? cut : sentence.lastIndexOf(u' ', cut - 1);
    return asSentence(sentence.left(space > 0 ? space : cut));
}
} // namespace

namespace WrongAnswers {
QString swappedWord(const QString& label)
{
    static const std::array<std::pair<const char16_t*, const char16_t*>, 4> opposites {
        { { u"yes", u"no" }, { u"true", u"false" }, { u"positive", u"negative" }, { u"pass", u"fail" } }
    };
    const QString lower = label.toLower();
    for (const auto& [a, b] : opposites) {
        if (lower == QStringView(a))
            return QString::fromUtf16(b);
        if (lower == QStringView(b))
            return QString::fromUtf16(a);
    }
    bool isNumber = false;
    const qint64 number = label.toLongLong(&isNumber);
    if (isNumber)
        return QString::number(number + 1);
    return lower == u"unknown" ? u"other"_s : u"unknown"_s;
}

QString otherLabel(const QString& expected, const QStringList& taskLabels, quint64 seed)
{
    const QString key = normalised(expected);
    QStringList others;
    for (const QString& label : taskLabels) {
        if (normalised(label) != key && !others.contains(label))
            others.append(label);
    }
    if (others.isEmpty())
        return swappedWord(expected.trimmed());
    return others.at(qsizetype(seed % quint64(others.size())));
}

QString wrongJson(const QJsonDocument& expected, const QStringList& checkedFields,
                  const QList<QJsonObject>& taskAnswers, quint64 seed)
{
    if (expected.isArray())
        return QString::fromUtf8(
            QJsonDocument(alteredValue(expected.array()).toArray()).toJson(QJsonDocument::Compact));
    QJsonObject object = expected.object();
    const QStringList keys = candidateKeys(object, checkedFields, taskAnswers);
    if (keys.isEmpty()) {
        const QString key = object.isEmpty() ? u"result"_s : object.keys().constLast();
        object.insert(key, alteredValue(object.value(key)));
    } else {
        const QString& key = keys.at(qsizetype(seed % quint64(keys.size())));
        const QList<QJsonValue> others = otherValues(key, object.value(key), taskAnswers);
        object.insert(key,
                      others.isEmpty() ? alteredValue(object.value(key))
                                       : others.at(qsizetype((seed >> 8) % quint64(others.size()))));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString incompleteText(const QString& expected, const QStringList& keyPhrases)
{
    const QStringList parts = sentences(expected);
    qsizetype keep = (parts.size() + 1) / 2;
    if (keep == parts.size())
        keep = parts.size() - 1;
    while (keep > 0 && !keyPhrases.isEmpty() && coversAll(parts.mid(0, keep).join(u' '), keyPhrases))
        --keep;
    if (keep > 0)
        return parts.mid(0, keep).join(u' ');
    return shortenedSentence(parts.value(0), keyPhrases);
}
} // namespace WrongAnswers
