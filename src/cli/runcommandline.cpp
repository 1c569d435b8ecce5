// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcommandline.h"

#include "batch/batchtypes.h"
#include "commanddispatcher.h"

#include <cmath>

namespace {
const QLatin1String resumeWithValue("--resume=");

QCommandLineOption option(const QString& name, const QString& description, const QString& valueName = {})
{
    return QCommandLineOption(name, description, valueName);
}

// QCommandLineParser has no options with an optional value: "--resume=ID" becomes "--resume" and a
// run id after the workspace, which is where "--resume ID" puts it too.
QStringList withResumeSplit(const QStringList& arguments)
{
    QStringList split;
    QString runId;
    for (const QString& argument : arguments) {
        if (argument.startsWith(resumeWithValue)) {
            split.append(QStringLiteral("--resume"));
            runId = argument.mid(resumeWithValue.size());
        } else {
            split.append(argument);
        }
    }
    if (!runId.isEmpty())
        split.append(runId);
    return split;
}

bool looksLikeWorkspace(const QString& path)
{
    return path.endsWith(QLatin1String(".yaml")) || path.endsWith(QLatin1String(".yml"));
}
} // namespace

RunCommandLine::RunCommandLine()
    : m_help(m_parser.addHelpOption())
    , m_categories(option(QStringLiteral("categories"), tr("Run only these categories (comma-separated names)."),
                          QStringLiteral("a,b")))
    , m_models(
          option(QStringLiteral("models"), tr("Run only these models (comma-separated ids)."), QStringLiteral("x,y")))
    , m_repeats(
          option(QStringLiteral("repeats"), tr("Answer every case N times, 1 to 10 (default 1)."), QStringLiteral("N")))
    , m_budget(
          option(QStringLiteral("budget"), tr("Stop the run once it has spent USD dollars."), QStringLiteral("USD")))
    , m_concurrency(option(QStringLiteral("concurrency"),
                           tr("At most N calls in flight per provider (default 0: each provider's own setting)."),
                           QStringLiteral("N")))
    , m_noCache(option(QStringLiteral("no-cache"), tr("Ask the models again instead of reusing cached answers.")))
    , m_cacheMaxAge(option(QStringLiteral("cache-max-age"),
                           tr("Reuse cached answers only when at most DAYS old, 0 to %1; 0 never reuses one "
                              "(default: the workspace's run.cache_max_age_days, else %2).")
                               .arg(RunDefaults::maxCacheMaxAgeDays)
                               .arg(RunDefaults::defaultCacheMaxAgeDays),
                           QStringLiteral("DAYS")))
    , m_temperature(option(QStringLiteral("temperature"),
                           tr("Sampling temperature, 0 to 2 (default: each provider's own)."), QStringLiteral("T")))
    , m_maxTokens(
          option(QStringLiteral("max-tokens"), tr("Longest answer, in tokens (default 1024)."), QStringLiteral("N")))
    , m_judge(
          option(QStringLiteral("judge"), tr("The model that scores llm-rubric assertions."), QStringLiteral("MODEL")))
    , m_sandbox(option(QStringLiteral("sandbox"),
                       tr("Run against the simulated models of the sandbox: no API keys, no cost.")))
    , m_batch(option(QStringLiteral("batch"),
                     tr("Send the jobs of providers with a batch API (OpenAI, Anthropic, Gemini) as batches: "
                        "half the price, answers within 24 hours. Other providers run as usual.")))
    , m_resume(option(QStringLiteral("resume"),
                      tr("Continue a run with only its missing jobs: run RUN_ID (given after the workspace, or "
                         "as --resume=RUN_ID), else the latest interrupted or cancelled run.")))
    , m_missing(option(QStringLiteral("missing"),
                       tr("Run only the (category, model) cells that no earlier run has current evidence for: "
                          "new models, new categories, and categories whose cases, prompts or scorers changed.")))
    , m_retryFailed(option(QStringLiteral("retry-failed"),
                           tr("With --resume: run again the jobs whose result is an error (failed calls, batch "
                              "requests that errored or expired), in the same run; their new results replace "
                              "the errors. Without a RUN_ID, the latest run.")))
    , m_yes(option(QStringLiteral("yes"), tr("Start a run against real providers without asking first.")))
{
    m_parser.setApplicationDescription(
        tr("Run the workspace's cases on its models, score the answers and save them to the results "
           "database beside the workspace (<name>.signalbox.db), then print a summary per category and model."));
    m_parser.addOptions({ m_categories, m_models, m_repeats, m_budget, m_concurrency, m_noCache, m_cacheMaxAge,
                          m_temperature,
                          m_maxTokens, m_judge, m_sandbox, m_batch, m_resume, m_missing, m_retryFailed, m_yes });
    m_parser.addPositionalArgument(QStringLiteral("workspace"), tr("The workspace file (*.signalbox.yaml)."));
    m_parser.addPositionalArgument(QStringLiteral("RUN_ID"), tr("With --resume: the run to continue."),
                                   QStringLiteral("[RUN_ID]"));
}

