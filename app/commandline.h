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
        SmokeTest,
        Screenshots,
        UsageError
    };

    Action action = Action::Gui;
    QString databasePath; // empty: the default diary
    int demoYears = 1;
    quint64 demoSeed = 20260101;
    QString format;       // export: "json" or "csv"
    bool encrypt = false; // export: protect the JSON file with a passphrase
    QString outputPath;   // export, report; smoke test: where screenshots go (optional)
    QString inputPath;    // import
    QDate reportFrom;     // report
    QDate reportTo;
    QString paper; // report: "a4", "letter" or empty for the locale's
    // The window: say "first paint" on standard output once it is painted whole for the first
    // time, then close (how the start-up benchmark times a start; not in --help).
    bool exitAfterFirstPaint = false;
    QString error;

    static CommandLine parse(const QStringList& arguments);
    static QString helpText();
    // The window and the smoke test need a display; every other action runs without one.
    bool isHeadless() const {
        return action != Action::Gui && action != Action::SmokeTest &&
               action != Action::Screenshots;
    }
};

} // namespace painpace
