#pragma once

namespace painpace::stats {

// Student's t distribution, for uncertainty intervals with few days of data.
// Cumulative probability P(T <= t) with `df` degrees of freedom (df > 0, may be fractional).
double studentTCdf(double t, double df);
// The t value with P(T <= t) = p, for 0 < p < 1.
double studentTQuantile(double p, double df);

} // namespace painpace::stats
