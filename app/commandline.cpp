#include "commandline.h"

#include <QCommandLineParser>

namespace painpace {

namespace {

const QString kDatabase = QStringLiteral("database");
const QString kYears = QStringLiteral("years");
const QString kSeed = QStringLiteral("seed");
const QString kFormat = QStringLiteral("format");
const QString kOut = QStringLiteral("out");
const QString kEncrypt = QStringLiteral("encrypt");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kPaper = QStringLiteral("paper");
const QString kSmokeTest = QStringLiteral("smoke-test");
const QString kScreenshots = QStringLiteral("screenshots");
const QString kExitAfterFirstPaint = QStringLiteral("exit-after-first-paint");
constexpr int kDefaultReportDays = 90;

void describe(QCommandLineParser& parser) {
    parser.setApplicationDescription(QStringLiteral(
        "PainPace: a private diary for fibromyalgia back pain and muscle spasms.\n\n"
        "Without a command, PainPace opens its window on your diary.\n\n"
        "Commands:\n"
        "  demo   Write a realistic demo diary into a new or empty file.\n"
        "  check  Check a diary's integrity and schema version (exit 0 when healthy).\n"
        "  backup Write a checked backup of the diary now (kept: 7 daily, 4 weekly).\n"
        "  export Write everything to a JSON file or a folder of CSV files\n"
        "         (export --format json|csv --out PATH), or to a passphrase-protected file\n"
        "         (export --format json --encrypt --out FILE).\n"
        "  import Bring a JSON export, an encrypted export, a folder of CSV files or one CSV\n"
        "         file into the diary (import PATH); all of it or nothing, entries already\n"
        "         there are skipped.\n"
        "  report Write the clinician summary as a PDF\n"
        "         (report --from DATE --to DATE --out FILE.pdf [--paper a4|letter]).\n"
        "\n"
        "The passphrase of an encrypted file is taken from PAINPACE_PASSPHRASE when it is set,\n"
        "otherwise asked on the terminal, otherwise read as one line of standard input."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({kDatabase,
                      QStringLiteral("The diary file to use (default: PAINPACE_DATABASE, or "
                                     "diary.sqlite in your data folder)."),
                      QStringLiteral("path")});
    parser.addOption({kYears, QStringLiteral("demo: how many years of diary to write (1-30)."),
                      QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption({kSeed, QStringLiteral("demo: the random seed (same seed, same diary)."),
                      QStringLiteral("number"), QStringLiteral("20260101")});
    parser.addOption({kFormat, QStringLiteral("export: json (one file) or csv (a folder)."),
                      QStringLiteral("json|csv")});
    parser.addOption({kOut, QStringLiteral("export, report: the file or folder to write."),
                      QStringLiteral("path")});
    parser.addOption({kEncrypt, QStringLiteral("export: protect the JSON file with a passphrase "
                                               "(Argon2id and XChaCha20-Poly1305).")});
    parser.addOption({kFrom,
                      QStringLiteral("report: the first day (default: 90 days before --to)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({kTo, QStringLiteral("report: the last day (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({kPaper, QStringLiteral("report: a4 or letter (default: your locale's)."),
                      QStringLiteral("size")});
    parser.addOption(
        {kSmokeTest, QStringLiteral("Open the window on a fresh demo diary in a temporary folder, "
                                    "show every view once and exit: 0 when all of them worked, 1 "
                                    "naming what failed. With --out FOLDER, each view is saved "
                                    "there as a PNG.")});
    parser.addOption(
        {kScreenshots, QStringLiteral("With --database DIARY and --out FOLDER: save every view at "
                                      "720x480, 1000x720 and 1600x1000 and the main dialogs, in "
                                      "the light and the dark theme, and a contact sheet of them "
                                      "all, into FOLDER (the diary is copied, never changed).")});
    QCommandLineOption firstPaint(kExitAfterFirstPaint,
                                  QStringLiteral("For the start-up benchmark (tests/bench)."));
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(firstPaint);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("demo, check, backup, export, import or report"),
                                 QStringLiteral("[command]"));
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("import: what to import"),
                                 QStringLiteral("[path]"));
}

// The arguments of export and import; an error sentence, or empty when they are right.
QString readExchangeArguments(const QCommandLineParser& parser, CommandLine& line) {
    const bool exporting = line.action == CommandLine::Action::Export;
    if (parser.isSet(kFormat) && !exporting)
        return QStringLiteral("--format goes with the export command.");
    if (parser.isSet(kEncrypt) && !exporting)
        return QStringLiteral("--encrypt goes with the export command.");
    if (parser.isSet(kOut) && !exporting && line.action != CommandLine::Action::Report &&
        line.action != CommandLine::Action::SmokeTest &&
        line.action != CommandLine::Action::Screenshots)
        return QStringLiteral("--out goes with the export and report commands, --smoke-test and "
                              "--screenshots.");
    if (line.action == CommandLine::Action::SmokeTest ||
        line.action == CommandLine::Action::Screenshots)
        line.outputPath = parser.value(kOut);
    if (exporting) {
        line.format = parser.value(kFormat);
        line.outputPath = parser.value(kOut);
        if (line.format != QLatin1String("json") && line.format != QLatin1String("csv"))
            return QStringLiteral("export needs --format json or --format csv.");
        if (line.outputPath.trimmed().isEmpty())
            return QStringLiteral("export needs --out with the file or folder to write.");
        line.encrypt = parser.isSet(kEncrypt);
        if (line.encrypt && line.format != QLatin1String("json"))
            return QStringLiteral("an encrypted export is one JSON file: use --format json "
                                  "--encrypt.");
    }
    if (line.action == CommandLine::Action::Import) {
        line.inputPath = parser.positionalArguments().value(1);
        if (line.inputPath.trimmed().isEmpty())
            return QStringLiteral("import needs the path of what to import.");
    }
    return {};
}

QString readReportArguments(const QCommandLineParser& parser, CommandLine& line) {
    const bool reporting = line.action == CommandLine::Action::Report;
    if ((parser.isSet(kFrom) || parser.isSet(kTo) || parser.isSet(kPaper)) && !reporting)
        return QStringLiteral("--from, --to and --paper go with the report command.");
    if (!reporting)
        return {};
    line.outputPath = parser.value(kOut);
    if (line.outputPath.trimmed().isEmpty())
        return QStringLiteral("report needs --out with the PDF file to write.");
    line.reportTo = parser.isSet(kTo) ? QDate::fromString(parser.value(kTo), Qt::ISODate)
                                      : QDate::currentDate();
    line.reportFrom = parser.isSet(kFrom) ? QDate::fromString(parser.value(kFrom), Qt::ISODate)
                                          : line.reportTo.addDays(-(kDefaultReportDays - 1));
    if (!line.reportFrom.isValid() || !line.reportTo.isValid())
        return QStringLiteral("--from and --to take dates like 2026-03-31.");
    if (line.reportFrom > line.reportTo)
        return QStringLiteral("--from must not be after --to.");
    line.paper = parser.value(kPaper).toLower();
    if (!line.paper.isEmpty() && line.paper != QLatin1String("a4") &&
        line.paper != QLatin1String("letter"))
        return QStringLiteral("--paper takes a4 or letter.");
    return {};
}

CommandLine usageError(const QString& message) {
    CommandLine line;
    line.action = CommandLine::Action::UsageError;
    line.error = message;
    return line;
}

} // namespace

QString CommandLine::helpText() {
    QCommandLineParser parser;
    describe(parser);
    return parser.helpText().replace(QStringLiteral("<executable_name>"),
                                     QStringLiteral("painpace"));
}

CommandLine CommandLine::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    describe(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    CommandLine line;
    if (parser.isSet(QStringLiteral("help"))) {
        line.action = Action::Help;
        return line;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        line.action = Action::Version;
        return line;
    }
    line.databasePath = parser.value(kDatabase);
    if (parser.isSet(kDatabase) && line.databasePath.trimmed().isEmpty())
        return usageError(QStringLiteral("--database needs a file path."));

    const QStringList positional = parser.positionalArguments();
    const bool importing = positional.value(0) == QLatin1String("import");
    if (positional.size() > (importing ? 2 : 1))
        return usageError(QStringLiteral("Give one command at a time."));
    const QString command = positional.value(0);
    if (parser.isSet(kSmokeTest)) {
        // It always uses a demo diary of its own: never the person's, never another file.
        if (!command.isEmpty() || parser.isSet(kDatabase))
            return usageError(
                QStringLiteral("--smoke-test goes alone (with --out FOLDER at most)."));
        line.action = Action::SmokeTest;
    } else if (parser.isSet(kScreenshots)) {
        if (!command.isEmpty() || !parser.isSet(kDatabase) || !parser.isSet(kOut))
            return usageError(
                QStringLiteral("--screenshots needs --database DIARY and --out FOLDER, and no "
                               "command."));
        line.action = Action::Screenshots;
    } else if (command.isEmpty())
        line.action = Action::Gui;
    else if (command == QLatin1String("demo"))
        line.action = Action::Demo;
    else if (command == QLatin1String("check"))
        line.action = Action::Check;
    else if (command == QLatin1String("backup"))
        line.action = Action::Backup;
    else if (command == QLatin1String("export"))
        line.action = Action::Export;
    else if (command == QLatin1String("report"))
        line.action = Action::Report;
    else if (importing)
        line.action = Action::Import;
    else
        return usageError(QStringLiteral("Unknown command '%1'.").arg(command));

    line.exitAfterFirstPaint = parser.isSet(kExitAfterFirstPaint);
    if (line.exitAfterFirstPaint && line.action != Action::Gui)
        return usageError(QStringLiteral("--exit-after-first-paint goes with the window only."));
    if (const QString error = readExchangeArguments(parser, line); !error.isEmpty())
        return usageError(error);
    if (const QString error = readReportArguments(parser, line); !error.isEmpty())
        return usageError(error);

    const bool demoOptions = parser.isSet(kYears) || parser.isSet(kSeed);
    if (demoOptions && line.action != Action::Demo)
        return usageError(QStringLiteral("--years and --seed go with the demo command."));
    bool ok = false;
    line.demoYears = parser.value(kYears).toInt(&ok);
    if (!ok || line.demoYears < 1 || line.demoYears > 30)
        return usageError(QStringLiteral("--years takes a whole number from 1 to 30."));
    line.demoSeed = parser.value(kSeed).toULongLong(&ok);
    if (!ok)
        return usageError(QStringLiteral("--seed takes a whole non-negative number."));
    return line;
}

} // namespace painpace
