#pragma once

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "charts/chartsview.h"
#include "charts/chartview.h"
#include "demo/demodiary.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "support/sampleentries.h"

namespace painpace::testing {

// A fresh diary for the charts page: empty, a few days, or the demo diary.
class ChartsViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_db = Database::openFile(m_dir.filePath(QStringLiteral("diary.sqlite")));
    }
    void writeDemo(int years) {
        DemoOptions options;
        options.years = years;
        QList<CheckIn> entries = generateDemoDiary(options);
        CheckInRepository(*m_db).saveAll(entries);
    }
    void addDays(int count) {
        QList<CheckIn> entries;
        for (int i = 0; i < count; ++i)
            entries.append(minimalCheckIn(3 + i, QDate::currentDate().addDays(-i), 9));
        CheckInRepository(*m_db).saveAll(entries);
    }
    const ChartLine* line(const ChartsView& view, const QString& name) {
        for (const ChartLine& candidate : view.chart()->model().lines) {
            if (candidate.name == name)
                return &candidate;
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace painpace::testing
