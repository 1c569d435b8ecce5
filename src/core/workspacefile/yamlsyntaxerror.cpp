// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlsyntaxerror.h"

#include <QCoreApplication>
#include <QMap>

namespace {
class YamlSyntaxError
{
    Q_DECLARE_TR_FUNCTIONS(YamlSyntaxError)
};

const std::string invalidUnicode = "invalid unicode: ";

QString syntaxHint(const std::string& message)
{
    static const QMap<std::string, const char*> hints = {
        { "end of map not found",
          QT_TRANSLATE_NOOP("YamlSyntaxError",
                            "expected 'key: value' at the indentation of the mapping above; check the indentation") },
        { "end of sequence not found",
          QT_TRANSLATE_NOOP("YamlSyntaxError",
                            "expected '- item' at the indentation of the list above; check the indentation") },
        { "end of map flow not found", QT_TRANSLATE_NOOP("YamlSyntaxError", "expected '}' to close the '{' mapping") },
        { "end of sequence flow not found",
          QT_TRANSLATE_NOOP("YamlSyntaxError", "expected ']' to close the '[' list") },
        { "illegal map value",
          QT_TRANSLATE_NOOP("YamlSyntaxError",
                            "unexpected ':'; check this line's indentation, and quote a value that contains ': '") },
        { "the referenced anchor is not defined",
          QT_TRANSLATE_NOOP("YamlSyntaxError", "the alias refers to an undefined anchor") },
    };
    const auto it = hints.constFind(message);
    if (it != hints.cend())
        return QCoreApplication::translate("YamlSyntaxError", *it);
    return QString::fromStdString(message);
}

// The 1-based column of a tab in the line's indentation, or 0.
int leadingTabColumn(const QByteArray& text, int line)
{
    const QList<QByteArray> lines = text.split('\n');
    if (line < 0 || line >= lines.size())
        return 0;
    const QByteArray& content = lines.at(line);
    for (int i = 0; i < content.size(); ++i) {
        if (content.at(i) != ' ')
            return content.at(i) == '\t' ? i + 1 : 0;
    }
    return 0;
}

// yaml-cpp stops after a \\u escape that is no character: the escape starts at the last backslash.
YAML::Mark escapeStart(const QByteArray& text, YAML::Mark mark)
{
    const QList<QByteArray> lines = text.split('\n');
    if (mark.line < 0 || mark.line >= lines.size())
        return mark;
    const qsizetype backslash = lines.at(mark.line).left(mark.column).lastIndexOf('\\');
    if (backslash >= 0) {
        mark.pos -= mark.column - int(backslash);
        mark.column = int(backslash);
    }
    return mark;
}

QString unicodeHint(const std::string& message)
{
    bool ok = false;
    const uint code = QString::fromStdString(message.substr(invalidUnicode.size())).toUInt(&ok);
    if (!ok)
        return QString::fromStdString(message);
    const QString hex = QStringLiteral("%1").arg(code, 4, 16, QLatin1Char('0'));
    if (code >= 0xD800 && code <= 0xDFFF)
        return YamlSyntaxError::tr("\\u%1 is half of a UTF-16 surrogate pair without its other half; it is not a "
                                   "character")
            .arg(hex);
    return YamlSyntaxError::tr("\\U%1 is beyond U+10FFFF; it is not a character").arg(hex);
}
} // namespace

void reportYamlSyntaxError(const YAML::Exception& error, const QByteArray& text, YamlErrors& errors)
{
    YAML::Mark mark = error.mark;
    if (mark.is_null()) {
        mark = YAML::Mark(); // the start of the file
    } else if (const int tab = leadingTabColumn(text, mark.line)) {
        mark.column = tab - 1;
        errors.add(mark, YamlSyntaxError::tr("YAML syntax error: a tab indents this line; YAML is indented with "
                                             "spaces only"));
        return;
    }
    if (error.msg.rfind(invalidUnicode, 0) == 0) {
        errors.add(escapeStart(text, mark), YamlSyntaxError::tr("YAML syntax error: %1").arg(unicodeHint(error.msg)));
        return;
    }
    errors.add(mark, YamlSyntaxError::tr("YAML syntax error: %1").arg(syntaxHint(error.msg)));
}
