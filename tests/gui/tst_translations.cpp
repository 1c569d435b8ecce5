// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Message {
    QString context;
    QString source;
    QStringList forms; // one, or the plural forms
    bool unfinished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            if (!current.source.isNull())
                messages.append(current);
            current = { context, {}, {}, false, xml.attributes().value(QLatin1String("numerus")) == u"yes" };
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.unfinished = xml.attributes().value(QLatin1String("type")) == u"unfinished";
            if (!current.numerus)
                current.forms.append(xml.readElementText());
        } else if (name == u"numerusform") {
            current.forms.append(xml.readElementText());
        }
    }
    if (!current.source.isNull())
        messages.append(current);
    return xml.hasError() ? QList<Message>() : messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression accelerator(QStringLiteral("&\\w"), QRegularExpression::UseUnicodePropertiesOption);
    return text.contains(accelerator);
}

QString describe(const Message& message)
{
    return message.context + QStringLiteral(": ") + message.source;
}
} // namespace

// The translations must be complete and must keep what the program fills in: every %1, %n and
// keyboard accelerator of the source text. lupdate adds new strings as unfinished, so whoever
// refreshes the .ts files (target update_translations) translates them too.
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("German") << QStringLiteral("signalbox_de.ts") << 2;
        QTest::newRow("English plurals") << QStringLiteral("signalbox_en.ts") << 2;
    }

    void complete()
    {
        QFETCH(QString, file);
        QFETCH(int, pluralForms);
        const QString path = QFINDTESTDATA(QStringLiteral("../../translations/") + file);
        QVERIFY2(!path.isEmpty(), qPrintable(file));
        const QList<Message> messages = readTs(path);
        QVERIFY2(!messages.isEmpty(), qPrintable(path));
        for (const Message& message : messages) {
            QVERIFY2(!message.unfinished, qPrintable(QStringLiteral("untranslated: ") + describe(message)));
            QCOMPARE(message.forms.size(), message.numerus ? pluralForms : 1);
            for (const QString& form : message.forms) {
                QVERIFY2(!form.isEmpty(), qPrintable(describe(message)));
                QVERIFY2(placeholders(form) == placeholders(message.source),
                         qPrintable(describe(message) + QStringLiteral(" -> ") + form));
                QVERIFY2(hasAccelerator(form) == hasAccelerator(message.source),
                         qPrintable(describe(message) + QStringLiteral(" -> ") + form));
            }
        }
    }

    void germanCoversEveryPlural()
    {
        const QList<Message> german = readTs(QFINDTESTDATA("../../translations/signalbox_de.ts"));
        const QList<Message> english = readTs(QFINDTESTDATA("../../translations/signalbox_en.ts"));
        QSet<QString> germanPlurals;
        for (const Message& message : german) {
            if (message.numerus)
                germanPlurals.insert(message.context + u'|' + message.source);
        }
        QVERIFY(!english.isEmpty());
        for (const Message& message : english)
            QVERIFY2(germanPlurals.contains(message.context + u'|' + message.source), qPrintable(describe(message)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
