// SPDX-License-Identifier: GPL-3.0-or-later
#include "betaposterior.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace {
constexpr double tiny = 1e-300; // keeps Lentz's denominators away from zero
constexpr double epsilon = 1e-15;
constexpr int maxIterations = 1000;
constexpr double jeffreys = 0.5;

// One step of the modified Lentz method: folds the numerator into c, d and the convergent h; returns
// the factor h changed by.
double lentzStep(double numerator, double& c, double& d, double& h)
{
    d = 1.0 + numerator * d;
    d = 1.0 / (std::abs(d) < tiny ? tiny : d);
    c = 1.0 + numerator / c;
    c = std::abs(c) < tiny ? tiny : c;
    h *= d * c;
    return d * c;
}

// The continued fraction of I_x(a, b) (Numerical Recipes' betacf): even and odd steps alternate.
double betaContinuedFraction(double x, double a, double b)
{
    const double qab = a + b;
    const double qap = a + 1.0;
    const double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    d = 1.0 / (std::abs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m <= maxIterations; ++m) {
        const double m2 = 2.0 * m;
        lentzStep(m * (b - m) * x / ((qam + m2) * (a + m2)), c, d, h);
        const double change = lentzStep(-(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)), c, d, h);
        if (std::abs(change - 1.0) < epsilon)
            break;
    }
    return h; // past maxIterations only for a and b far beyond any count of test cases
}

// x^a (1 - x)^b / (a B(a, b)), the factor before the continued fraction.
double frontFactor(double x, double a, double b)
{
    const double logBeta = logGamma(a) + logGamma(b) - logGamma(a + b);
    return std::exp(a * std::log(x) + b * std::log1p(-x) - logBeta) / a;
}
} // namespace

double logGamma(double x)
{
    static constexpr std::array<double, 9> coefficients { 0.99999999999980993,  676.5203681218851,
                                                          -1259.1392167224028,  771.32342877765313,
                                                          -176.61502916214059,  12.507343278686905,
                                                          -0.13857109526572012, 9.9843695780195716e-6,
                                                          1.5056327351493116e-7 };
    constexpr double g = 7.0;
    const double halfLogTwoPi = 0.91893853320467274178;
    if (x < 0.5) // reflection: Gamma(x) Gamma(1 - x) = pi / sin(pi x)
        return std::log(std::numbers::pi / std::abs(std::sin(std::numbers::pi * x))) - logGamma(1.0 - x);
    const double z = x - 1.0;
    double sum = coefficients[0];
    for (size_t i = 1; i < coefficients.size(); ++i)
        sum += coefficients[i] / (z + double(i));
    const double t = z + g + 0.5;
    return halfLogTwoPi + (z + 0.5) * std::log(t) - t + std::log(sum);
}

double regularizedIncompleteBeta(double x, double a, double b)
{
    if (!(a > 0.0) || !(b > 0.0) || std::isnan(x))
        return std::numeric_limits<double>::quiet_NaN();
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    // The fraction converges fast for x < (a + 1) / (a + b + 2); beyond it use I_x(a, b) = 1 - I_{1-x}(b, a).
    if (x < (a + 1.0) / (a + b + 2.0))
        return frontFactor(x, a, b) * betaContinuedFraction(x, a, b);
    return 1.0 - frontFactor(1.0 - x, b, a) * betaContinuedFraction(1.0 - x, b, a);
}

double probabilityMeetsBar(double passes, double cases, double bar)
{
    const double n = std::max(0.0, cases);
    const double k = std::clamp(passes, 0.0, n);
    // P(p >= bar) = 1 - I_bar(a, b) = I_{1 - bar}(b, a): computed directly, so small tails keep their digits.
    return std::clamp(regularizedIncompleteBeta(1.0 - std::clamp(bar, 0.0, 1.0), n - k + jeffreys, k + jeffreys),
                      0.0, 1.0);
}

double posteriorMeanRate(double passes, double cases)
{
    const double n = std::max(0.0, cases);
    return (std::clamp(passes, 0.0, n) + jeffreys) / (n + 2.0 * jeffreys);
}
