#include "checkindescription.h"

#include <QCoreApplication>
#include <QStringList>

#include "common/timeformat.h"

namespace painpace {

QString describeCheckIn(const CheckIn& entry) {
    QStringList parts{QCoreApplication::translate("CheckInDescription", "%1 — pain %2")
                          .arg(shortTime(entry.moment.localTime().time()))
                          .arg(entry.pain)};
    if (entry.fatigue)
        parts
            << QCoreApplication::translate("CheckInDescription", "fatigue %1").arg(*entry.fatigue);
    if (entry.sleepQuality)
        parts << QCoreApplication::translate("CheckInDescription", "sleep %1")
                     .arg(*entry.sleepQuality);
    if (!entry.marks.isEmpty())
        parts << QCoreApplication::translate("CheckInDescription", "%n mark(s)", nullptr,
                                             static_cast<int>(entry.marks.size()));
    if (!entry.spasms.isEmpty())
        parts << QCoreApplication::translate("CheckInDescription", "%n spasm record(s)", nullptr,
                                             static_cast<int>(entry.spasms.size()));
    if (!entry.triggers.isEmpty())
        parts << QCoreApplication::translate("CheckInDescription", "%n trigger(s)", nullptr,
                                             static_cast<int>(entry.triggers.size()));
    if (!entry.therapies.isEmpty())
        parts << QCoreApplication::translate("CheckInDescription", "%n therapy(ies)", nullptr,
                                             static_cast<int>(entry.therapies.size()));
    if (entry.flare)
        parts << QCoreApplication::translate("CheckInDescription", "flare");
    QString text = parts.join(QStringLiteral(" · "));
    // On one line, without the spaces and empty lines a note may have been imported with.
    const QString note = entry.note.simplified();
    if (!note.isEmpty())
        text += QStringLiteral("\n“%1”").arg(note);
    const QString advice = careAdvice(careUrgency(entry.redFlags));
    if (!advice.isEmpty())
        text += QStringLiteral("\n⚠ ") + advice;
    return text;
}

} // namespace painpace
