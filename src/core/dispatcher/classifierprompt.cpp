// SPDX-License-Identifier: GPL-3.0-or-later
#include "classifierprompt.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

QString defaultClassifierInstructions()
{
    // Sent to a model, so English whatever the interface language.
    return u"You assign each request of an application to the category that handles it. Answer with the "
           u"name of exactly one category from the list, written exactly as listed, and nothing else. "
           u"When no category fits, answer: default"_s;
}

ClassifierPrompt classifierPrompt(const Workspace& workspace, const DispatchClassifier& classifier,
                                  const QString& input)
{
    QString message = u"<categories>\n"_s;
    for (const Category& category : workspace.categories) {
        message += u"- "_s + category.name;
        if (!category.description.isEmpty())
            message += u": "_s + category.description.simplified();
        message += u'\n';
    }
    message += u"</categories>\n<request>\n"_s + input + u"\n</request>"_s;
    return { classifier.prompt.isEmpty() ? defaultClassifierInstructions() : classifier.prompt, message };
}

std::optional<QString> parseClassifierAnswer(const QString& answer, const QStringList& categories)
{
    static const QRegularExpression edges(u"^[\\s\"'`*.:]+|[\\s\"'`*.:]+$"_s);
    const QStringList names = categories + QStringList { u"default"_s };
    QString whole = answer;
    whole.remove(edges);
    for (const QString& name : names) {
        if (whole.compare(name, Qt::CaseInsensitive) == 0)
            return name;
    }
    QStringList found;
    for (const QString& name : names) {
        const QRegularExpression word(u"(?<![\\w-])"_s + QRegularExpression::escape(name) + u"(?![\\w-])"_s,
                                      QRegularExpression::CaseInsensitiveOption);
        if (word.match(answer).hasMatch())
            found.append(name);
    }
    if (found.size() == 1)
        return found.constFirst();
    return std::nullopt;
}
