// SPDX-License-Identifier: GPL-3.0-or-later
// The LiteLLM export against the keys and types LiteLLM documents (data/litellm-schema.json, which
// cites the pages), read as PyYAML reads it: every key known, every required key present, every
// value of its type, every fallback an alias of model_list, and no key written out.
#include "exporttestdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <yaml-cpp/yaml.h>

using namespace Qt::Literals::StringLiterals;

namespace {
// YAML 1.1 resolution of plain scalars, as PyYAML (LiteLLM's reader) does it.
const QRegularExpression yamlInt(
    u"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"_s);
const QRegularExpression
    yamlFloat(u"^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
              "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"_s);
const QRegularExpression yamlBoolOrNull(
    u"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|)$"_s);

QString typeOf(const YAML::Node& node)
{
    if (node.IsMap())
        return u"map"_s;
    if (node.IsSequence())
        return u"list"_s;
    if (!node.IsScalar())
        return u"null"_s;
    const QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() == "!") // quoted: always text
        return u"string"_s;
    if (yamlInt.match(text).hasMatch())
        return u"integer"_s;
    if (yamlFloat.match(text).hasMatch())
        return u"float"_s;
    return yamlBoolOrNull.match(text).hasMatch() ? u"boolean or null"_s : u"string"_s;
}

bool matchesType(const QString& found, const QString& wanted)
{
    return found == wanted || (wanted == u"number"_s && (found == u"integer"_s || found == u"float"_s));
}

class SchemaCheck
{
public:
    explicit SchemaCheck(const QJsonObject& keys)
        : m_keys(keys)
    {
    }

    QStringList problems(const YAML::Node& root)
    {
        check(root, QString(), u"(document)"_s);
        return m_problems;
    }

private:
    QString schemaPath(const QString& path, const QString& key) const
    {
        const QString exact = path.isEmpty() ? key : path + u'.' + key;
        return m_keys.contains(exact) ? exact : path + u".*"_s;
    }

    void check(const YAML::Node& node, const QString& path, const QString& where)
    {
        if (!m_keys.contains(path)) {
            m_problems.append(u"%1: key not in LiteLLM's documented schema (%2)"_s.arg(where, path));
            return;
        }
        const QJsonObject rule = m_keys.value(path).toObject();
        const QString wanted = rule.value(u"type"_s).toString();
        const QString found = typeOf(node);
        if (!matchesType(found, wanted)) {
            m_problems.append(u"%1: expected %2, found %3"_s.arg(where, wanted, found));
            return;
        }
        const QString pattern = rule.value(u"pattern"_s).toString();
        if (!pattern.isEmpty() && !QRegularExpression(pattern).match(QString::fromStdString(node.Scalar())).hasMatch())
            m_problems.append(
                u"%1: '%2' does not match %3"_s.arg(where, QString::fromStdString(node.Scalar()), pattern));
        if (node.IsMap())
            checkMap(node, path, where, rule);
        if (node.IsSequence()) {
            for (std::size_t i = 0; i < node.size(); ++i)
                check(node[i], path + u"[]"_s, u"%1[%2]"_s.arg(where).arg(i));
        }
    }

    void checkMap(const YAML::Node& node, const QString& path, const QString& where, const QJsonObject& rule)
    {
        for (const QJsonValue& required : rule.value(u"required"_s).toArray()) {
            if (!node[required.toString().toStdString()])
                m_problems.append(u"%1: required key '%2' is missing"_s.arg(where, required.toString()));
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = QString::fromStdString(it->first.Scalar());
            check(it->second, schemaPath(path, key), where + u'.' + key);
        }
    }

    QJsonObject m_keys;
    QStringList m_problems;
};

QJsonObject schemaKeys()
{
    QFile file(QFINDTESTDATA("data/litellm-schema.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"keys"_s).toObject();
}

QStringList modelNames(const YAML::Node& config)
{
    QStringList names;
    for (const YAML::Node& entry : config["model_list"])
        names.append(QString::fromStdString(entry["model_name"].Scalar()));
    return names;
}

// Every key and value of the document, flattened, for the search for secrets.
void collectScalars(const YAML::Node& node, QStringList& scalars)
{
    if (node.IsScalar())
        scalars.append(QString::fromStdString(node.Scalar()));
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (node.IsMap()) {
            collectScalars(it->first, scalars);
            collectScalars(it->second, scalars);
        } else {
            collectScalars(*it, scalars);
        }
    }
}

Workspace withKeyring(Workspace workspace)
{
    workspace.providers[2].key = KeyReference { KeyReference::Store::Keyring, u"gemini"_s };
    workspace.providers[3].baseUrl = u"https://api.groq.com/openai/v1/"_s; // a trailing slash
    workspace.providers[3].key = {}; // a host without a key
    return workspace;
}
} // namespace

