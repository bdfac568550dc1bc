#include "icalendar.h"

#include <QCoreApplication>

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ICalendar", text);
}

QString escapedText(QString text) {
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u';', QStringLiteral("\\;"));
    text.replace(u',', QStringLiteral("\\,"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"));
    text.replace(u'\n', QStringLiteral("\\n"));
    return text;
}

// Content lines longer than 75 octets continue on lines that start with a space; a UTF-8
// character is never cut in two.
void appendFolded(QByteArray& out, const QString& line) {
    const QByteArray bytes = line.toUtf8();
    qsizetype start = 0;
    qsizetype limit = 75;
    while (bytes.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(bytes[cut]) & 0xC0) == 0x80)
            --cut; // back to the first byte of the character
        out += bytes.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += bytes.mid(start);
    out += "\r\n";
}

QString sessionSummary(const PacingPlan& plan, int amount) {
    const QList<int> bouts = splitIntoBouts(amount, plan.boutLimit, plan.unit);
    if (bouts.size() == 1)
        return tr("%1: %2").arg(plan.activityName, amountText(amount, plan.unit));
    QStringList parts;
    for (int bout : bouts)
        parts.append(amountText(bout, plan.unit));
    return tr("%1: %2 in %3 bouts (%4), %5 min rest between")
        .arg(plan.activityName, amountText(amount, plan.unit))
        .arg(bouts.size())
        .arg(parts.join(QStringLiteral(", ")))
        .arg(plan.restMinutes);
}

} // namespace

QList<CalendarSession> calendarSessions(const PacingPlan& plan, int amount, const QDate& from,
                                        int weeks) {
    const QList<int> bouts = splitIntoBouts(amount, plan.boutLimit, plan.unit);
    const int duration = plan.unit == AmountUnit::Minutes
                             ? amount + plan.restMinutes * static_cast<int>(bouts.size() - 1)
                             : kCountedSessionSlotMinutes;
    QList<CalendarSession> sessions;
    const QString plainUuid = plan.uuid.toString(QUuid::WithoutBraces);
    for (const QDate& day : plannedDays(plan, from, from.addDays(7LL * weeks - 1))) {
        sessions.append(
            {QStringLiteral("%1-%2@painpace")
                 .arg(plainUuid, day.toString(QStringLiteral("yyyyMMdd"))),
             day, plan.time, duration, sessionSummary(plan, amount),
             tr("Paced session from PainPace. The amount is reviewed each week: it grows after "
                "a steady week and holds or steps back after a flare.")});
    }
    return sessions;
}

QByteArray toICalendar(const QList<CalendarSession>& sessions, const QDateTime& stampUtc) {
    QByteArray out;
    const QString stamp = stampUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    appendFolded(out, QStringLiteral("BEGIN:VCALENDAR"));
    appendFolded(out, QStringLiteral("VERSION:2.0"));
    appendFolded(out, QStringLiteral("PRODID:-//PainPace//Pacing plans//EN"));
    appendFolded(out, QStringLiteral("CALSCALE:GREGORIAN"));
    for (const CalendarSession& session : sessions) {
        const QDateTime start(session.day, session.time);
        appendFolded(out, QStringLiteral("BEGIN:VEVENT"));
        appendFolded(out, QStringLiteral("UID:") + session.uid);
        appendFolded(out, QStringLiteral("DTSTAMP:") + stamp);
        appendFolded(out, QStringLiteral("DTSTART:") +
                              start.toString(QStringLiteral("yyyyMMdd'T'HHmmss")));
        appendFolded(out, QStringLiteral("DURATION:PT%1M").arg(session.durationMinutes));
        appendFolded(out, QStringLiteral("SUMMARY:") + escapedText(session.summary));
        appendFolded(out, QStringLiteral("DESCRIPTION:") + escapedText(session.description));
        appendFolded(out, QStringLiteral("END:VEVENT"));
    }
    appendFolded(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace painpace
