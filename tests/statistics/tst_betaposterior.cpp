// SPDX-License-Identifier: GPL-3.0-or-later
// The Beta posterior: closed forms where they exist, otherwise figures from an independent reference
// (mpmath 1.3 at 30 digits: betainc(a, b, 0, x, regularized=True) and loggamma(x)).
#include "statistics/betaposterior.h"

#include <cmath>
#include <numbers>
#include <QTest>
#include <random>

namespace {
// A uniform double in [0, 1) from the top 53 bits: mt19937_64 is fully specified by the standard,
// unlike the library's distributions, so the simulation draws the same numbers everywhere.
double uniform(std::mt19937_64& generator)
{
    return double(generator() >> 11) * 0x1.0p-53;
}

struct Calibration {
    int models = 0; // given a probability within the band
    int meeting = 0; // of those, whose true rate meets the bar
    double meanProbability = 0.0;
};

// Draws true pass rates, answers `cases` cases at each rate and keeps the models the posterior gives
// a probability in [low, high) of meeting the bar.
Calibration simulate(quint64 seed, int draws, double bar, double low, double high)
{
    std::mt19937_64 generator(seed);
    Calibration result;
    double sum = 0.0;
    for (int i = 0; i < draws; ++i) {
        // From the prior the probability assumes, Beta(1/2, 1/2): the arcsine law, inverted.
        const double trueRate = std::pow(std::sin(std::numbers::pi / 2.0 * uniform(generator)), 2);
        const int cases = 10 + int(uniform(generator) * 31.0); // 10 to 40 cases
        int passes = 0;
        for (int c = 0; c < cases; ++c)
            passes += uniform(generator) < trueRate;
        const double probability = probabilityMeetsBar(passes, cases, bar);
        if (probability < low || probability >= high)
            continue;
        ++result.models;
        result.meeting += trueRate >= bar;
        sum += probability;
    }
    result.meanProbability = result.models > 0 ? sum / result.models : 0.0;
    return result;
}
} // namespace

