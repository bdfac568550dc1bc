#include "timeformat.h"

#include <QLocale>

namespace painpace {

QString shortTime(const QTime& time) {
    const QLocale locale;
    // The C locale's short format still carries seconds, which nobody needs in a diary.
    if (locale.language() == QLocale::C)
        return time.toString(QStringLiteral("HH:mm"));
    return locale.toString(time, QLocale::ShortFormat);
}

} // namespace painpace
