#pragma once

#include <QString>

#include <stdexcept>

namespace painpace {

// A database operation failed; the message includes the driver's own words. Whatever the
// operation was writing has been rolled back.
class StorageError : public std::runtime_error {
public:
    explicit StorageError(const QString& message, const QString& databaseText = QString())
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_databaseText(databaseText) {}
    const QString& message() const { return m_message; }
    // The database's own words alone ("database disk image is malformed"), without the
    // statement; empty when the error did not come from the database.
    const QString& databaseText() const { return m_databaseText; }

private:
    QString m_message;
    QString m_databaseText;
};

// A diary file was refused. The file has not been touched.
class OpenError : public StorageError {
public:
    enum class Reason {
        CannotCreate,
        NotADiary,
        Corrupt,
        NewerThanApp,
        Locked,
        ReadOnly,
        Missing,
        Failed,
    };

    OpenError(Reason reason, const QString& message)
        : StorageError(message)
        , m_reason(reason) {}
    Reason reason() const { return m_reason; }

private:
    Reason m_reason;
};

} // namespace painpace
