// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadercorpus.h"

#include "workspacefile/textcheck.h"
#include "workspacefile/workspacereader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace {
// Generous for a debug build under the sanitizers; a hang would take far longer.
constexpr qint64 maxMillisecondsPerFile = 20'000;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A workspace whose one category reads its cases from the named file.
QByteArray workspaceWithCasesFile(const QString& fileName)
{
    return "version: 1\nname: Corpus\ncategories:\n  - name: c\n    scorers:\n      - {type: icontains, value: x}\n"
           "    cases_file: "
        + fileName.toUtf8() + "\n";
}

struct Tally {
    int files = 0;
    int workspaces = 0;
    int caseFiles = 0;
    int loaded = 0;
    int located = 0; // files that gave errors, every one located
    int errors = 0;
    int unlocated = 0; // files with an error that lacks its line or column, or prints a control character
    int repeated = 0; // files that report one problem twice
    int slow = 0;
    qint64 slowestMs = 0;
    QString slowest;
};
} // namespace

// Every damaged or hostile file gives located errors (file, line, column) or loads; none crashes,
// hangs or prints a control character raw. Runs under the sanitizers in CI.
class TestLoaderRobustness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString sample = QStringLiteral(SIGNALBOX_SAMPLE_DIR);
        m_samples = { readAll(sample + u"/support-desk.signalbox.yaml"_s),
                      readAll(sample + u"/cases/field-extraction.jsonl"_s),
                      readAll(sample + u"/cases/summarisation.csv"_s) };
        QVERIFY(!m_samples.workspace.isEmpty() && !m_samples.jsonl.isEmpty() && !m_samples.csv.isEmpty());
        // The sample's own case files, so that damaged copies of the sample find them.
        QVERIFY(QDir(m_dir.path()).mkpath(u"cases"_s));
        QVERIFY(QFile::copy(sample + u"/cases/field-extraction.jsonl"_s, path(u"cases/field-extraction.jsonl"_s)));
        QVERIFY(QFile::copy(sample + u"/cases/summarisation.csv"_s, path(u"cases/summarisation.csv"_s)));
    }

    void sampleLoads()
    {
        QVERIFY(writeFile(path(u"sample.signalbox.yaml"_s), m_samples.workspace));
        const WorkspaceLoad load = readWorkspaceFile(path(u"sample.signalbox.yaml"_s));
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
    }

    void corpusGivesLocatedErrorsOrLoads()
    {
        Tally tally;
        const QList<CorpusFile> corpus = loaderCorpus(m_samples);
        for (const CorpusFile& file : corpus)
            check(file.label, load(file), tally);
        for (const QString& kind : { u"folder"_s, u"fifo"_s, u"devzero"_s, u"dangling"_s, u"huge"_s })
            check(kind, loadNoFile(kind), tally);
        // Reaching this line means no file crashed the loader.
        qInfo().noquote() << u"loader corpus: %1 files (%2 workspaces, %3 case files): %4 gave located errors "
                             "(%5 errors), %6 loaded, %7 unlocated, %8 with repeats, %9 slow, 0 crashes; "_s
                                 .arg(tally.files)
                                 .arg(tally.workspaces)
                                 .arg(tally.caseFiles)
                                 .arg(tally.located)
                                 .arg(tally.errors)
                                 .arg(tally.loaded)
                                 .arg(tally.unlocated)
                                 .arg(tally.repeated)
                                 .arg(tally.slow)
                + u"slowest %1 ms (%2)"_s.arg(tally.slowestMs).arg(tally.slowest);
        QCOMPARE(tally.unlocated, 0);
        QCOMPARE(tally.repeated, 0);
        QCOMPARE(tally.slow, 0);
        QVERIFY(tally.files >= 500);
        QVERIFY(tally.caseFiles >= 200);
        QCOMPARE(tally.located + tally.loaded + tally.unlocated, tally.files);
        QVERIFY(tally.loaded > 0 && tally.located > tally.loaded);
    }

private:
    struct Outcome {
        WorkspaceLoad load;
        qint64 ms = 0;
        bool caseFile = false;
    };

    QString path(const QString& name) const { return m_dir.filePath(name); }

    Outcome load(const CorpusFile& file)
    {
        QElapsedTimer clock;
        if (file.kind == CorpusFile::Kind::Workspace) {
            writeFile(path(u"corpus.signalbox.yaml"_s), file.bytes);
            clock.start();
            return { readWorkspaceFile(path(u"corpus.signalbox.yaml"_s)), clock.elapsed(), false };
        }
        const QString name = file.kind == CorpusFile::Kind::JsonlCases ? u"corpus.jsonl"_s : u"corpus.csv"_s;
        writeFile(path(name), file.bytes);
        writeFile(path(u"cases.signalbox.yaml"_s), workspaceWithCasesFile(name));
        clock.start();
        return { readWorkspaceFile(path(u"cases.signalbox.yaml"_s)), clock.elapsed(), true };
    }

    // A cases_file that is no readable file: a folder, a FIFO, a link to /dev/zero or to nothing,
    // a file larger than the cap.
    Outcome loadNoFile(const QString& kind)
    {
        const QString target = path(kind + u".jsonl"_s);
        if (kind == u"folder"_s)
            QDir().mkpath(target);
        else if (kind == u"fifo"_s)
            mkfifo(QFile::encodeName(target).constData(), 0600);
        else if (kind == u"devzero"_s)
            QFile::link(u"/dev/zero"_s, target);
        else if (kind == u"dangling"_s)
            QFile::link(path(u"gone.jsonl"_s), target);
        else if (QFile file(target); file.open(QIODevice::WriteOnly))
            file.resize(qint64(64) * 1024 * 1024); // sparse: no disk is used
        writeFile(path(u"nofile.signalbox.yaml"_s), workspaceWithCasesFile(kind + u".jsonl"_s));
        QElapsedTimer clock;
        clock.start();
        return { readWorkspaceFile(path(u"nofile.signalbox.yaml"_s)), clock.elapsed(), true };
    }

    void check(const QString& label, const Outcome& outcome, Tally& tally)
    {
        ++tally.files;
        ++(outcome.caseFile ? tally.caseFiles : tally.workspaces);
        if (outcome.ms > tally.slowestMs) {
            tally.slowestMs = outcome.ms;
            tally.slowest = label;
        }
        if (outcome.ms >= maxMillisecondsPerFile) {
            ++tally.slow;
            qWarning().noquote() << label << u"took"_s << outcome.ms << u"ms"_s;
        }
        const FileErrors& errors = outcome.load.errors;
        if (qEnvironmentVariableIsSet("SIGNALBOX_PRINT_MESSAGES"))
            qInfo().noquote() << label << u"|"_s << (errors.isEmpty() ? u"loads"_s : errors.constFirst().toString());
        if (errors.isEmpty()) {
            ++tally.loaded;
            return;
        }
        tally.errors += int(errors.size());
        if (withoutRepeats(errors).size() != errors.size()) {
            ++tally.repeated;
            qWarning().noquote() << label << u"repeats a problem:"_s << formatErrors(errors);
        }
        for (const FileError& error : errors) {
            if (error.file.isEmpty() || error.line <= 0 || error.column <= 0 || error.message.trimmed().isEmpty()
                || controlCharacterIndex(error.toString()) >= 0) {
                ++tally.unlocated;
                qWarning().noquote() << label << u"unlocated:"_s << error.toString();
                return;
            }
        }
        ++tally.located;
    }

    QTemporaryDir m_dir;
    SampleFiles m_samples;
};

QTEST_GUILESS_MAIN(TestLoaderRobustness)
#include "tst_loaderrobustness.moc"
