#pragma once

#include <QString>

#include <stdexcept>

namespace painpace {

// A database operation failed; the message includes the driver's own words. Whatever the
// operation was writing has been rolled back.
class StorageError : public std::runtime_error {
public:
    explicit StorageError(const QString& message, const QString& databaseText = QString(),
                          int databaseCode = 0)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_databaseText(databaseText)
        , m_databaseCode(databaseCode) {}
    const QString& message() const { return m_message; }
    // The database's own words alone ("database disk image is malformed"), without the
    // statement; empty when the error did not come from the database.
    const QString& databaseText() const { return m_databaseText; }
    // SQLite's extended result code; 0 when the error did not come from the database.
    int databaseCode() const { return m_databaseCode; }
    // Whether SQLite found the file itself damaged (SQLITE_CORRUPT) or not a database at all
    // (SQLITE_NOTADB), rather than unreadable for now (a full disk, an I/O error, a lock).
    bool saysDamaged() const {
        const int primary = m_databaseCode & 0xff;
        return primary == 11 || primary == 26;
    }

private:
    QString m_message;
    QString m_databaseText;
    int m_databaseCode = 0;
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
        DiskFull,
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