QString RunCommandLine::timeScaleVariable()
{
    return QStringLiteral("SIGNALBOX_SANDBOX_TIME_SCALE");
}

QString RunCommandLine::helpText() const
{
    const QString usage = QStringLiteral("signalbox-cli run [options] <workspace> [--resume [--retry-failed] [RUN_ID]]");
    return withUsageLine(m_parser.helpText(), usage) + u'\n'
        + tr("Exit status:\n"
             "  0    the run completed\n"
             "  1    the workspace has errors, the run failed, or every job ended in error\n"
             "  2    the command line is wrong\n"
             "  3    the budget stopped the run early\n"
             "  130  interrupted (Ctrl+C): the run is saved as cancelled and can be resumed\n")
        + u'\n'
        + tr("Environment:\n"
             "  %1\n"
             "       A testing aid: multiplies the simulated models' latency in the sandbox\n"
             "       (default 1; 0 answers at once, 5 is five times slower).\n"
             "  %2\n"
             "       A testing aid: milliseconds from sending a batch to its first poll (default\n"
             "       10000); each poll after that waits half as long again, up to 10 minutes.\n")
              .arg(timeScaleVariable(), batchPollVariable());
}

RunCommandLine::Outcome RunCommandLine::parse(const QStringList& arguments, const QProcessEnvironment& environment)
{
    if (!m_parser.parse(withResumeSplit(arguments))) {
        m_error = m_parser.errorText();
        return Outcome::UsageError;
    }
    if (m_parser.isSet(m_help))
        return Outcome::Help;
    const bool ok = readPositionals() && readPlan() && readSettings() && readTimeScale(environment)
        && readBatchPoll(environment);
    return ok ? Outcome::Run : Outcome::UsageError;
}

bool RunCommandLine::readPositionals()
{
    QStringList positionals = m_parser.positionalArguments();
    m_options.resume = m_parser.isSet(m_resume);
    if (positionals.isEmpty())
        return usageError(tr("run: expected the path of a workspace file"));
    if (positionals.size() > (m_options.resume ? 2 : 1)) {
        return usageError(m_options.resume
                              ? tr("run: expected a workspace file and at most one run id")
                              : tr("run: expected one workspace file, found %1 arguments").arg(positionals.size()));
    }
    // "--resume ID workspace" puts the id first; the workspace is the one that looks like one.
    if (positionals.size() == 2 && looksLikeWorkspace(positionals.at(1)) && !looksLikeWorkspace(positionals.at(0)))
        positionals.swapItemsAt(0, 1);
    m_options.workspacePath = positionals.value(0);
    m_options.resumeRunId = positionals.value(1);
    m_options.assumeYes = m_parser.isSet(m_yes);
    m_options.onlyMissing = m_parser.isSet(m_missing);
    m_options.retryFailed = m_parser.isSet(m_retryFailed);
    if (m_options.retryFailed && !m_options.resume)
        return usageError(tr("run: --retry-failed goes with --resume: it runs a run's failed jobs again"));
    if (m_options.onlyMissing)
        m_options.planOptions.append(QStringLiteral("--missing"));
    return true;
}

bool RunCommandLine::readPlan()
{
    RunPlan& plan = m_options.plan;
    plan.categories = listValue(m_categories);
    plan.models = listValue(m_models);
    plan.judgeModel = m_parser.value(m_judge);
    plan.simulated = m_parser.isSet(m_sandbox);
    plan.settings.concurrency = 0;
    if (m_parser.isSet(m_categories) && plan.categories.isEmpty())
        return usageError(tr("run: --categories needs at least one category name"));
    if (m_parser.isSet(m_models) && plan.models.isEmpty())
        return usageError(tr("run: --models needs at least one model id"));
    if (m_parser.isSet(m_judge) && plan.judgeModel.isEmpty())
        return usageError(tr("run: --judge needs a model id"));
    return readInt(m_repeats, 1, 10, &plan.repeats);
}

