#include "passphrase.h"

#include <QTextStream>

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace painpace {

namespace {

// One line from standard input, without its line end.
std::optional<QString> readLine() {
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(static_cast<char>(c));
    if (c == EOF && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

// Asks on the terminal with echo off, and turns echo back on however it ends.
std::optional<QString> askQuietly(const char* prompt) {
    std::fputs(prompt, stderr);
    std::fflush(stderr);
    termios before{};
    const bool quiet = ::tcgetattr(STDIN_FILENO, &before) == 0;
    if (quiet) {
        termios silent = before;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    const std::optional<QString> answer = readLine();
    if (quiet)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    std::fputc('\n', stderr);
    return answer;
}

} // namespace

std::optional<QString> readPassphrase(bool confirm, QString& problem) {
    const QString fromEnvironment = qEnvironmentVariable("PAINPACE_PASSPHRASE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (!::isatty(STDIN_FILENO)) {
        std::optional<QString> line = readLine();
        if (!line || line->isEmpty())
            problem = QStringLiteral("no passphrase: set PAINPACE_PASSPHRASE, or give it as one "
                                     "line of standard input.");
        return line && !line->isEmpty() ? line : std::nullopt;
    }
    const std::optional<QString> first = askQuietly("Passphrase: ");
    if (!first || first->isEmpty()) {
        problem = QStringLiteral("no passphrase was given.");
        return std::nullopt;
    }
    if (confirm && askQuietly("The same passphrase again: ") != first) {
        problem = QStringLiteral("the two passphrases differ; nothing was written.");
        return std::nullopt;
    }
    return first;
}

} // namespace painpace
