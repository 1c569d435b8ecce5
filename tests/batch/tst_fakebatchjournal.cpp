// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/batch/fakebatchjournal.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
FakeBatchJournal::Entry entry(qint64 atMs, int nextId, const QByteArray& body)
{
    FakeBatchJournal::Entry made { atMs, nextId, {} };
    made.request.method = "POST";
    made.request.path = u"/v1/messages/batches"_s;
    made.request.headers = { { "content-type", "application/json" },
                             { "anthropic-version", "2023-06-01" },
                             { "authorization", "Bearer sk-secret-1" },
                             { "x-api-key", "sk-secret-2" },
                             { "x-goog-api-key", "sk-secret-3" },
                             { "cookie", "session=sk-secret-4" } };
    made.request.body = body;
    return made;
}

QList<FakeBatchJournal::Entry> readAll(FakeBatchJournal& journal, qint64 keepSinceMs = 0)
{
    QList<FakeBatchJournal::Entry> entries;
    if (!journal.read(keepSinceMs, [&](const FakeBatchJournal::Entry& read) { entries.append(read); }))
        return {};
    return entries;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestFakeBatchJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entriesComeBackAsWrittenWithoutCredentials()
    {
        QTemporaryDir dir;
        FakeBatchJournal journal(dir.filePath(u"j"_s));
        const QByteArray binary("line one\nline two\n\0\xff{\"requests\":[]}", 33);
        QVERIFY(journal.append(entry(1000, 1, binary)));
        QVERIFY(journal.append(entry(2000, 7, "{}")));
        const QList<FakeBatchJournal::Entry> read = readAll(journal);
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0).atMs, 1000);
        QCOMPARE(read.at(0).nextId, 1);
        QCOMPARE(read.at(0).request.body, binary);
        QCOMPARE(read.at(0).request.method, "POST");
        QCOMPARE(read.at(0).request.path, u"/v1/messages/batches"_s);
        QCOMPARE(read.at(0).request.header("anthropic-version"), "2023-06-01");
        QCOMPARE(read.at(1).nextId, 7);
        for (const QByteArray name : { "authorization", "x-api-key", "x-goog-api-key", "cookie" })
            QVERIFY(!read.at(0).request.headers.contains(name));
        QVERIFY(!contents(journal.path()).contains("sk-secret"));
    }

    void entriesOlderThanTheKeptTimeAreDroppedFromTheFile()
    {
        QTemporaryDir dir;
        FakeBatchJournal journal(dir.filePath(u"j"_s));
        QVERIFY(journal.append(entry(1000, 1, "old")));
        QVERIFY(journal.append(entry(5000, 2, "new")));
        QCOMPARE(readAll(journal, 3000).size(), 1);
        const QList<FakeBatchJournal::Entry> again = readAll(journal);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.at(0).request.body, "new");
        QCOMPARE(readAll(journal, 9000).size(), 0);
        QVERIFY(!QFile::exists(journal.path()));
    }

    void aTornLastEntryIsCutOffSoLaterOnesCanBeRead()
    {
        QTemporaryDir dir;
        FakeBatchJournal journal(dir.filePath(u"j"_s));
        QVERIFY(journal.append(entry(1000, 1, "whole")));
        const qint64 whole = QFile(journal.path()).size();
        QVERIFY(journal.append(entry(2000, 2, "torn by a crash")));
        QVERIFY(QFile(journal.path()).resize(QFile(journal.path()).size() - 5));
        QCOMPARE(readAll(journal).size(), 1);
        QCOMPARE(QFile(journal.path()).size(), whole);
        QVERIFY(journal.append(entry(3000, 3, "after")));
        const QList<FakeBatchJournal::Entry> read = readAll(journal);
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(1).request.body, "after");
    }

    void aJournalThatCannotBeWrittenSaysSo()
    {
        QTemporaryDir dir;
        FakeBatchJournal journal(dir.filePath(u"missing/j"_s));
        QVERIFY(!journal.append(entry(1000, 1, "x")));
        QVERIFY(!journal.errorString().isEmpty());
        QVERIFY(readAll(journal).isEmpty()); // a missing journal is an empty one
    }
};

QTEST_GUILESS_MAIN(TestFakeBatchJournal)
#include "tst_fakebatchjournal.moc"
