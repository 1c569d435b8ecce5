// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlmap.h"

#include "textcheck.h"

namespace {
bool isSecretKey(const QString& key)
{
    QString squeezed = key.toLower();
    squeezed.remove(u'_').remove(u'-');
    return squeezed == QLatin1String("apikey");
}

QString secretKeyMessage(const QString& key)
{
    return QCoreApplication::translate(
               "YamlMap",
               "'%1' is not allowed: API keys are never stored in the workspace file; name the environment "
               "variable that holds the key with 'api_key_env', or a keyring entry with 'api_key_keyring'")
        .arg(key);
}
} // namespace

YamlMap::YamlMap(const YAML::Node& node, YamlErrors& errors, const QStringList& keys, const QString& what)
    : m_node(node)
    , m_errors(errors)
    , m_what(what)
{
    if (!node.IsMap()) {
        errors.add(node, tr("expected a mapping of keys to values for %1, found %2").arg(what, describeNode(node)));
        return;
    }
    m_valid = true;
    checkKeys(keys);
}

void YamlMap::checkKeys(const QStringList& keys)
{
    for (auto it = m_node.begin(); it != m_node.end(); ++it) {
        if (!it->first.IsScalar()) {
            m_errors.add(it->first, tr("expected a plain key in %1, found %2").arg(m_what, describeNode(it->first)));
            continue;
        }
        const QString key = scalarText(it->first);
        if (const Entry* first = findEntry(key)) {
            m_errors.add(it->first,
                         tr("duplicate key '%1' in %2 (first given on line %3)")
                             .arg(key, m_what)
                             .arg(first->keyNode.Mark().line + 1));
        } else if (keys.contains(key)) {
            m_entries.append(Entry { key, it->first, it->second });
        } else if (isSecretKey(key)) {
            m_errors.add(it->first, secretKeyMessage(key));
        } else {
            const QString hint = didYouMean(key, keys);
            m_errors.add(
                it->first,
                hint.isEmpty()
                    ? tr("unknown key '%1' in %2; known keys: %3").arg(key, m_what, keys.join(QLatin1String(", ")))
                    : tr("unknown key '%1' in %2%3").arg(key, m_what, hint));
        }
    }
}

