#pragma once

#include <QString>

namespace painpace::autostart {

// The desktop's autostart entry for PainPace (XDG: $XDG_CONFIG_HOME/autostart/painpace.desktop),
// which the person can switch on so reminders work after logging in.
QString entryPath();
bool isEnabled();
// Writes or removes the entry; returns the reason when that fails, empty on success.
QString setEnabled(bool enabled, const QString& executable);

} // namespace painpace::autostart
