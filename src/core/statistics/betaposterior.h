// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The regularized incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b), for a, b > 0 and x in
// [0, 1]: the distribution function of Beta(a, b) at x. Evaluated by its continued fraction (modified
// Lentz), on the side of x where that converges fast; accurate to about 1e-14.
double regularizedIncompleteBeta(double x, double a, double b);

// The natural logarithm of the gamma function for x > 0 (Lanczos, g = 7, nine terms), written here
// because std::lgamma writes the global signgam and so is not safe to call from worker threads.
double logGamma(double x);

// How likely a model's true pass rate meets a bar: P(p >= bar) when p ~ Beta(passes + 1/2,
// cases - passes + 1/2), the posterior under the Jeffreys prior. passes may be fractional (each case
// counts its pass fraction over the repeats). 36 of 40 at a 0.90 bar gives 0.471; no cases give the
// prior's own P(p >= bar).
double probabilityMeetsBar(double passes, double cases, double bar);

// The posterior mean pass rate, (passes + 1/2) / (cases + 1): what a rate is expected to be after few cases.
double posteriorMeanRate(double passes, double cases);
