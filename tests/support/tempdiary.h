#pragma once

#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>

#include "storage/database.h"

namespace painpace::testing {

// Scribbles over every page of a closed diary after its first (schema) page, the way a failing
// disk might: the file still looks like SQLite, and PainPace's check at opening refuses it.
// Returns false when the file is too small to have pages after the first.
bool damageDiaryFile(const QString& path);

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
