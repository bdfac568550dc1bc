#pragma once

class QCoreApplication;

namespace painpace {

// Installs PainPace's translation for the system language, or English when there is none, so
// plural forms read naturally in every language. Call once, after the application exists.
void installTranslations(QCoreApplication& app);

} // namespace painpace
