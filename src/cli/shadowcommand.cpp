// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadowcommand.h"

#include "interruptwatcher.h"
#include "progressprinter.h"
#include "routing/servingmodel.h"
#include "runcommandline.h"
#include "runselection.h"
#include "shadow/shadowrun.h"
#include "shadowtext.h"
#include "workspacecommandline.h"
#include "workspacefile/workspacereader.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QProcessEnvironment>
#include <unistd.h>
#include <variant>

namespace {
class Shadow
{
    Q_DECLARE_TR_FUNCTIONS(ShadowCommand)
};

const QString command = QStringLiteral("shadow");

struct Options {
    QString workspacePath;
    QString category;
    QString baseline; // empty: the category's routed model
    QStringList candidates;
    QString runId; // empty: the newest run that answered the category with every model
    QString inputsPath; // non-empty: answer these unlabelled inputs first
    QString judge; // empty: the workspace's judge_model
    bool noJudge = false;
    bool simulated = false;
    bool all = false;
};

// Outcome of a step: a value, or the exit code of a failure already explained on err.
struct Failure {
    int exitCode = ExitUsage;
};

QStringList listValues(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    QStringList values;
    for (const QString& value : parser.values(option))
        values += value.split(u',', Qt::SkipEmptyParts);
    for (QString& value : values)
        value = value.trimmed();
    return values;
}

bool resolveModels(const Workspace& workspace, Options& options, QTextStream& err)
{
    if (options.category.isEmpty() && workspace.categories.size() == 1)
        options.category = workspace.categories.constFirst().name;
    if (!workspace.category(options.category)) {
        err << Shadow::tr("shadow: --category names no category of the workspace: '%1'").arg(options.category)
            << Qt::endl;
        return false;
    }
    if (options.baseline.isEmpty()) {
        options.baseline = servingModel(workspace.routing, options.category);
    }
    if (options.baseline.isEmpty()) {
        err << Shadow::tr("shadow: category '%1' has no routed model; name one with --baseline").arg(options.category)
            << Qt::endl;
        return false;
    }
    if (options.candidates.isEmpty() || options.candidates.size() > 3) {
        err << Shadow::tr("shadow: give one to three models to compare with --candidate") << Qt::endl;
        return false;
    }
    for (const QString& model : QStringList { options.baseline } + options.candidates) {
        if (!workspace.model(model)) {
            err << Shadow::tr("shadow: the workspace defines no model '%1'").arg(model) << Qt::endl;
            return false;
        }
    }
    return true;
}

bool answered(const RunInfo& run, const Options& options)
{
    if (!run.categories.isEmpty() && !run.categories.contains(options.category))
        return false;
    for (const QString& model : QStringList { options.baseline } + options.candidates) {
        if (!run.modelIds.contains(model))
            return false;
    }
    return true;
}

std::optional<RunInfo> existingRun(ResultsStore& store, const Options& options, QTextStream& err)
{
    const std::optional<QList<RunInfo>> runs = openRuns(store, options.workspacePath, command, err);
    if (!runs)
        return std::nullopt;
    if (!options.runId.isEmpty())
        return chooseRun(*runs, options.runId, {}, QStringLiteral("--run"), command, err);
    for (const RunInfo& run : *runs) {
        if (answered(run, options))
            return run;
    }
    err << Shadow::tr("shadow: no run answered category '%1' with %2; run them, or give --inputs FILE")
               .arg(options.category,
                    (QStringList { options.baseline } + options.candidates).join(QStringLiteral(", ")))
        << Qt::endl;
    return std::nullopt;
}

double sandboxTimeScale()
{
    bool ok = false;
    const double scale
        = QProcessEnvironment::systemEnvironment().value(RunCommandLine::timeScaleVariable()).toDouble(&ok);
    return ok && scale >= 0 ? scale : 1.0;
}

// Has the models answer the inputs (and the judge compare them); the stored run, or the failure.
// signal is set to the number of a signal that interrupted it.
std::variant<RunInfo, Failure> runShadow(const Workspace& workspace, const Options& options, QTextStream& err,
                                         int* signal)
{
    const ShadowInputs inputs = readShadowInputs(options.inputsPath);
    if (!inputs.errors.isEmpty())
        err << formatErrors(inputs.errors) << Qt::endl; // a screenful at most
    if (!inputs.errors.isEmpty())
        return Failure {};
    ShadowRunSpec spec { options.category, options.baseline, options.candidates,
                         options.noJudge               ? QString()
                             : options.judge.isEmpty() ? workspace.judgeModel
                                                       : options.judge,
                         inputs.cases };
    if (const QString problem = spec.validate(workspace); !problem.isEmpty()) {
        err << QStringLiteral("shadow: ") << problem << Qt::endl;
        return Failure {};
    }
    ShadowRunner runner;
    runner.setSandboxTimeScale(sandboxTimeScale());
    ProgressPrinter printer(err, ::isatty(STDERR_FILENO) == 1);
    InterruptWatcher interrupts;
    QEventLoop loop;
    std::variant<RunInfo, Failure> outcome = Failure { ExitFailure };
    QObject::connect(&runner, &ShadowRunner::progressChanged, &loop,
                     [&printer](const RunProgress& progress) { printer.update(progress); });
    QObject::connect(&runner, &ShadowRunner::phaseChanged, &loop, [&](ShadowRunner::Phase phase) {
        printer.breakLine();
        if (phase == ShadowRunner::Phase::Judging)
            err << Shadow::tr("judging: %1 compares each answer with the baseline's, twice").arg(spec.judgeModelId)
                << Qt::endl;
    });
    QObject::connect(&runner, &ShadowRunner::finished, &loop, [&](const RunInfo& run) {
        printer.breakLine();
        outcome = run;
        loop.exit();
    });
    QObject::connect(&runner, &ShadowRunner::failed, &loop, [&](const QString& message) {
        printer.breakLine();
        err << QStringLiteral("shadow: ") << message << Qt::endl;
        loop.exit();
    });
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&](int number) {
        *signal = number;
        runner.cancel();
    });
    if (!runner.start(workspace, spec, ResultsStore::databasePathFor(options.workspacePath), options.simulated))
        return Failure { ExitFailure };
    loop.exec();
    if (*signal != 0)
        err << Shadow::tr("shadow: interrupted; what was answered is saved") << Qt::endl;
    return outcome;
}

