// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadercorpus.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace {
using Kind = CorpusFile::Kind;

const QByteArray head = "version: 1\nname: Corpus\n";

QByteArray repeated(const QByteArray& unit, int times)
{
    return unit.repeated(times);
}

QByteArray billionLaughs(int levels)
{
    QByteArray text = head + "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i < levels; ++i) {
        const QByteArray previous = "*l" + QByteArray::number(i - 1);
        text += "l" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [" + previous
            + repeated(", " + previous, 8) + "]\n";
    }
    return text;
}

QByteArray deepIndentation(int levels)
{
    QByteArray text = head + "description:\n";
    for (int i = 1; i <= levels; ++i)
        text += QByteArray(i, ' ') + "k:\n";
    return text;
}

QList<QByteArray> handWrittenWorkspaces()
{
    const QByteArray provider = "providers:\n  - name: p\n    kind: gemini\n";
    const QByteArray headers = provider + "    headers:\n";
    QList<QByteArray> kinds = {
        head + provider + "    concurrency: 2147483647\n",
        head + provider + "    concurrency: 100000000000\n",
        head + provider + "    requests_per_minute: 99999999999999999999\n",
        head + provider + "    timeout_s: -1\n",
        head + "traffic: {monthly_requests: 1e400}\n",
        head + headers + "      X-Ok: \"a\\r\\nAuthorization: Bearer sk-smuggled\"\n",
        head + headers + "      \"Bad Name\": v\n",
        head + headers + "      Cookie: s=1\n",
        head + headers + "      X-Nul: \"a\\0b\"\n",
        head + "categories:\n  - name: \"bell\\a\"\n",
        head + "categories:\n  - name: \"esc\\e[2J\"\n",
        head + "categories:\n  - name: c\n    cases:\n      - {id: a, input: x, expected: y, tags: urgent}\n",
        "version: \"1\"\nname: Corpus\n",
        head + "description: !foo bar\n",
        head + "description: !!binary aGVsbG8=\n",
        head + "description: !!set {a, b}\n",
        head + "description: \"\\ud800\"\n",
        head + "description: \"\\U00110000\"\n",
        QByteArray("version: 1\nname: Cor\0pus\n", 25),
        head + "description: \x07\x1b[31m\n",
        head + "description: " + repeated("[", 10000) + "\n",
        head + "description: " + repeated("{a: ", 10000) + "\n",
        head + "description:\n" + repeated("- ", 10000) + "x\n",
        head + "description:\n" + repeated("? ", 10000) + "x\n",
        deepIndentation(200),
        billionLaughs(9),
        billionLaughs(12),
        head + "description: &a [*a]\n",
        head + "description: &a {k: *a}\n",
        head + "tags: [&t [1]" + repeated(", *t", 100000) + "]\n",
        head + "description: *nowhere\n",
        head + "version: 1\n",
        "version: 1\rname: Corpus\rdescription: CR only\r",
        "version: 1\r\nname: Corpus\r\n",
        "\xEF\xBB\xBFversion: 1\nname: Corpus\n",
        QByteArray("\xFF\xFEv\0e\0r\0", 8),
        head + "---\nname: second\n",
        head + "description: \"never closed\n",
        head + "description: 'never closed\n",
        head + "description: |\n" + repeated("  [[[[{{{{\n", 200),
        QByteArray(),
        QByteArray("\n\n   \n"),
        repeated("a: b\n", 1) + repeated(" ", 5000) + ":\n",
    };
    return kinds;
}

// Every numeric value of the sample, in turn, made absurd.
QList<QByteArray> absurdNumbers(const QByteArray& sample)
{
    static const QList<QByteArray> values = { "2147483647", "100000000000", "99999999999999999999999", "-1", "1e309",
                                              ".nan", "0x7fffffff", "'5'" };
    const QRegularExpression number(QStringLiteral(R"(: (-?\d+(\.\d+)?)\b)"));
    const QString text = QString::fromUtf8(sample);
    QList<QByteArray> result;
    auto it = number.globalMatch(text);
    for (int n = 0; it.hasNext(); ++n) {
        const QRegularExpressionMatch match = it.next();
        if (n % 3 != 0)
            continue; // every third number is enough to reach every key
        QString changed = text;
        changed.replace(match.capturedStart(1), match.capturedLength(1),
                        QString::fromLatin1(values.at((n / 3) % values.size())));
        result.append(changed.toUtf8());
    }
    return result;
}

