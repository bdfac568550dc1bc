#pragma once

#include <QString>
#include <QStringList>

#include <ostream>

// Lets GoogleTest print QStrings readably in failure messages.
inline void PrintTo(const QString& text, std::ostream* out) {
    *out << '"' << text.toStdString() << '"';
}

// QStringList is a QList<QString>, which GoogleTest would print byte by byte.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QStringList& texts, std::ostream* out) {
    *out << '{';
    for (qsizetype i = 0; i < texts.size(); ++i)
        *out << (i == 0 ? "" : ", ") << '"' << texts[i].toStdString() << '"';
    *out << '}';
}
QT_END_NAMESPACE