QString heading(const ShadowComparison& comparison, const RunInfo& run)
{
    QString text = Shadow::tr("Shadow comparison of category %1 on run %2").arg(comparison.category, run.id);
    if (const auto spec = shadowRunSpec(run)) {
        text += spec->judgeModelId.isEmpty()
            ? Shadow::tr(" (%n unlabelled input(s), compared by similarity)", nullptr, int(spec->inputs.size()))
            : Shadow::tr(" (%n unlabelled input(s), judged by %1)", nullptr, int(spec->inputs.size()))
                  .arg(spec->judgeModelId);
    }
    if (run.simulated)
        text += Shadow::tr(" [sandbox: simulated answers]");
    return text + u'\n';
}

int compareAndPrint(const Workspace& workspace, const RunInfo& run, const Options& options, QTextStream& out,
                    QTextStream& err)
{
    ResultsStore store;
    if (!store.open(ResultsStore::databasePathFor(options.workspacePath))) {
        err << QStringLiteral("shadow: ") << store.errorString() << Qt::endl;
        return ExitUsage;
    }
    const std::optional<QList<ResultRecord>> results = resultsOf(store, run.id, command, err);
    const std::optional<QList<ShadowVerdict>> verdicts = store.verdicts(options.baseline);
    if (!results || !verdicts)
        return ExitUsage;
    const ShadowComparison comparison = compareShadow(workspace, *results, options.category, options.baseline,
                                                      options.candidates, *verdicts, shadowOptionsFor(run));
    out << heading(comparison, run);
    bool compared = false;
    for (int i = 0; i < comparison.candidateModelIds.size(); ++i) {
        out << Qt::endl << shadowSummaryText(comparison, i) << Qt::endl << shadowCasesText(comparison, i, options.all);
        compared = compared || comparison.summaries.at(i).cases > 0;
    }
    if (!compared)
        err << Shadow::tr("shadow: run %1 has no case that both models answered").arg(run.id) << Qt::endl;
    return compared ? ExitSuccess : ExitFailure;
}
} // namespace

