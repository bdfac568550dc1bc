#pragma once

#include <QList>
#include <QPointF>

#include <optional>

namespace painpace::stats {

// Trailing rolling mean over calendar days: value i is the mean of the days i-window+1 .. i that
// have data, or nothing when fewer than `minimumDays` of them do.
QList<std::optional<double>> rollingMean(const QList<std::optional<double>>& daily, int window,
                                         int minimumDays);

// A difference of two means with its 95% interval (Welch's t, unequal variances).
struct MeanDifference {
    double meanWith = 0.0;
    double meanWithout = 0.0;
    double difference = 0.0; // with - without
    double low = 0.0;
    double high = 0.0;
    int nWith = 0;
    int nWithout = 0;
};

// Nothing when either group has fewer than 3 values, or neither varies.
std::optional<MeanDifference> welchDifference(const QList<double>& with,
                                              const QList<double>& without);

// Pearson's correlation with its 95% interval (Fisher's z).
struct Correlation {
    double r = 0.0;
    double low = 0.0;
    double high = 0.0;
    int n = 0;
};

// Nothing with fewer than 4 pairs (the interval needs n - 3 > 0) or when either side is flat.
std::optional<Correlation> pearson(const QList<QPointF>& pairs);

// Largest-Triangle-Three-Buckets downsampling: at most `threshold` points that keep the
// series' shape (peaks and dips), first and last points kept. Points must be sorted by x.
QList<QPointF> downsampleLttb(const QList<QPointF>& points, int threshold);

} // namespace painpace::stats