const YamlMap::Entry* YamlMap::findEntry(const QString& key) const
{
    for (const Entry& entry : m_entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

const YamlMap::Entry* YamlMap::find(const char* key) const
{
    return findEntry(QString::fromUtf8(key));
}

bool YamlMap::contains(const char* key) const
{
    return find(key) != nullptr;
}

YAML::Node YamlMap::value(const char* key) const
{
    const Entry* entry = find(key);
    return entry ? entry->value : YAML::Node(YAML::NodeType::Undefined);
}

YAML::Mark YamlMap::markOf(const char* key) const
{
    const Entry* entry = find(key);
    if (!entry)
        return mark();
    return entry->value.IsNull() ? entry->keyNode.Mark() : entry->value.Mark();
}

void YamlMap::missing(const char* key) const
{
    m_errors.add(mark(), tr("%1 is missing the required key '%2'").arg(m_what, QString::fromUtf8(key)));
}

void YamlMap::invalid(const char* key, const QString& message) const
{
    m_errors.add(markOf(key), message);
}

QString YamlMap::text(const char* key) const
{
    const YAML::Node node = value(key);
    if (!node.IsDefined() || node.IsNull() || node.IsScalar())
        return scalarText(node);
    invalid(key, tr("%1: expected text, found %2").arg(QString::fromUtf8(key), describeNode(node)));
    return {};
}

std::optional<bool> YamlMap::flag(const char* key) const
{
    const YAML::Node node = value(key);
    if (!node.IsDefined())
        return std::nullopt;
    const QString result = node.IsScalar() && !isQuoted(key) ? scalarText(node) : QString();
    if (result == u"true" || result == u"false")
        return result == u"true";
    invalid(key, tr("%1: expected true or false, found %2").arg(QString::fromUtf8(key), describeNode(node)));
    return std::nullopt;
}

std::optional<QString> YamlMap::requiredText(const char* key) const
{
    if (!m_valid)
        return std::nullopt;
    if (!contains(key)) {
        missing(key);
        return std::nullopt;
    }
    const qsizetype before = m_errors.count();
    const QString result = text(key);
    if (m_errors.count() != before)
        return std::nullopt;
    if (result.trimmed().isEmpty()) {
        invalid(key, tr("%1: must not be empty").arg(QString::fromUtf8(key)));
        return std::nullopt;
    }
    return result;
}

bool YamlMap::isQuoted(const char* key) const
{
    // yaml-cpp tags a quoted or block scalar "!", a plain one "?"; JSONL strings are tagged "!" too.
    return value(key).Tag() == "!";
}

QString YamlMap::name(const char* key) const
{
    const QString result = text(key);
    return checkName(key, result) ? result : QString();
}

std::optional<QString> YamlMap::requiredName(const char* key) const
{
    auto result = requiredText(key);
    if (result && !checkName(key, *result))
        return std::nullopt;
    return result;
}

bool YamlMap::checkName(const char* key, const QString& text) const
{
    const qsizetype at = controlCharacterIndex(text);
    if (at < 0)
        return true;
    m_errors.add(m_errors.markInScalar(value(key), int(at)),
                 tr("%1: holds the control character %2; a name or id cannot hold control characters")
                     .arg(QString::fromUtf8(key), controlCharacterName(text.at(at))));
    return false;
}

QStringList YamlMap::textList(const char* key) const
{
    const YAML::Node node = value(key);
    if (!node.IsDefined() || node.IsNull())
        return {};
    if (!node.IsSequence()) {
        invalid(key,
                tr("%1: expected a list such as [a, b], found %2").arg(QString::fromUtf8(key), describeNode(node)));
        return {};
    }
    QStringList result;
    for (const YAML::Node& item : node) {
        if (item.IsScalar())
            result.append(scalarText(item));
        else
            m_errors.add(item,
                         tr("%1: expected a text item, found %2").arg(QString::fromUtf8(key), describeNode(item)));
    }
    return result;
}

QMap<QString, QString> YamlMap::textMap(const char* key) const
{
    const YAML::Node node = value(key);
    if (!node.IsDefined() || node.IsNull())
        return {};
    if (!node.IsMap()) {
        invalid(
            key,
            tr("%1: expected a mapping of names to text, found %2").arg(QString::fromUtf8(key), describeNode(node)));
        return {};
    }
    QMap<QString, QString> result;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString name = scalarText(it->first);
        if (!it->first.IsScalar() || name.isEmpty())
            m_errors.add(it->first,
                         tr("%1: expected a name, found %2").arg(QString::fromUtf8(key), describeNode(it->first)));
        else if (result.contains(name))
            m_errors.add(it->first, tr("%1: duplicate name '%2'").arg(QString::fromUtf8(key), name));
        else if (!it->second.IsScalar() && !it->second.IsNull())
            m_errors.add(
                it->second,
                tr("%1.%2: expected text, found %3").arg(QString::fromUtf8(key), name, describeNode(it->second)));
        else
            result.insert(name, scalarText(it->second));
    }
    return result;
}

YAML::Node YamlMap::list(const char* key) const
{
    const YAML::Node node = value(key);
    if (!node.IsDefined() || node.IsNull() || node.IsSequence())
        return node;
    invalid(key, tr("%1: expected a list, found %2").arg(QString::fromUtf8(key), describeNode(node)));
    return YAML::Node(YAML::NodeType::Undefined);
}

QString describeNode(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return quoted(scalarText(node));
    case YAML::NodeType::Sequence:
        return QCoreApplication::translate("YamlMap", "a list");
    case YAML::NodeType::Map:
        return QCoreApplication::translate("YamlMap", "a mapping");
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QCoreApplication::translate("YamlMap", "nothing");
}

QString scalarText(const YAML::Node& node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}
