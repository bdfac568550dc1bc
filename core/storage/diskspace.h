#pragma once

#include <QString>

namespace painpace::diskspace {

// Below this much free space a diary is not opened (docs/architecture.md, "A full disk"): with a
// few kilobytes free, SQLite's shared-memory file gets holes that the disk cannot fill later,
// and the first read through it ends the process with SIGBUS instead of an error. On a disk of
// 1 KB blocks each 32 KB of that file can hold 24 KB of holes; this leaves room for ten.
inline constexpr qint64 kRoomToOpen = 256 * 1024;

// "420 KB", "1.2 MB", "3 MB": a size as a person reads it (1 KB = 1,024 bytes).
QString sizeText(qint64 bytes);

// What the disk that holds `path` (a file, or the folder it would go into) has free for this
// user; -1 when it cannot be told.
qint64 freeBytes(const QString& path);

// When the disk that holds `path` has less than `needed` bytes free (and is writable), the
// reason in words: "the disk is full (12 KB free)"; otherwise empty.
QString shortage(const QString& path, qint64 needed);

// Tests stand in for a full disk with this: `probe` answers freeBytes() until it is reset with
// nullptr. The app never sets it.
using FreeSpaceProbe = qint64 (*)(const QString& path);
void setProbeForTests(FreeSpaceProbe probe);

} // namespace painpace::diskspace
