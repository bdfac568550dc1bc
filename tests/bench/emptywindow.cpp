// The reference for the start-up benchmark (startbench.cpp): an empty QMainWindow of PainPace's
// first-start size, with a status bar, timed the same way. It says "first paint" on standard
// output once its first paint pass is done, and quits.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

namespace {

class QuitAfterFirstPaint : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [] {
                std::fputs("first paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }
};

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Empty"));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1000, 720);
    window.installEventFilter(new QuitAfterFirstPaint(&window));
    window.show();
    return app.exec();
}
