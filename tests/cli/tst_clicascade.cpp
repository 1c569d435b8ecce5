// SPDX-License-Identifier: GPL-3.0-or-later
// signalbox-cli cascade and export --format routerbench on a sandbox run of the helpdesk workspace:
// figures worked out again here from the run's per-case results, with plain string tests in place
// of the scorers.
#include "clifixture.h"
#include "workspacefile/csvreader.h"
#include "workspacefile/workspacereader.h"

#include <memory>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QStringList labels { u"billing"_s, u"account"_s, u"shipping"_s, u"returns"_s };

bool namesALabel(const QString& answer)
{
    for (const QString& label : labels) {
        if (answer.contains(label, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

const ResultRecord* find(const QList<ResultRecord>& results, const QString& caseId, const QString& model)
{
    for (const ResultRecord& result : results) {
        if (result.category == u"tickets" && result.caseId == caseId && result.modelId == model && result.repeat == 0)
            return &result;
    }
    return nullptr;
}
} // namespace

class tst_CliCascade : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<CliFixture>();
        QVERIFY(m_fixture->isValid());
        const CliFixture::Result run = CliFixture::run({ u"run"_s, m_fixture->workspace(), u"--sandbox"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        m_runId = m_fixture->runs().constFirst().id;
        m_results = m_fixture->results(m_runId);
    }

    void cascadeFiguresMatchTheRun()
    {
        const CliFixture::Result result = CliFixture::run(
            { u"cascade"_s, m_fixture->workspace(), u"--category"_s, u"tickets"_s, u"--chain"_s, u"flash,haiku"_s,
              u"--check"_s, u"{type: icontains-any, value: [billing, account, shipping, returns]}"_s, u"--format"_s,
              u"json"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        int requests = 0, passes = 0, escalated = 0;
        double cost = 0.0;
        for (const QString& caseId : { u"t1"_s, u"t2"_s, u"t3"_s, u"t4"_s, u"t5"_s }) {
            const ResultRecord* first = find(m_results, caseId, u"flash"_s);
            const ResultRecord* second = find(m_results, caseId, u"haiku"_s);
            QVERIFY(first && second);
            ++requests;
            cost += first->costUsd;
            const bool stays = !first->isError() && namesALabel(first->output);
            if (!stays) {
                ++escalated;
                cost += second->costUsd;
            }
            passes += (stays ? first->pass : second->pass) ? 1 : 0;
        }
        qInfo().noquote() << u"run %1: %2 requests, %3 escalated, %4 passed, $%5 per 1,000"_s.arg(m_runId)
                                 .arg(requests)
                                 .arg(escalated)
                                 .arg(passes)
                                 .arg(1000.0 * cost / requests);
        QCOMPARE(json[u"requests"_s].toInt(), requests);
        QCOMPARE(json[u"pass_rate"_s].toDouble(), double(passes) / requests);
        QCOMPARE(json[u"escalation_rate"_s].toDouble(), double(escalated) / requests);
        QVERIFY(qAbs(json[u"cost_per_1k_usd"_s].toDouble() - 1000.0 * cost / requests) < 1e-12);
        const QJsonArray reached = json[u"reached"_s].toArray();
        QCOMPARE(reached[0][u"share"_s].toDouble(), 1.0);
        QCOMPARE(reached[1][u"requests"_s].toInt(), escalated);
        for (const QString& key : { u"latency_p50_ms"_s, u"latency_p95_ms"_s })
            QVERIFY(json.contains(key));
    }

    void cascadeApplies()
    {
        const CliFixture::Result result = CliFixture::run(
            { u"cascade"_s, m_fixture->workspace(), u"--category"_s, u"tickets"_s, u"--chain"_s, u"flash,haiku"_s,
              u"--check"_s, u"{type: regex, value: '^[a-z]+$'}"_s, u"--apply"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const WorkspaceLoad load = readWorkspaceFile(m_fixture->workspace());
        QVERIFY(load.ok());
        const Route* route = load.workspace.routing.routeFor(u"tickets"_s);
        QVERIFY(route && route->cascadeCheck);
        QCOMPARE(route->chain, (QStringList { u"flash"_s, u"haiku"_s }));
        QCOMPARE(route->cascadeCheck->type, u"regex"_s);
    }

    void cascadeRefusals_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("check needs expected") << QStringList { u"--check"_s, u"{type: equals}"_s } << 2
                                              << u"must need no expected output"_s;
        QTest::newRow("one model") << QStringList { u"--chain"_s, u"flash"_s } << 2 << u"two or three models"_s;
        QTest::newRow("unknown model") << QStringList { u"--chain"_s, u"flash,gpt-9"_s } << 2 << u"no model 'gpt-9'"_s;
        QTest::newRow("unknown run") << QStringList { u"--run"_s, u"nope"_s } << 2 << u"nope"_s;
    }

    void cascadeRefusals()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QStringList arguments { u"cascade"_s, m_fixture->workspace(), u"--category"_s, u"tickets"_s };
        if (!options.contains(u"--chain"_s))
            arguments << u"--chain"_s << u"flash,haiku"_s;
        if (!options.contains(u"--check"_s))
            arguments << u"--check"_s << u"{type: is-json}"_s;
        const CliFixture::Result result = CliFixture::run(arguments + options);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    // One row per case, the models' scores, answers and costs, and the cheapest model that passed.
    void routerBenchTable()
    {
        const CliFixture::Result result = CliFixture::run(
            { u"export"_s, m_fixture->workspace(), u"--format"_s, u"routerbench"_s, u"--run"_s, m_runId });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(u"\r\n"_s));
        const CsvReader reader(result.out, u"routerbench.csv"_s);
        QVERIFY(reader.errors().isEmpty());
        const QList<CsvRecord> records = reader.records();
        const QStringList header = records.constFirst().fields;
        QCOMPARE(header.mid(0, 3), (QStringList { u"sample_id"_s, u"prompt"_s, u"eval_name"_s }));
        QCOMPARE(header.constLast(), u"oracle_model_to_route_to"_s);
        const WorkspaceLoad load = readWorkspaceFile(m_fixture->workspace());
        int cases = 0;
        for (const Category& category : load.workspace.categories)
            cases += int(category.cases.size());
        QCOMPARE(records.size(), 1 + cases);
        const QStringList models = { u"mini"_s, u"haiku"_s, u"flash"_s };
        for (const CsvRecord& record : records.mid(1)) {
            const QString caseId = record.fields.at(0).section(u'.', 1);
            if (record.fields.at(2) != u"tickets")
                continue;
            QString cheapest = u"no_model_correct"_s;
            double cheapestCost = 0.0;
            for (const QString& model : models) {
                const ResultRecord* answer = find(m_results, caseId, model);
                QVERIFY(answer);
                const qsizetype column = header.indexOf(model);
                QVERIFY(column > 0);
                QCOMPARE(record.fields.at(column + 1), answer->output);
                QCOMPARE(record.fields.at(column + 2).toDouble(), answer->costUsd);
                QCOMPARE(record.fields.at(column).toDouble(), answer->score.value_or(0.0));
                if (answer->pass && (cheapest == u"no_model_correct" || answer->costUsd < cheapestCost)) {
                    cheapest = model;
                    cheapestCost = answer->costUsd;
                }
            }
            QCOMPARE(record.fields.constLast(), cheapest);
            QVERIFY(record.fields.at(1).contains(u"Answer with one word"_s)); // the prompt as sent
        }
    }

private:
    std::unique_ptr<CliFixture> m_fixture;
    QString m_runId;
    QList<ResultRecord> m_results;
};

QTEST_GUILESS_MAIN(tst_CliCascade)
#include "tst_clicascade.moc"
