#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <ctime>

namespace painpace::testing {

// A POSIX rule for central European time, which needs no zone files: winter +1 h, summer +2 h,
// switching on the last Sundays of March and October.
inline constexpr const char* kCentralEurope = "CET-1CEST,M3.5.0,M10.5.0/3";

// Sets the process's local time zone for one test and puts the earlier one back.
class LocalZone {
public:
    explicit LocalZone(const char* zone)
        : m_before(qgetenv("TZ"))
        , m_hadZone(qEnvironmentVariableIsSet("TZ")) {
        qputenv("TZ", zone);
        tzset();
    }
    ~LocalZone() {
        if (m_hadZone)
            qputenv("TZ", m_before);
        else
            qunsetenv("TZ");
        tzset();
    }
    LocalZone(const LocalZone&) = delete;
    LocalZone& operator=(const LocalZone&) = delete;

private:
    QByteArray m_before;
    bool m_hadZone;
};

} // namespace painpace::testing
