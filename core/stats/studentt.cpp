#include "studentt.h"

#include <cmath>
#include <limits>

namespace painpace::stats {

namespace {

// The continued fraction of the regularized incomplete beta function (modified Lentz method).
double betaContinuedFraction(double a, double b, double x) {
    constexpr int kMaxIterations = 300;
    constexpr double kEpsilon = 1e-15;
    constexpr double kTiny = 1e-300;
    double c = 1.0;
    double d = 1.0 - (a + b) * x / (a + 1.0);
    if (std::abs(d) < kTiny)
        d = kTiny;
    d = 1.0 / d;
    double result = d;
    for (int m = 1; m <= kMaxIterations; ++m) {
        const double m2 = 2.0 * m;
        double numerator = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
        d = 1.0 + numerator * d;
        c = 1.0 + numerator / c;
        d = 1.0 / (std::abs(d) < kTiny ? kTiny : d);
        c = std::abs(c) < kTiny ? kTiny : c;
        result *= d * c;
        numerator = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
        d = 1.0 + numerator * d;
        c = 1.0 + numerator / c;
        d = 1.0 / (std::abs(d) < kTiny ? kTiny : d);
        c = std::abs(c) < kTiny ? kTiny : c;
        const double step = d * c;
        result *= step;
        if (std::abs(step - 1.0) < kEpsilon)
            break;
    }
    return result;
}

// I_x(a, b), the regularized incomplete beta function.
double regularizedBeta(double a, double b, double x) {
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    const double logFront =
        std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(logFront);
    // The fraction converges quickly on this side of its mean; use symmetry on the other.
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1.0 - front * betaContinuedFraction(b, a, 1.0 - x) / b;
}

} // namespace

double studentTCdf(double t, double df) {
    const double tail = 0.5 * regularizedBeta(df / 2.0, 0.5, df / (df + t * t));
    return t >= 0 ? 1.0 - tail : tail;
}

double studentTQuantile(double p, double df) {
    // Bisection: the CDF is monotone, and 60 halvings reach double precision on this range.
    double low = -1e6;
    double high = 1e6;
    for (int i = 0; i < 200 && high - low > 1e-12; ++i) {
        const double mid = 0.5 * (low + high);
        (studentTCdf(mid, df) < p ? low : high) = mid;
    }
    return 0.5 * (low + high);
}

} // namespace painpace::stats
