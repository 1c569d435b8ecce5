// SPDX-License-Identifier: GPL-3.0-or-later
#include "clifixture.h"

#include "results/resultsstore.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

CliFixture::CliFixture()
{
    const QString data = QFINDTESTDATA("data");
    if (!m_dir.isValid() || data.isEmpty())
        return;
    m_valid = true;
    for (const QString& file : QDir(data).entryList({ QStringLiteral("*.signalbox.yaml") }, QDir::Files))
        m_valid = m_valid && QFile::copy(QDir(data).filePath(file), m_dir.filePath(file));
}

QString CliFixture::workspace(const QString& name) const
{
    return m_dir.filePath(name + QLatin1String(".signalbox.yaml"));
}

QString CliFixture::database(const QString& name) const
{
    return ResultsStore::databasePathFor(workspace(name));
}

QProcessEnvironment CliFixture::environment(double timeScale)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& provider : { QStringLiteral("OPENAI"), QStringLiteral("ANTHROPIC"), QStringLiteral("GEMINI") })
        environment.remove(QStringLiteral("SIGNALBOX_CLI_TEST_%1_KEY").arg(provider));
    environment.insert(QStringLiteral("SIGNALBOX_SANDBOX_TIME_SCALE"), QString::number(timeScale));
    return environment;
}

void CliFixture::start(QProcess& process, const QStringList& arguments, double timeScale)
{
    process.setProcessEnvironment(environment(timeScale));
    process.start(QStringLiteral(SIGNALBOX_CLI_PATH), arguments);
}

CliFixture::Result CliFixture::run(const QStringList& arguments, double timeScale)
{
    QProcess process;
    start(process, arguments, timeScale);
    const bool finished = process.waitForFinished(15000) && process.exitStatus() == QProcess::NormalExit;
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    return { finished ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

bool CliFixture::rewrite(const QString& path, const QString& from, const QString& to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    if (!text.contains(from))
        return false;
    text.replace(from, to);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) > 0;
}

QString CliFixture::startedRunId(QProcess& process)
{
    const QRegularExpression started(QStringLiteral("starting run (\\S+): "));
    QString err;
    while (process.waitForReadyRead(10000)) {
        err += QString::fromUtf8(process.readAllStandardError());
        const QRegularExpressionMatch match = started.match(err);
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

QList<RunInfo> CliFixture::runs(const QString& name) const
{
    ResultsStore store;
    if (!store.open(database(name)))
        return {};
    return store.runs().value_or(QList<RunInfo>());
}

QList<ResultRecord> CliFixture::results(const QString& runId, const QString& name) const
{
    ResultsStore store;
    if (!store.open(database(name)))
        return {};
    return store.results(runId).value_or(QList<ResultRecord>());
}

qsizetype distinctJobs(const QList<ResultRecord>& results)
{
    QSet<JobKey> jobs;
    for (const ResultRecord& result : results)
        jobs.insert(result.job());
    return jobs.size();
}
