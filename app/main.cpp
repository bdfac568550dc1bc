#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>
#include <QTimer>

#include "commandline.h"
#include "common/apptheme.h"
#include "common/translations.h"
#include "firstpaintprobe.h"
#include "headlesscommands.h"
#include "mainwindow/mainwindow.h"
#include "screenshotrun.h"
#include "smoketest.h"
#include "storage/database.h"

using namespace painpace;

namespace {

QStringList argumentsOf(int argc, char* argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// Without a display Qt would abort with a long message; say in one line what to do instead.
bool hasDisplay() {
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// Most commands need no display at all; the report lays out text and draws, which needs a GUI
// application, offscreen when there is no display.
std::unique_ptr<QCoreApplication> headlessApplication(const CommandLine& line, int& argc,
                                                      char* argv[]) {
    if (line.action != CommandLine::Action::Report)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (!hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

int runHeadless(const CommandLine& line, int argc, char* argv[]) {
    const auto app = headlessApplication(line, argc, argv);
    installTranslations(*app);
    const QString path = line.databasePath.isEmpty() ? Database::defaultPath() : line.databasePath;
    switch (line.action) {
    case CommandLine::Action::Help:
        QTextStream(stdout) << CommandLine::helpText();
        return 0;
    case CommandLine::Action::Version:
        QTextStream(stdout) << "PainPace " << PAINPACE_VERSION << Qt::endl;
        return 0;
    case CommandLine::Action::Demo:
        return runDemoCommand(path, line.demoYears, line.demoSeed);
    case CommandLine::Action::Check:
        return runCheckCommand(path);
    case CommandLine::Action::Backup:
        return runBackupCommand(path);
    case CommandLine::Action::Export:
        return runExportCommand(path, line.format, line.encrypt, line.outputPath);
    case CommandLine::Action::Import:
        return runImportCommand(path, line.inputPath);
    case CommandLine::Action::Report:
        return runReportCommand(path, line.reportFrom, line.reportTo, line.outputPath, line.paper);
    case CommandLine::Action::UsageError:
        QTextStream(stderr) << "painpace: " << line.error << "\n\n" << CommandLine::helpText();
        return 2;
    case CommandLine::Action::Gui:
    case CommandLine::Action::SmokeTest:
    case CommandLine::Action::Screenshots:
        break;
    }
    return 2;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication::setOrganizationName(QStringLiteral("PainPace"));
    QCoreApplication::setApplicationName(QStringLiteral("PainPace"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAINPACE_VERSION));

    const CommandLine line = CommandLine::parse(argumentsOf(argc, argv));
    if (line.isHeadless())
        return runHeadless(line, argc, argv);

    if (!hasDisplay()) {
        QTextStream(stderr) << "painpace: no display found; run it as `xvfb-run -a painpace`, or "
                               "use the command line (`painpace --help`)."
                            << Qt::endl;
        return 1;
    }
    QApplication app(argc, argv);
    installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("PainPace"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/painpace/icons/painpace.svg")));
    AppTheme::apply(AppTheme::saved());
    if (line.action == CommandLine::Action::SmokeTest)
        return runSmokeTest(line.outputPath);
    if (line.action == CommandLine::Action::Screenshots)
        return runScreenshots(line.databasePath, line.outputPath);
    const QString path = line.databasePath.isEmpty() ? Database::defaultPath() : line.databasePath;
    MainWindow window;
    // One window per diary: a second start brings the first forward and ends here, before it
    // has shown anything (docs/architecture.md, "One window per diary").
    switch (window.openAtStart(path)) {
    case MainWindow::StartOutcome::Ready:
        break;
    case MainWindow::StartOutcome::OtherWindowRaised:
        QTextStream(stderr) << "painpace: " << QDir::toNativeSeparators(path)
                            << " is open in another PainPace window; that window is now in front."
                            << Qt::endl;
        return 0;
    case MainWindow::StartOutcome::HeldElsewhere:
        return 1;
    }
    window.show();
    if (line.exitAfterFirstPaint) {
        new FirstPaintProbe(window);
        return app.exec();
    }
    // Offered once the window is up, over it (docs/design.md, "Help in the app").
    QTimer::singleShot(0, &window, [&window] { window.offerTourOnFirstStart(); });
    return app.exec();
}
