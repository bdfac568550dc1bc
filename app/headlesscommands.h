#pragma once

#include <QDate>
#include <QString>

namespace painpace {

// The command-line sub-commands. Each prints one line of result (stdout) or of reason (stderr)
// and returns the process exit status: 0 success, 1 failure.
int runDemoCommand(const QString& databasePath, int years, quint64 seed);
int runCheckCommand(const QString& databasePath);
// Writes a verified backup of the diary now and rotates the old ones.
int runBackupCommand(const QString& databasePath);
// Writes everything in the diary as JSON (one file) or CSV (a folder of files).
int runExportCommand(const QString& databasePath, const QString& format, bool encrypt,
                     const QString& out);
// Imports a JSON export or CSV files: all or nothing; prints what was added and skipped.
int runImportCommand(const QString& databasePath, const QString& inputPath);
// Writes the clinician summary of [from, to] as a PDF; paper "a4", "letter" or "" (the locale's).
int runReportCommand(const QString& databasePath, const QDate& from, const QDate& to,
                     const QString& out, const QString& paper);

} // namespace painpace
