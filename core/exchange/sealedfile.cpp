#include "sealedfile.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <sodium.h>

namespace painpace::sealedfile {

namespace {

// A context lupdate can find for the messages below.
class SealedFile {
    Q_DECLARE_TR_FUNCTIONS(SealedFile)
};

// The file's first bytes (docs/architecture.md, "Encrypted exports").
constexpr char kMagic[] = "PAINPACE-ENC"; // 12 bytes, no terminator in the file
constexpr int kMagicSize = 12;
constexpr quint8 kFormatVersion = 1;
constexpr quint8 kArgon2id = 1;
constexpr int kSaltSize = crypto_pwhash_SALTBYTES;                                      // 16
constexpr int kStreamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;    // 24
constexpr int kHeaderSize = kMagicSize + 1 + 1 + 4 + 4 + kSaltSize + kStreamHeaderSize; // 62
constexpr int kChunk = 64 * 1024;
constexpr int kSealOverhead = crypto_secretstream_xchacha20poly1305_ABYTES; // 17
constexpr int kKeySize = crypto_secretstream_xchacha20poly1305_KEYBYTES;    // 32

void requireSodium() {
    if (sodium_init() < 0)
        throw StorageError(SealedFile::tr("The encryption library could not start."));
}

// The key, wiped from memory when it goes.
class Key {
public:
    Key(const QString& passphrase, const unsigned char* salt, const Strength& strength) {
        const QByteArray utf8 = passphrase.toUtf8();
        if (crypto_pwhash(m_bytes, kKeySize, utf8.constData(), static_cast<size_t>(utf8.size()),
                          salt, strength.passes, size_t(strength.memoryKilobytes) * 1024,
                          crypto_pwhash_ALG_ARGON2ID13) != 0)
            throw StorageError(
                SealedFile::tr("There is not enough memory to make the key from the passphrase."));
    }
    ~Key() { sodium_memzero(m_bytes, sizeof m_bytes); }
    Key(const Key&) = delete;
    Key& operator=(const Key&) = delete;
    const unsigned char* bytes() const { return m_bytes; }

private:
    unsigned char m_bytes[kKeySize];
};

const unsigned char* bytesOf(const QByteArray& data, qsizetype at = 0) {
    return reinterpret_cast<const unsigned char*>(data.constData()) + at;
}

unsigned char* bytesOf(QByteArray& data, qsizetype at = 0) {
    return reinterpret_cast<unsigned char*>(data.data()) + at;
}

void appendLength(QByteArray& out, quint32 value) {
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

quint32 lengthAt(const QByteArray& data, qsizetype at) {
    return qFromLittleEndian<quint32>(data.constData() + at);
}

} // namespace

Strength standardStrength() {
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE / 1024};
}

Strength quickStrength() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN / 1024};
}

bool looksSealed(const QByteArray& start) {
    return start.startsWith(QByteArray(kMagic, kMagicSize));
}