QString ShadowCommand::name() const
{
    return command;
}

QString ShadowCommand::summary() const
{
    return tr("Compare candidates with the routed model case by case, on a run or on unlabelled inputs");
}

int ShadowCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    WorkspaceCommandLine commandLine(*this, out, err);
    const QCommandLineOption category(QStringLiteral("category"), tr("The category to compare on."),
                                      QStringLiteral("name"));
    const QCommandLineOption baseline(QStringLiteral("baseline"), tr("The baseline (default: the routed model)."),
                                      QStringLiteral("model"));
    const QCommandLineOption candidate(QStringLiteral("candidate"), tr("A model to compare; up to three."),
                                       QStringLiteral("model"));
    const QCommandLineOption runOption(QStringLiteral("run"),
                                       tr("The run to compare on (default: the newest that has all the models)."),
                                       QStringLiteral("id"));
    const QCommandLineOption inputs(QStringLiteral("inputs"),
                                    tr("Unlabelled prompts (.txt one per line, .csv or .jsonl with an input "
                                       "column) for the models to answer first."),
                                    QStringLiteral("file"));
    const QCommandLineOption judge(QStringLiteral("judge"),
                                   tr("With --inputs: the pairwise judge (default: the workspace's judge_model)."),
                                   QStringLiteral("model"));
    const QCommandLineOption noJudge(QStringLiteral("no-judge"), tr("With --inputs: compare by similarity only."));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     tr("With --inputs: simulated models answer, no API key needed."));
    const QCommandLineOption all(QStringLiteral("all"), tr("List every case, not only the disagreements."));
    commandLine.addOptions({ category, baseline, candidate, runOption, inputs, judge, noJudge, sandbox, all });
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    Options options { commandLine.workspace(),      commandLine.value(category),
                      commandLine.value(baseline),  listValues(commandLine.parser(), candidate),
                      commandLine.value(runOption), commandLine.value(inputs),
                      commandLine.value(judge),     commandLine.isSet(noJudge),
                      commandLine.isSet(sandbox),   commandLine.isSet(all) };
    if (!options.inputsPath.isEmpty() && !options.runId.isEmpty())
        return commandLine.usageError(
            tr("shadow: --run compares an existing run, --inputs makes a new one; give one of them"));
    if (options.inputsPath.isEmpty() && (options.simulated || options.noJudge || !options.judge.isEmpty()))
        return commandLine.usageError(tr("shadow: --sandbox, --judge and --no-judge go with --inputs"));

    const WorkspaceLoad load = readWorkspaceFile(options.workspacePath);
    if (!load.errors.isEmpty())
        err << formatErrors(load.errors) << Qt::endl; // a screenful at most
    if (!load.ok() || !resolveModels(load.workspace, options, err))
        return ExitUsage;
    if (!options.inputsPath.isEmpty()) {
        int signal = 0;
        const std::variant<RunInfo, Failure> made = runShadow(load.workspace, options, err, &signal);
        if (const Failure* failure = std::get_if<Failure>(&made))
            return signal != 0 ? 128 + signal : failure->exitCode;
        const int status = compareAndPrint(load.workspace, std::get<RunInfo>(made), options, out, err);
        return signal != 0 ? 128 + signal : status;
    }
    ResultsStore store;
    const std::optional<RunInfo> run = existingRun(store, options, err);
    store.close();
    return run ? compareAndPrint(load.workspace, *run, options, out, err) : ExitFailure;
}
