#include "timeformat.h"

#include <QLocale>

namespace painpace {

QString shortTimeFormat() {
    const QLocale locale;
    // The C locale's short format still carries seconds, which nobody needs in a diary.
    if (locale.language() == QLocale::C)
        return QStringLiteral("HH:mm");
    return locale.timeFormat(QLocale::ShortFormat);
}

QString shortTime(const QTime& time) {
    return QLocale().toString(time, shortTimeFormat());
}

QTime minutesOnly(const QTime& time) {
    return QTime(time.hour(), time.minute());
}

} // namespace painpace
