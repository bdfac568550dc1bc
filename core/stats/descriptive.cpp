#include "descriptive.h"

#include <cmath>
#include <numeric>

#include "studentt.h"

namespace painpace::stats {

namespace {

constexpr double kNormal975 = 1.959963984540054; // 97.5th percentile of the standard normal

double mean(const QList<double>& values) {
    return std::accumulate(values.begin(), values.end(), 0.0) / values.size();
}

double sampleVariance(const QList<double>& values, double average) {
    double sum = 0.0;
    for (double v : values)
        sum += (v - average) * (v - average);
    return sum / (values.size() - 1);
}

} // namespace

QList<std::optional<double>> rollingMean(const QList<std::optional<double>>& daily, int window,
                                         int minimumDays) {
    QList<std::optional<double>> result;
    result.reserve(daily.size());
    double sum = 0.0;
    int count = 0;
    for (qsizetype i = 0; i < daily.size(); ++i) {
        if (daily[i]) {
            sum += *daily[i];
            ++count;
        }
        if (i >= window && daily[i - window]) {
            sum -= *daily[i - window];
            --count;
        }
        result.append(count >= minimumDays && count > 0 ? std::optional<double>(sum / count)
                                                        : std::nullopt);
    }
    return result;
}

std::optional<MeanDifference> welchDifference(const QList<double>& with,
                                              const QList<double>& without) {
    if (with.size() < 3 || without.size() < 3)
        return std::nullopt;
    MeanDifference result;
    result.nWith = static_cast<int>(with.size());
    result.nWithout = static_cast<int>(without.size());
    result.meanWith = mean(with);
    result.meanWithout = mean(without);
    result.difference = result.meanWith - result.meanWithout;
    const double a = sampleVariance(with, result.meanWith) / result.nWith;
    const double b = sampleVariance(without, result.meanWithout) / result.nWithout;
    if (a + b <= 0.0)
        return std::nullopt;
    const double standardError = std::sqrt(a + b);
    const double df =
        (a + b) * (a + b) / (a * a / (result.nWith - 1) + b * b / (result.nWithout - 1));
    const double t = studentTQuantile(0.975, df);
    result.low = result.difference - t * standardError;
    result.high = result.difference + t * standardError;
    return result;
}

std::optional<Correlation> pearson(const QList<QPointF>& pairs) {
    const auto n = static_cast<int>(pairs.size());
    if (n < 4)
        return std::nullopt;
    double meanX = 0.0;
    double meanY = 0.0;
    for (const QPointF& p : pairs) {
        meanX += p.x();
        meanY += p.y();
    }
    meanX /= n;
    meanY /= n;
    double sxy = 0.0;
    double sxx = 0.0;
    double syy = 0.0;
    for (const QPointF& p : pairs) {
        sxy += (p.x() - meanX) * (p.y() - meanY);
        sxx += (p.x() - meanX) * (p.x() - meanX);
        syy += (p.y() - meanY) * (p.y() - meanY);
    }
    if (sxx <= 0.0 || syy <= 0.0)
        return std::nullopt;
    Correlation result;
    result.n = n;
    result.r = std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
    // Fisher's z: atanh(r) is close to normal with standard error 1/sqrt(n - 3).
    const double z = std::atanh(std::clamp(result.r, -0.999999999, 0.999999999));
    const double halfWidth = kNormal975 / std::sqrt(n - 3.0);
    result.low = std::tanh(z - halfWidth);
    result.high = std::tanh(z + halfWidth);
    return result;
}

QList<QPointF> downsampleLttb(const QList<QPointF>& points, int threshold) {
    const auto size = static_cast<int>(points.size());
    if (threshold >= size || threshold < 3)
        return points;
    QList<QPointF> sampled;
    sampled.reserve(threshold);
    sampled.append(points.first());
    // Every bucket but the first and last point; each keeps the point that makes the largest
    // triangle with the previous kept point and the mean of the next bucket.
    const double bucketSize = static_cast<double>(size - 2) / (threshold - 2);
    int previous = 0;
    for (int bucket = 0; bucket < threshold - 2; ++bucket) {
        const int start = static_cast<int>(std::floor(bucket * bucketSize)) + 1;
        const int end =
            std::min(static_cast<int>(std::floor((bucket + 1) * bucketSize)) + 1, size - 1);
        const int nextStart = end;
        const int nextEnd =
            std::min(static_cast<int>(std::floor((bucket + 2) * bucketSize)) + 1, size);
        QPointF average;
        for (int i = nextStart; i < nextEnd; ++i)
            average += points[i];
        average /= std::max(1, nextEnd - nextStart);
        double largest = -1.0;
        int chosen = start;
        for (int i = start; i < end; ++i) {
            const QPointF& a = points[previous];
            const double area = std::abs((a.x() - average.x()) * (points[i].y() - a.y()) -
                                         (a.x() - points[i].x()) * (average.y() - a.y()));
            if (area > largest) {
                largest = area;
                chosen = i;
            }
        }
        sampled.append(points[chosen]);
        previous = chosen;
    }
    sampled.append(points.last());
    return sampled;
}

} // namespace painpace::stats