bool RunCommandLine::readSettings()
{
    RunSettings& settings = m_options.plan.settings;
    settings.cacheEnabled = !m_parser.isSet(m_noCache);
    settings.batch = m_parser.isSet(m_batch);
    double temperature = 0.0;
    int cacheMaxAge = 0;
    const bool ok = readInt(m_concurrency, 0, 1000, &settings.concurrency)
        && readInt(m_cacheMaxAge, 0, RunDefaults::maxCacheMaxAgeDays, &cacheMaxAge)
        && readInt(m_maxTokens, 1, 1000000, &settings.maxTokens) && readDouble(m_temperature, 0.0, 2.0, &temperature)
        && readBudget();
    if (!ok)
        return false;
    if (m_parser.isSet(m_temperature))
        settings.temperature = temperature;
    if (m_parser.isSet(m_cacheMaxAge))
        settings.cacheMaxAgeDays = cacheMaxAge;
    for (const QCommandLineOption* shaping : { &m_categories, &m_models, &m_repeats, &m_budget, &m_concurrency,
                                               &m_noCache, &m_cacheMaxAge, &m_temperature, &m_maxTokens, &m_batch }) {
        if (m_parser.isSet(*shaping))
            m_options.planOptions.append(QLatin1String("--") + shaping->names().constFirst());
    }
    return true;
}

bool RunCommandLine::readBudget()
{
    if (!m_parser.isSet(m_budget))
        return true;
    bool ok = false;
    const double budget = m_parser.value(m_budget).toDouble(&ok);
    if (!ok || !std::isfinite(budget) || budget <= 0.0)
        return usageError(
            tr("run: --budget must be an amount of dollars above 0, not '%1'").arg(m_parser.value(m_budget)));
    m_options.plan.settings.budgetUsd = budget;
    return true;
}

bool RunCommandLine::readTimeScale(const QProcessEnvironment& environment)
{
    const QString text = environment.value(timeScaleVariable());
    if (text.isEmpty())
        return true;
    bool ok = false;
    const double scale = text.toDouble(&ok);
    if (!ok || !std::isfinite(scale) || scale < 0.0)
        return usageError(tr("run: %1 must be a number of at least 0, not '%2'").arg(timeScaleVariable(), text));
    m_options.sandboxTimeScale = scale;
    return true;
}

QString RunCommandLine::batchPollVariable()
{
    return QStringLiteral("SIGNALBOX_BATCH_FIRST_POLL_MS");
}

bool RunCommandLine::readBatchPoll(const QProcessEnvironment& environment)
{
    const QString text = environment.value(batchPollVariable());
    bool ok = false;
    const int ms = text.toInt(&ok);
    if (text.isEmpty() || (ok && ms >= 1 && ms <= BatchPolicy {}.maxPollMs)) {
        m_options.batchFirstPollMs = ms; // 0 when unset: the policy's own
        return true;
    }
    return usageError(tr("run: %1 must be a whole number of milliseconds from 1 to %2, not '%3'")
                          .arg(batchPollVariable())
                          .arg(BatchPolicy {}.maxPollMs)
                          .arg(text));
}

bool RunCommandLine::readInt(const QCommandLineOption& option, int min, int max, int* value)
{
    if (!m_parser.isSet(option))
        return true;
    bool ok = false;
    const int number = m_parser.value(option).toInt(&ok);
    if (!ok || number < min || number > max) {
        return usageError(tr("run: --%1 must be a whole number from %2 to %3, not '%4'")
                              .arg(option.names().constFirst())
                              .arg(min)
                              .arg(max)
                              .arg(m_parser.value(option)));
    }
    *value = number;
    return true;
}

bool RunCommandLine::readDouble(const QCommandLineOption& option, double min, double max, double* value)
{
    if (!m_parser.isSet(option))
        return true;
    bool ok = false;
    const double number = m_parser.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < min || number > max) {
        return usageError(tr("run: --%1 must be a number from %2 to %3, not '%4'")
                              .arg(option.names().constFirst())
                              .arg(min)
                              .arg(max)
                              .arg(m_parser.value(option)));
    }
    *value = number;
    return true;
}

QStringList RunCommandLine::listValue(const QCommandLineOption& option)
{
    QStringList items;
    for (const QString& value : m_parser.values(option)) {
        for (const QString& item : value.split(u',', Qt::SkipEmptyParts))
            items.append(item.trimmed());
    }
    items.removeAll(QString());
    items.removeDuplicates();
    return items;
}

bool RunCommandLine::usageError(const QString& message)
{
    m_error = message;
    return false;
}
