#pragma once

#include <QString>

#include <optional>

namespace painpace {

// The passphrase of an encrypted export or import on the command line, from the first of:
// the PAINPACE_PASSPHRASE variable (for scripts); the terminal, asked on standard error without
// showing what is typed (twice when `confirm`, and both must match); one line of standard input
// when it is not a terminal. Never from the command line itself, where other users of the
// computer could read it. Empty with `problem` set when none could be had.
std::optional<QString> readPassphrase(bool confirm, QString& problem);

} // namespace painpace
