#include "diarywindowchannel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

namespace painpace {

namespace {
const QByteArray kRaiseRequest = QByteArrayLiteral("raise\n");
const QByteArray kRaisedAnswer = QByteArrayLiteral("raised\n");
} // namespace

DiaryWindowChannel::DiaryWindowChannel(QObject* parent)
    : QObject(parent) {}

QString DiaryWindowChannel::serverNameFor(const QString& diaryPath) {
    const QByteArray identity =
        (QFileInfo(diaryPath).absoluteFilePath() + QLatin1Char('\n') + QDir::homePath()).toUtf8();
    const QByteArray digest = QCryptographicHash::hash(identity, QCryptographicHash::Sha256);
    return QStringLiteral("painpace-") + QString::fromLatin1(digest.toHex().left(24));
}

bool DiaryWindowChannel::listenFor(const QString& diaryPath) {
    stopListening();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = serverNameFor(diaryPath);
    if (!m_server->listen(name)) {
        QLocalServer::removeServer(name);
        if (!m_server->listen(name)) {
            stopListening();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &DiaryWindowChannel::answerNextRequest);
    return true;
}

void DiaryWindowChannel::stopListening() {
    delete m_server;
    m_server = nullptr;
}

void DiaryWindowChannel::answerNextRequest() {
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() == kRaiseRequest) {
                emit raiseRequested();
                socket->write(kRaisedAnswer);
                socket->flush();
            }
            socket->disconnectFromServer();
        });
    }
}

bool DiaryWindowChannel::askToRaise(const QString& diaryPath, int timeoutMs) {
    QLocalSocket socket;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    bool raised = false;
    // The answer may already be buffered when the window closes the connection.
    const auto finish = [&] {
        if (socket.canReadLine())
            raised = socket.readLine() == kRaisedAnswer;
        loop.quit();
    };
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&socket, &QLocalSocket::connected, &loop, [&socket] { socket.write(kRaiseRequest); });
    connect(&socket, &QLocalSocket::errorOccurred, &loop, finish);
    connect(&socket, &QLocalSocket::disconnected, &loop, finish);
    connect(&socket, &QLocalSocket::readyRead, &loop, [&] {
        if (socket.canReadLine())
            finish();
    });
    socket.connectToServer(serverNameFor(diaryPath));
    // No server at all fails within connectToServer: there is nothing to wait for.
    if (socket.state() == QLocalSocket::UnconnectedState)
        return false;
    timeout.start(timeoutMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return raised;
}

} // namespace painpace
