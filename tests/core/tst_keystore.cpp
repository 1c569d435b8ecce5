// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/keystore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A keyring that is absent, locked or slow must answer well within this.
constexpr int keyringWaitMs = 30'000;

QString uniqueName(const QString& prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(12).toUpper();
}

KeyReference environment(const QString& variable)
{
    return KeyReference { KeyReference::Store::Environment, variable };
}

KeyReference keyring(const QString& entry)
{
    return KeyReference { KeyReference::Store::Keyring, entry };
}

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resolvesFromEnvironment()
    {
        const QString variable = uniqueName(u"SIGNALBOX_TEST_KEY_"_s);
        qputenv(variable.toLatin1().constData(), "  sk-test-0123456789\n");
        KeyStore store;
        QSignalSpy resolved(&store, &KeyStore::keyResolved);
        QSignalSpy failed(&store, &KeyStore::keyFailed);

        store.resolve(Provider { u"openai"_s, ProviderKind::OpenAiCompatible, {}, environment(variable) });
        QCOMPARE(resolved.count(), 0); // answers later, never from inside the call
        QVERIFY(resolved.wait(5000));
        QCOMPARE(resolved.first().at(0).toString(), u"openai"_s);
        QCOMPARE(resolved.first().at(1).toString(), u"sk-test-0123456789"_s);
        QCOMPARE(failed.count(), 0);
        qunsetenv(variable.toLatin1().constData());
    }

    void environmentFailures_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QByteArray>("value"); // null: unset
        QTest::addColumn<QString>("fragment");

        const QString unset = uniqueName(u"SIGNALBOX_UNSET_"_s);
        QTest::newRow("unset") << unset << QByteArray() << u"%1 is not set"_s.arg(unset);
        QTest::newRow("empty") << uniqueName(u"SIGNALBOX_EMPTY_"_s) << QByteArray("  ") << u"is empty"_s;
        QTest::newRow("unnamed") << QString() << QByteArray() << u"No environment variable"_s;
    }

    void environmentFailures()
    {
        QFETCH(QString, variable);
        QFETCH(QByteArray, value);
        QFETCH(QString, fragment);

        if (!value.isNull())
            qputenv(variable.toLatin1().constData(), value);
        KeyStore store;
        QSignalSpy resolved(&store, &KeyStore::keyResolved);
        QSignalSpy failed(&store, &KeyStore::keyFailed);
        store.resolve(u"anthropic"_s, environment(variable));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).toString(), u"anthropic"_s);
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(fragment), qPrintable(message));
        QCOMPARE(resolved.count(), 0);
        if (!value.isNull())
            qunsetenv(variable.toLatin1().constData());
    }

    void noKeyNeeded()
    {
        KeyStore store;
        QSignalSpy resolved(&store, &KeyStore::keyResolved);
        store.resolve(Provider { u"ollama"_s, ProviderKind::Ollama });
        QVERIFY(resolved.wait(5000));
        QCOMPARE(resolved.first().at(0).toString(), u"ollama"_s);
        QVERIFY(resolved.first().at(1).toString().isEmpty());
    }

    // An entry that was never stored fails with a message on any machine: "no such entry" where a
    // keyring service runs, "no keyring service" (or the deadline) where none does.
    void missingKeyringEntryFailsClearly()
    {
        const QString entry = uniqueName(u"signalbox-test-missing-"_s);
        KeyStore store;
        store.setTimeout(10s);
        QSignalSpy resolved(&store, &KeyStore::keyResolved);
        QSignalSpy failed(&store, &KeyStore::keyFailed);
        store.resolve(u"gemini"_s, keyring(entry));
        QVERIFY(failed.wait(keyringWaitMs));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), u"gemini"_s);
        const QString message = failed.first().at(1).toString();
        qInfo().noquote() << message;
        QVERIFY2(message.contains(entry) && message.contains(u"keyring"_s), qPrintable(message));
        QCOMPARE(resolved.count(), 0);
    }

    void unnamedKeyringEntryFails()
    {
        KeyStore store;
        QSignalSpy failed(&store, &KeyStore::keyFailed);
        store.resolve(u"gemini"_s, keyring(QString()));
        QCOMPARE(failed.count(), 0);
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().at(1).toString().contains(u"No keyring entry"_s));
    }

    // Where a keyring service runs the key goes in, comes back and is removed; where none runs
    // the failure says so without quoting the key.
    void storeResolveRemove()
    {
        const QString entry = uniqueName(u"signalbox-test-"_s);
        const QString secret = uniqueName(u"sk-secret-"_s);
        KeyStore store;
        store.setTimeout(10s);
        QSignalSpy stored(&store, &KeyStore::keyStored);
        QSignalSpy removed(&store, &KeyStore::keyRemoved);
        QSignalSpy keyringFailed(&store, &KeyStore::keyringFailed);
        store.store(entry, secret);
        QTRY_VERIFY_WITH_TIMEOUT(stored.count() + keyringFailed.count() == 1, keyringWaitMs);

        if (!keyringFailed.isEmpty()) {
            QCOMPARE(keyringFailed.first().at(0).toString(), entry);
            const QString message = keyringFailed.first().at(1).toString();
            QVERIFY2(message.contains(entry), qPrintable(message));
            QVERIFY(!message.contains(secret));
            qInfo().noquote() << message;
            QSKIP("No keyring service on this machine: storing failed with a clear message, as it should.");
        }

        QSignalSpy resolved(&store, &KeyStore::keyResolved);
        store.resolve(u"openai"_s, keyring(entry));
        QVERIFY(resolved.wait(keyringWaitMs));
        QCOMPARE(resolved.first().at(1).toString(), secret);
        store.remove(entry);
        QVERIFY(removed.wait(keyringWaitMs));
        QCOMPARE(removed.first().at(0).toString(), entry);
    }

    void serviceName() { QCOMPARE(KeyStore::serviceName(), u"Signalbox"_s); }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
