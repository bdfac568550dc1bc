#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace painpace {

// What the person asked for on the command line. Parsing needs no QCoreApplication, so a wrong
// argument is reported before any window or display is touched.
struct CommandLine {
    enum class Action {
        Gui,
        Help,
        Version,
        Demo,
        Check,
        Backup,
        Export,
        Import,
        Report,
        UsageError
    };

    Action action = Action::Gui;
    QString databasePath; // empty: the default diary
    int demoYears = 1;
    quint64 demoSeed = 20260101;
    QString format;     // export: "json" or "csv"
    QString outputPath; // export
    QString inputPath;  // import
    QDate reportFrom;   // report
    QDate reportTo;
    QString paper; // report: "a4", "letter" or empty for the locale's
    QString error;

    static CommandLine parse(const QStringList& arguments);
    static QString helpText();
    bool isHeadless() const { return action != Action::Gui; }
};

} // namespace painpace