class TestBetaPosterior : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void incompleteBeta_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("expected");
        // Whole a and b: I_x(a, b) = sum_{j=a}^{a+b-1} C(a+b-1, j) x^j (1-x)^(a+b-1-j).
        // I_0.5(2, 3) = (C(4,2) + C(4,3) + C(4,4)) / 16 = 11/16.
        QTest::newRow("I_0.5(2, 3) = 11/16") << 0.5 << 2.0 << 3.0 << 0.6875;
        QTest::newRow("I_0.2(1, 1) = 0.2, the uniform") << 0.2 << 1.0 << 1.0 << 0.2;
        // I_x(10, 2) = 11 x^10 (1 - x) + x^11 = x^10 (11 - 10 x) = 0.75^10 x 3.5.
        QTest::newRow("I_0.75(10, 2)") << 0.75 << 10.0 << 2.0 << std::pow(0.75, 10) * 3.5;
        // The arcsine law: I_x(1/2, 1/2) = (2 / pi) arcsin(sqrt(x)).
        QTest::newRow("I_0.3(1/2, 1/2)") << 0.3 << 0.5 << 0.5
                                         << 2.0 / std::numbers::pi * std::asin(std::sqrt(0.3));
        // mpmath references, on either side of the continued fraction's switch.
        QTest::newRow("I_0.9(36.5, 4.5)") << 0.9 << 36.5 << 4.5 << 0.52887223785246697;
        QTest::newRow("I_0.1(4.5, 36.5)") << 0.1 << 4.5 << 36.5 << 0.47112776214753327;
        QTest::newRow("I_0.999(200.5, 0.5)") << 0.999 << 200.5 << 0.5 << 0.52672758857689046;
        QTest::newRow("x = 0") << 0.0 << 3.0 << 4.0 << 0.0;
        QTest::newRow("x = 1") << 1.0 << 3.0 << 4.0 << 1.0;
    }

    void incompleteBeta()
    {
        QFETCH(double, x);
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, expected);
        const double value = regularizedIncompleteBeta(x, a, b);
        QVERIFY2(std::abs(value - expected) < 1e-12, qPrintable(QString::number(value, 'g', 17)));
    }

    void incompleteBetaRefusesBadShapes()
    {
        QVERIFY(std::isnan(regularizedIncompleteBeta(0.5, 0.0, 1.0)));
        QVERIFY(std::isnan(regularizedIncompleteBeta(0.5, 1.0, -2.0)));
    }

    void logGamma_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("expected");
        QTest::newRow("ln Gamma(1) = 0") << 1.0 << 0.0;
        QTest::newRow("ln Gamma(1/2) = ln sqrt(pi)") << 0.5 << std::log(std::sqrt(std::numbers::pi));
        QTest::newRow("ln Gamma(5) = ln 24") << 5.0 << std::log(24.0);
        QTest::newRow("ln Gamma(0.1)") << 0.1 << 2.2527126517342059;
        QTest::newRow("ln Gamma(36.5)") << 36.5 << 93.924462962299758;
        QTest::newRow("ln Gamma(100.25)") << 100.25 << 360.28455963776423;
    }

    void logGamma()
    {
        QFETCH(double, x);
        QFETCH(double, expected);
        const double value = ::logGamma(x);
        QVERIFY2(std::abs(value - expected) < 1e-12 * std::max(1.0, std::abs(expected)),
                 qPrintable(QString::number(value, 'g', 17)));
    }

    // P(p >= bar) under Beta(k + 1/2, n - k + 1/2); mpmath: 1 - betainc(a, b, 0, bar, regularized=True).
    void probabilityMeetsBar_data()
    {
        QTest::addColumn<double>("passes");
        QTest::addColumn<double>("cases");
        QTest::addColumn<double>("bar");
        QTest::addColumn<double>("expected");
        QTest::newRow("36 of 40 at 0.90: 47%") << 36.0 << 40.0 << 0.9 << 0.47112776214753303;
        QTest::newRow("38 of 40 at 0.90: 86%") << 38.0 << 40.0 << 0.9 << 0.85794105323420536;
        QTest::newRow("13 of 15 at 0.90: 30%") << 13.0 << 15.0 << 0.9 << 0.29972896640514045;
        QTest::newRow("7 of 10 at 0.80: 21%") << 7.0 << 10.0 << 0.8 << 0.20544265847369053;
        QTest::newRow("29 of 30 at 0.95: 62%") << 29.0 << 30.0 << 0.95 << 0.61627167626983697;
        // Symmetry: Beta(20.5, 20.5) puts half its mass above 1/2.
        QTest::newRow("20 of 40 at 0.50: exactly 1/2") << 20.0 << 40.0 << 0.5 << 0.5;
        // With none passing: 1 - I_0.5(1/2, 10.5) = I_0.5(10.5, 1/2).
        QTest::newRow("0 of 10 at 0.50") << 0.0 << 10.0 << 0.5 << 0.00016146012887717294;
        QTest::newRow("10 of 10 at 0.50") << 10.0 << 10.0 << 0.5 << 0.99983853987112283;
        QTest::newRow("36.5 of 40, a fractional case") << 36.5 << 40.0 << 0.9 << 0.57686934690699775;
        // No cases: the Jeffreys prior itself, 1 - (2 / pi) arcsin(sqrt(0.9)).
        QTest::newRow("no cases") << 0.0 << 0.0 << 0.9 << 0.20483276469913343;
        QTest::newRow("950 of 1000 at 0.90") << 950.0 << 1000.0 << 0.9 << 0.99999999590200697;
    }

    void probabilityMeetsBar()
    {
        QFETCH(double, passes);
        QFETCH(double, cases);
        QFETCH(double, bar);
        QFETCH(double, expected);
        const double value = ::probabilityMeetsBar(passes, cases, bar);
        QVERIFY2(std::abs(value - expected) < 1e-12, qPrintable(QString::number(value, 'g', 17)));
    }

    void probabilityAtTheEnds()
    {
        QCOMPARE(::probabilityMeetsBar(5, 10, 0.0), 1.0); // every rate meets a bar of 0
        QCOMPARE(::probabilityMeetsBar(10, 10, 1.0), 0.0); // no continuous rate is exactly 1
        QCOMPARE(::probabilityMeetsBar(12, 10, 0.5), ::probabilityMeetsBar(10, 10, 0.5)); // clamped
    }

    void posteriorMean()
    {
        QCOMPARE(posteriorMeanRate(36, 40), 36.5 / 41.0);
        QCOMPARE(posteriorMeanRate(0, 0), 0.5);
        QCOMPARE(posteriorMeanRate(10, 10), 10.5 / 11.0);
    }

    // Calibration: among models the posterior gives about 70% (65-75%), about 70% truly meet the bar.
    // 200,000 draws per row, true rates from the Jeffreys prior, 10 to 40 cases, seed fixed; the share
    // must lie within 3 points of the band's mean probability (the standard error at ~3,000 models is
    // under 1 point). The figures are printed. Rates drawn from another distribution (say uniform on
    // [0.5, 1]) are not what the prior assumes, and there the probabilities read high.
    void calibration_data()
    {
        QTest::addColumn<double>("bar");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("0.90 bar, 65-75%") << 0.90 << 0.65 << 0.75;
        QTest::newRow("0.80 bar, 65-75%") << 0.80 << 0.65 << 0.75;
        QTest::newRow("0.95 bar, 65-75%") << 0.95 << 0.65 << 0.75;
        QTest::newRow("0.90 bar, 25-35%") << 0.90 << 0.25 << 0.35;
        QTest::newRow("0.90 bar, 85-95%") << 0.90 << 0.85 << 0.95;
    }

    void calibration()
    {
        QFETCH(double, bar);
        QFETCH(double, low);
        QFETCH(double, high);
        const Calibration result = simulate(20261206, 200000, bar, low, high);
        const double share = double(result.meeting) / result.models;
        const QString figures = QStringLiteral("%1 models given %2-%3% (mean %4%): %5 meet the bar (%6%)")
                                    .arg(result.models)
                                    .arg(100 * low)
                                    .arg(100 * high)
                                    .arg(100 * result.meanProbability, 0, 'f', 1)
                                    .arg(result.meeting)
                                    .arg(100 * share, 0, 'f', 1);
        qInfo("%s", qPrintable(figures));
        QVERIFY2(result.models > 2000, qPrintable(figures));
        QVERIFY2(std::abs(share - result.meanProbability) < 0.03, qPrintable(figures));
    }
};

QTEST_GUILESS_MAIN(TestBetaPosterior)
#include "tst_betaposterior.moc"
