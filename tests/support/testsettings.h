#pragma once

#include <QSettings>
#include <QTemporaryDir>

namespace painpace::testing {

// Gives this test process settings of its own for its lifetime: test executables run in
// parallel and must not see each other's remembered values, nor the real user's.
class ProcessSettings {
public:
    ProcessSettings() {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

private:
    QTemporaryDir m_dir;
};

} // namespace painpace::testing