class tst_LiteLlmSchema : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheDocumentedKeys_data()
    {
        QTest::addColumn<Workspace>("workspace");
        QTest::newRow("sample") << sampleWorkspace();
        QTest::newRow("keyring key, slash") << withKeyring(sampleWorkspace());
    }

    void matchesTheDocumentedKeys()
    {
        QFETCH(Workspace, workspace);
        const QJsonObject keys = schemaKeys();
        QVERIFY(keys.size() > 10);
        const std::string text = exportRouting(workspace, ExportFormat::LiteLlm, fixedOptions()).toStdString();
        const YAML::Node config = YAML::Load(text);
        const QStringList problems = SchemaCheck(keys).problems(config);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void everyFallbackIsAnAlias()
    {
        const YAML::Node config
            = YAML::Load(exportRouting(sampleWorkspace(), ExportFormat::LiteLlm, fixedOptions()).toStdString());
        const QStringList names = modelNames(config);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
        int chains = 0;
        const YAML::Node fallbacks = config["router_settings"]["fallbacks"]; // the loop iterates over it
        for (const YAML::Node& entry : fallbacks) {
            QCOMPARE(entry.size(), std::size_t(1));
            const QString group = QString::fromStdString(entry.begin()->first.Scalar());
            QVERIFY2(names.contains(group), qPrintable(group));
            int n = 0;
            const YAML::Node aliases = entry.begin()->second;
            for (const YAML::Node& alias : aliases) {
                const QString name = QString::fromStdString(alias.Scalar());
                QCOMPARE(name, u"%1-fallback-%2"_s.arg(group).arg(++n));
                QVERIFY2(names.contains(name), qPrintable(name));
            }
            ++chains;
        }
        QCOMPARE(chains, 5); // four categories have fallbacks, and the default chain
        QVERIFY(names.contains(u"default"_s));
        QVERIFY(names.contains(u"language-detection"_s)); // a chain of one: no fallbacks entry
    }

    void providersMapToLiteLlmPrefixes()
    {
        const YAML::Node config
            = YAML::Load(exportRouting(sampleWorkspace(), ExportFormat::LiteLlm, fixedOptions()).toStdString());
        QHash<QString, YAML::Node> params;
        for (const YAML::Node& entry : config["model_list"])
            params.insert(QString::fromStdString(entry["model_name"].Scalar()), entry["litellm_params"]);
        const auto model
            = [&](const QString& alias) { return QString::fromStdString(params[alias]["model"].Scalar()); };
        const auto base = [&](const QString& alias) {
            return params[alias]["api_base"] ? QString::fromStdString(params[alias]["api_base"].Scalar()) : QString();
        };
        QCOMPARE(model(u"ticket-classification"_s), u"gemini/gemini-2.5-flash-lite"_s);
        QCOMPARE(base(u"ticket-classification"_s), QString()); // Gemini's own host
        QCOMPARE(model(u"sentiment"_s), u"openai/llama-3.1-8b-instant"_s); // Groq speaks OpenAI's API
        QCOMPARE(base(u"sentiment"_s), u"https://api.groq.com/openai/v1"_s);
        QCOMPARE(model(u"summarisation"_s), u"anthropic/claude-sonnet-4-5"_s);
        QCOMPARE(model(u"language-detection"_s), u"ollama/llama3.1:8b"_s);
        QCOMPARE(base(u"language-detection"_s), u"http://localhost:11434"_s);
        QVERIFY(!params[u"language-detection"_s]["api_key"]); // Ollama needs none
        QCOMPARE(QString::fromStdString(params[u"default"_s]["api_key"].Scalar()), u"os.environ/OPENAI_API_KEY"_s);
        QCOMPARE(params[u"summarisation"_s]["input_cost_per_token"].as<double>(), 3.0 / 1e6);
        QCOMPARE(params[u"summarisation"_s]["output_cost_per_token"].as<double>(), 15.0 / 1e6);
    }

    void noLiteralSecret()
    {
        const QByteArray secret = "sk-live-litellm-schema-test-secret-0123456789";
        qputenv("OPENAI_API_KEY", secret);
        const QString text = exportRouting(withKeyring(sampleWorkspace()), ExportFormat::LiteLlm, fixedOptions());
        qunsetenv("OPENAI_API_KEY");
        QStringList scalars;
        collectScalars(YAML::Load(text.toStdString()), scalars);
        for (const QString& scalar : std::as_const(scalars)) {
            QVERIFY2(!scalar.contains(QString::fromLatin1(secret)), qPrintable(scalar));
            QVERIFY2(!scalar.startsWith(u"sk-"_s), qPrintable(scalar));
        }
        QVERIFY(!text.contains(QString::fromLatin1(secret)));
        QVERIFY(text.contains(u"os.environ/GEMINI_API_KEY  # set GEMINI_API_KEY"_s));
        QVERIFY(text.contains(u"api_base: https://api.groq.com/openai/v1  # no key in the workspace"_s));
    }
};

QTEST_GUILESS_MAIN(tst_LiteLlmSchema)
#include "tst_litellmschema.moc"
