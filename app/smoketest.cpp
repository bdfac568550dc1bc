#include "smoketest.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QWindow>

#include <exception>

#include "demo/demopacing.h"
#include "mainwindow/mainwindow.h"
#include "storage/database.h"

namespace painpace {

namespace {

constexpr int kExposeTimeoutMs = 10'000;

QStringList& criticalMessages() {
    static QStringList messages;
    return messages;
}

// Critical and fatal Qt messages are failures of the run; the rest is printed as usual.
void collectCriticalMessages(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg)
        criticalMessages() << message;
    QTextStream(stderr) << message << Qt::endl;
}

void say(const QString& line) {
    QTextStream(stdout) << "smoke test: " << line << Qt::endl;
}

int fail(const QString& reason) {
    QTextStream(stderr) << "smoke test FAILED: " << reason << Qt::endl;
    return 1;
}

bool waitUntilExposed(QWidget& window) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < kExposeTimeoutMs) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        if (window.windowHandle() && window.windowHandle()->isExposed())
            return true;
    }
    return false;
}

// The view's name as a person reads it.
QString plainName(const QTabWidget& pages, int index) {
    return pages.tabText(index);
}

// Shows page `index`, lets it lay out and paint, and checks that it did. Empty when it is fine.
QString showPage(QTabWidget& pages, int index, const QString& screenshotFolder) {
    const QString name = plainName(pages, index);
    QWidget* view = pages.widget(index);
    if (!view)
        return QStringLiteral("the view %1 was not built").arg(name);
    pages.setCurrentIndex(index);
    QApplication::processEvents();
    if (!view->isVisible() || view->width() <= 0 || view->height() <= 0)
        return QStringLiteral("the view %1 is not shown").arg(name);
    const QImage shot = view->grab().toImage();
    if (shot.isNull())
        return QStringLiteral("the view %1 could not be painted").arg(name);
    if (!screenshotFolder.isEmpty()) {
        const QString file =
            QDir(screenshotFolder)
                .filePath(QStringLiteral("smoke-%1-%2.png")
                              .arg(index + 1)
                              .arg(name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'))));
        if (!shot.save(file))
            return QStringLiteral("the view %1 could not be saved as %2").arg(name, file);
    }
    say(QStringLiteral("shown %1 (%2×%3)").arg(name).arg(view->width()).arg(view->height()));
    return {};
}

// Builds the window on the diary at `path` and shows every page. Empty when all went well.
QString showEveryView(const QString& path, const QString& screenshotFolder) {
    QStringList reported;
    MainWindow window;
    prepareUnattendedWindow(window, reported);
    if (!waitUntilExposed(window))
        return QStringLiteral("the window did not appear on the display within %1 s")
            .arg(kExposeTimeoutMs / 1000);
    if (!window.openDiary(path))
        return QStringLiteral("the demo diary did not open: %1").arg(reported.join(u' '));
    QTabWidget* pages = window.pages();
    if (!pages || pages->count() == 0)
        return QStringLiteral("the window has no views");
    for (int index = 0; index < pages->count(); ++index) {
        if (const QString problem = showPage(*pages, index, screenshotFolder); !problem.isEmpty())
            return problem;
    }
    window.close();
    QApplication::processEvents();
    if (!reported.isEmpty())
        return QStringLiteral("the window reported: %1").arg(reported.join(u' '));
    say(QStringLiteral("all %1 views shown").arg(pages->count()));
    return {};
}

} // namespace

void prepareUnattendedWindow(MainWindow& window, QStringList& reported) {
    window.setErrorReporter([&reported](const QString& message) { reported << message; });
    window.setUnsavedInputQuestion(
        [](const QStringList&) { return MainWindow::UnsavedChoice::Discard; });
    window.resize(1000, 720);
    window.show();
}

int runSmokeTest(const QString& screenshotFolder) {
    QTemporaryDir folder;
    if (!folder.isValid())
        return fail(QStringLiteral("no temporary folder: %1").arg(folder.errorString()));
    // Window geometry and reminders go to the temporary folder, not the person's settings.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
    if (!screenshotFolder.isEmpty() && !QDir().mkpath(screenshotFolder))
        return fail(QStringLiteral("cannot create %1").arg(screenshotFolder));
    const QString path = folder.filePath(QStringLiteral("smoke-test-diary.sqlite"));
    qInstallMessageHandler(collectCriticalMessages);
    QString problem;
    try {
        const int written = writeDemoDiary(*Database::openFile(path), DemoOptions{});
        say(QStringLiteral("wrote a demo diary of %1 check-ins").arg(written));
        problem = showEveryView(path, screenshotFolder);
    } catch (const std::exception& error) {
        problem = QString::fromUtf8(error.what());
    }
    qInstallMessageHandler(nullptr);
    if (problem.isEmpty() && !criticalMessages().isEmpty())
        problem = QStringLiteral("critical messages: %1").arg(criticalMessages().join(u' '));
    return problem.isEmpty() ? 0 : fail(problem);
}

} // namespace painpace