QByteArray seal(const QByteArray& plain, const QString& passphrase, const Strength& strength) {
    if (passphrase.size() < kShortestPassphrase)
        throw StorageError(SealedFile::tr("A passphrase of at least %1 characters is needed.")
                               .arg(kShortestPassphrase));
    requireSodium();
    QByteArray out(kMagic, kMagicSize);
    out.append(char(kFormatVersion));
    out.append(char(kArgon2id));
    appendLength(out, strength.passes);
    appendLength(out, strength.memoryKilobytes);
    QByteArray salt(kSaltSize, '\0');
    randombytes_buf(bytesOf(salt), kSaltSize);
    out.append(salt);
    const Key key(passphrase, bytesOf(salt), strength);

    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHeader(kStreamHeaderSize, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(&state, bytesOf(streamHeader), key.bytes());
    out.append(streamHeader);
    // The header rides with the first chunk as authenticated data: a changed strength or salt
    // is found like a changed byte of the export.
    const QByteArray header = out;
    qsizetype at = 0;
    do {
        const qsizetype size = std::min<qsizetype>(kChunk, plain.size() - at);
        const bool last = at + size >= plain.size();
        QByteArray chunk(size + kSealOverhead, '\0');
        crypto_secretstream_xchacha20poly1305_push(
            &state, bytesOf(chunk), nullptr, bytesOf(plain, at), static_cast<size_t>(size),
            at == 0 ? bytesOf(header) : nullptr, at == 0 ? size_t(header.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        appendLength(out, static_cast<quint32>(chunk.size()));
        out.append(chunk);
        at += size;
    } while (at < plain.size());
    sodium_memzero(&state, sizeof state);
    return out;
}

QByteArray open(const QByteArray& sealed, const QString& passphrase) {
    if (!looksSealed(sealed))
        throw StorageError(SealedFile::tr("This is not an encrypted PainPace export."));
    if (sealed.size() < kHeaderSize)
        throw StorageError(
            SealedFile::tr("The encrypted file is cut short (%1 bytes).").arg(sealed.size()));
    const auto version = static_cast<quint8>(sealed[kMagicSize]);
    if (version != kFormatVersion)
        throw StorageError(
            SealedFile::tr("The file was encrypted by a newer PainPace (format %1); update "
                           "PainPace to read it.")
                .arg(version));
    if (static_cast<quint8>(sealed[kMagicSize + 1]) != kArgon2id)
        throw StorageError(
            SealedFile::tr("The file names a way of making keys that PainPace does not know."));
    const Strength strength{lengthAt(sealed, kMagicSize + 2), lengthAt(sealed, kMagicSize + 6)};
    // A hostile file could ask for many gigabytes or hours; these are far above what PainPace
    // writes and far below what would hurt.
    if (strength.passes < crypto_pwhash_OPSLIMIT_MIN || strength.passes > 10 ||
        strength.memoryKilobytes < crypto_pwhash_MEMLIMIT_MIN / 1024 ||
        strength.memoryKilobytes > kMostMemoryKilobytes)
        throw StorageError(
            SealedFile::tr("The file asks for a key stronger than PainPace makes (%1 passes "
                           "over %2 MB); it was not written by PainPace.")
                .arg(strength.passes)
                .arg(strength.memoryKilobytes / 1024));
    requireSodium();
    const qsizetype saltAt = kMagicSize + 10;
    const Key key(passphrase, bytesOf(sealed, saltAt), strength);
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, bytesOf(sealed, saltAt + kSaltSize),
                                                        key.bytes()) != 0)
        throw WrongPassphrase(SealedFile::tr("The passphrase is wrong, or the file was changed."));
    const QByteArray header = sealed.left(kHeaderSize);
    QByteArray plain;
    qsizetype at = kHeaderSize;
    bool first = true;
    unsigned char tag = 0;
    while (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        if (sealed.size() - at < 4)
            throw StorageError(
                SealedFile::tr("The encrypted file is cut short: its last part is missing."));
        const quint32 length = lengthAt(sealed, at);
        at += 4;
        if (length < kSealOverhead || length > kChunk + kSealOverhead ||
            length > sealed.size() - at)
            throw StorageError(
                SealedFile::tr("The encrypted file is cut short or was changed at byte %1.")
                    .arg(at - 4));
        const qsizetype size = plain.size();
        plain.resize(size + length - kSealOverhead);
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, bytesOf(plain, size), nullptr, &tag, bytesOf(sealed, at), length,
                first ? bytesOf(header) : nullptr, first ? size_t(header.size()) : 0) != 0) {
            if (first)
                throw WrongPassphrase(
                    SealedFile::tr("The passphrase is wrong, or the file was changed."));
            throw StorageError(
                SealedFile::tr("The encrypted file was changed after it was written (in the "
                               "part that starts at byte %1).")
                    .arg(at));
        }
        at += length;
        first = false;
    }
    if (at != sealed.size())
        throw StorageError(
            SealedFile::tr("The encrypted file has %1 bytes after its end; it was changed.")
                .arg(sealed.size() - at));
    return plain;
}

} // namespace painpace::sealedfile