QByteArray flipped(const QByteArray& sample, quint32 seed)
{
    static const QByteArray palette = QByteArray("[]{}:-&*!\"'\t\n\r#|>?,%@`\\", 24) + QByteArray("\0\xFF\xC3", 3);
    QRandomGenerator random(seed);
    QByteArray bytes = sample;
    const int flips = 1 + int(random.bounded(3));
    for (int i = 0; i < flips; ++i) {
        const qsizetype at = random.bounded(int(bytes.size()));
        bytes[at] = random.bounded(2) ? palette.at(random.bounded(int(palette.size()))) : char(random.bounded(256));
    }
    return bytes;
}

QByteArray invalidUtf8(const QByteArray& sample, quint32 seed)
{
    static const QList<QByteArray> bad = { "\x80", "\xC0\xAF", "\xFF", "\xED\xA0\x80", "\xF5\x80\x80\x80", "\xE2\x82" };
    QRandomGenerator random(seed);
    QByteArray bytes = sample;
    bytes.insert(random.bounded(int(bytes.size())), bad.at(random.bounded(int(bad.size()))));
    return bytes;
}

void addDamaged(QList<CorpusFile>& corpus, Kind kind, const QByteArray& sample, int truncations, int flips)
{
    for (int i = 0; i < truncations; ++i) {
        const qsizetype at = sample.size() * i / truncations;
        corpus.append({ kind, QStringLiteral("truncated at %1").arg(at), sample.left(at) });
    }
    for (int seed = 1; seed <= flips; ++seed)
        corpus.append({ kind, QStringLiteral("bytes flipped, seed %1").arg(seed), flipped(sample, quint32(seed)) });
    for (int seed = 1; seed <= 10; ++seed)
        corpus.append({ kind, QStringLiteral("invalid UTF-8, seed %1").arg(seed), invalidUtf8(sample, quint32(seed)) });
}

QList<QByteArray> handWrittenJsonl()
{
    const QByteArray good = "{\"id\":\"a\",\"input\":\"x\",\"expected\":\"y\"}\n";
    return { QByteArray(), "\n \n", "42\n", "\"text\"\n", "[1]\n", "null\n", "true\n",
             "{\"id\":\"a\",\"input\":\"x\",\"id\":\"b\"}\n", "{\"id\":\"a\",\"input\":\"\\ud800\"}\n",
             "{\"id\":\"a\",\"input\":\"\\udc00\\ud800\"}\n", "{\"id\":\"a\",\"input\":" + repeated("[", 10000) + "\n",
             "{\"id\":\"a\",\"input\":" + repeated("{\"k\":", 100000) + "\n", QByteArray("{\"id\":\"a\0\"}\n", 11),
             good + good, "{\"id\":\"\\u001b[2J\",\"input\":\"x\"}\n", "{\"id\":\"a\",\"input\":\"x\",\"tags\":\"t\"}\n",
             "{\"id\":\"a\",\"input\":\"x\",\"scorers\":[{\"type\":\"equals\",\"weight\":1e308}]}\n",
             good + "{\"id\":\"b\",\"input\":\"y\"}\r{\"id\":\"c\",\"input\":\"z\"}\r", repeated(good, 1).left(20),
             "{\"id\":\"a\",\"input\":\"x\",\"vars\":{\"k\":{\"deep\":[1]}}}\n" };
}

QList<QByteArray> handWrittenCsv()
{
    return { QByteArray(), "id,input,expected\n", "id,input\n\"a,x\n", QByteArray("id,input\na\0,x\n", 14), "id,input,input\na,x,y\n",
             "id,input\n\x1b[2J,x\n", "id,input\na,\"x\"y\n", "input\nx\n", "id,input\r\na,x\r\n",
             "id,input\ra,x\r", "\xEF\xBB\xBFid,input\na,x\n", repeated("id,", 5000) + "input\n" };
}
} // namespace

QList<CorpusFile> loaderCorpus(const SampleFiles& samples)
{
    QList<CorpusFile> corpus;
    int n = 0;
    for (const QByteArray& text : handWrittenWorkspaces())
        corpus.append({ Kind::Workspace, QStringLiteral("hand-written workspace %1").arg(++n), text });
    n = 0;
    for (const QByteArray& text : absurdNumbers(samples.workspace))
        corpus.append({ Kind::Workspace, QStringLiteral("absurd number %1").arg(++n), text });
    addDamaged(corpus, Kind::Workspace, samples.workspace, 150, 200);
    n = 0;
    for (const QByteArray& text : handWrittenJsonl())
        corpus.append({ Kind::JsonlCases, QStringLiteral("hand-written JSONL %1").arg(++n), text });
    addDamaged(corpus, Kind::JsonlCases, samples.jsonl, 60, 60);
    n = 0;
    for (const QByteArray& text : handWrittenCsv())
        corpus.append({ Kind::CsvCases, QStringLiteral("hand-written CSV %1").arg(++n), text });
    addDamaged(corpus, Kind::CsvCases, samples.csv, 40, 40);
    return corpus;
}
