// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadow/answeragreement.h"
#include "shadow/worddiff.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestAnswerAgreement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agreement_data()
    {
        QTest::addColumn<QString>("baseline");
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<bool>("agrees");
        // The invoice extraction that passed the old 0.8 rule at 0.82 similar: a changed total.
        QTest::newRow("JSON: a changed total") << uR"({"total": "106.54"})"_s << uR"({"total": "44.39"})"_s << false;
        QTest::newRow("JSON: one value of many")
            << uR"({"invoice": "INV-204", "customer": "Acme Ltd", "currency": "EUR", "total": 106.54, "due": "2026-12-01"})"_s
            << uR"({"invoice": "INV-204", "customer": "Acme Ltd", "currency": "EUR", "total": 106.45, "due": "2026-12-01"})"_s
            << false;
        QTest::newRow("JSON: key order and spacing aside")
            << uR"({"total": 106.54, "currency": "EUR"})"_s << u"{\n  \"currency\": \"EUR\",\n  \"total\": 106.54\n}"_s
            << true;
        QTest::newRow("JSON: numbers as numbers") << uR"({"total": "106.540"})"_s << uR"({"total": 106.54})"_s << true;
        QTest::newRow("JSON: a missing key") << uR"({"total": 1, "tax": 0})"_s << uR"({"total": 1})"_s << false;
        QTest::newRow("JSON: an extra key") << uR"({"total": 1})"_s << uR"({"total": 1, "tax": 0})"_s << false;
        QTest::newRow("JSON: arrays in order") << uR"({"items": [1, 2]})"_s << uR"({"items": [2, 1]})"_s << false;
        QTest::newRow("JSON: a nested value")
            << uR"({"a": {"b": [true, null, "x"]}})"_s << uR"({"a": {"b": [true, null, "y"]}})"_s << false;
        QTest::newRow("JSON: strings compare exactly")
            << uR"({"city": "New York"})"_s << uR"({"city": "new york"})"_s << false;
        QTest::newRow("JSON: true is \"true\", as the scorers see it") << uR"({"ok": true})"_s << uR"({"ok": "true"})"_s
                                                                   << true;
        QTest::newRow("JSON: true is not false") << uR"({"ok": true})"_s << uR"({"ok": false})"_s << false;
        QTest::newRow("JSON in a fence") << u"```json\n{\"total\": 5}\n```"_s << uR"({"total": 5.0})"_s << true;
        // Text: one number changed among many words is still a changed value.
        QTest::newRow("text: a changed amount")
            << u"Your refund of $106.54 will reach your card within five working days."_s
            << u"Your refund of $44.39 will reach your card within five working days."_s << false;
        QTest::newRow("text: thousands separators") << u"The total is 1,234.50 euros."_s << u"The total is 1234.5 euros."_s
                                                    << true;
        QTest::newRow("text: numbers reordered") << u"Between 3 and 5 days."_s << u"5 or 3 days, between them."_s
                                                 << false; // words differ too much
        QTest::newRow("text: case and spacing") << u"Billing  question"_s << u"billing question"_s << true;
        // 10 of 11 words shared, punctuation aside: 0.91 >= 0.8.
        QTest::newRow("text: one word of ten")
            << u"Please restart the router and wait two minutes before trying again."_s
            << u"Please reboot the router and wait two minutes before trying again!"_s << true;
        QTest::newRow("text: different answers") << u"Yes."_s << u"No."_s << false;
    }

    void agreement()
    {
        QFETCH(QString, baseline);
        QFETCH(QString, candidate);
        QFETCH(bool, agrees);
        QCOMPARE(answersAgree(baseline, candidate, 0.8), agrees);
        QCOMPARE(answersAgree(candidate, baseline, 0.8), agrees); // symmetric
    }

    // Punctuation made the two invoices look 82% alike word by word; words alone, 1 of 3.
    void punctuationDoesNotCount()
    {
        const QString a = uR"({"total": "106.54"})"_s;
        const QString b = uR"({"total": "44.39"})"_s;
        QVERIFY(wordSimilarity(a, b) > 0.8); // { " total " : " 106 . 54 " }: 9 of 11 tokens shared
        QCOMPARE(wordSimilarity(a, b, SimilarityTokens::WordsOnly), 1.0 / 3.0); // total, 106, 54
    }
};

QTEST_GUILESS_MAIN(TestAnswerAgreement)
#include "tst_answeragreement.moc"
