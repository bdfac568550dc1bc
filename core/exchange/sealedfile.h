#pragma once

#include <QByteArray>
#include <QString>

#include "storage/storageerror.h"

namespace painpace {

// A diary export protected by a passphrase, for moving a diary to another computer or a USB
// stick (docs/architecture.md, "Encrypted exports", which gives the format byte by byte). The
// key comes from the passphrase through Argon2id; the export is then sealed in chunks with
// XChaCha20-Poly1305 (libsodium's secretstream), so a changed, reordered or missing chunk, or a
// file cut short, is found before any of it is used.
namespace sealedfile {

// How hard the passphrase is made to guess: Argon2id's passes and memory. Stored in each file,
// so a reader follows what the writer chose (within kMostMemory).
struct Strength {
    quint32 passes = 0;
    quint32 memoryKilobytes = 0;
};
Strength standardStrength(); // 3 passes over 256 MiB: about a second here
Strength quickStrength();    // the smallest libsodium allows: for tests only

inline constexpr int kShortestPassphrase = 8;
inline constexpr quint32 kMostMemoryKilobytes = 1024 * 1024; // 1 GiB

// Whether `start` (the first bytes of a file) begin an encrypted PainPace export.
bool looksSealed(const QByteArray& start);

// Throws StorageError when the passphrase is shorter than kShortestPassphrase or the key cannot
// be made (not enough memory).
QByteArray seal(const QByteArray& plain, const QString& passphrase,
                const Strength& strength = standardStrength());

// The passphrase did not open the file, or the file was changed where it cannot tell which.
class WrongPassphrase : public StorageError {
public:
    using StorageError::StorageError;
};

// Throws WrongPassphrase, or StorageError naming what is wrong (not such a file, from a newer
// PainPace, cut short, changed at a byte, asking for too much memory). Nothing is returned
// unless every chunk was whole and the last one was marked as the last.
QByteArray open(const QByteArray& sealed, const QString& passphrase);

} // namespace sealedfile

} // namespace painpace
