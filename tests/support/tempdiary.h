#pragma once

#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>

#include "storage/database.h"

namespace painpace::testing {

// A fresh diary path in a temporary folder for each test.
class TempDiaryTest : public ::testing::Test {
protected:
    void SetUp() override;

    std::unique_ptr<Database> openDiary() const { return Database::openFile(m_path); }
    QString pathInTemp(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace painpace::testing
