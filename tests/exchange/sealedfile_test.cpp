// Encrypted exports (core/exchange/sealedfile.h): what is sealed opens to the same bytes with the
// passphrase, and nothing else opens at all.
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include "exchange/sealedfile.h"
#include "support/qtprinters.h"

using namespace painpace;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery");

QByteArray sealQuickly(const QByteArray& plain, const QString& passphrase = kPassphrase) {
    return sealedfile::seal(plain, passphrase, sealedfile::quickStrength());
}

QByteArray randomBytes(qsizetype size, quint32 seed) {
    QRandomGenerator random(seed);
    QByteArray bytes(size, '\0');
    for (char& byte : bytes)
        byte = static_cast<char>(random.bounded(256));
    return bytes;
}

// The message of the refusal, or "(opened)" when the file opened.
QString refusalOf(const QByteArray& sealed, const QString& passphrase = kPassphrase) {
    try {
        sealedfile::open(sealed, passphrase);
        return QStringLiteral("(opened)");
    } catch (const StorageError& error) {
        return error.message();
    }
}

} // namespace

TEST(SealedFile, WhatIsSealedOpensToTheSameBytesAtEverySize) {
    // Empty, one byte, exactly one chunk, one byte more, several chunks.
    for (const qsizetype size : {0, 1, 65536, 65537, 300000}) {
        const QByteArray plain = randomBytes(size, static_cast<quint32>(size) + 1);
        const QByteArray sealed = sealQuickly(plain);
        EXPECT_TRUE(sealedfile::looksSealed(sealed));
        EXPECT_EQ(sealedfile::open(sealed, kPassphrase), plain) << size;
        if (size >= 64) { // nothing of the export shows through
            EXPECT_EQ(sealed.indexOf(plain.left(64)), -1) << size;
        }
    }
}

TEST(SealedFile, TheSameExportSealedTwiceDiffers) {
    const QByteArray plain("{\"format\": \"painpace-diary\"}");
    EXPECT_NE(sealQuickly(plain), sealQuickly(plain)); // a new salt and stream header each time
}

TEST(SealedFile, AWrongPassphraseIsRefusedAsSuch) {
    const QByteArray sealed = sealQuickly("the diary");
    EXPECT_THROW(sealedfile::open(sealed, QStringLiteral("correct horse batterY")),
                 sealedfile::WrongPassphrase);
    EXPECT_EQ(refusalOf(sealed, QStringLiteral("wrong passphrase")),
              QStringLiteral("The passphrase is wrong, or the file was changed."));
}

TEST(SealedFile, EveryChangedByteIsFound) {
    // Two chunks, so a change in the second is found there too.
    const QByteArray sealed = sealQuickly(randomBytes(70000, 7));
    for (qsizetype at = 0; at < sealed.size(); at += at < 200 ? 1 : 997) {
        QByteArray changed = sealed;
        changed[at] = static_cast<char>(changed[at] ^ 0x20);
        EXPECT_NE(refusalOf(changed), QStringLiteral("(opened)")) << "byte " << at;
    }
}

TEST(SealedFile, AFileCutShortOrWithBytesAddedIsRefused) {
    const QByteArray sealed = sealQuickly(randomBytes(70000, 8));
    for (qsizetype size = 0; size < sealed.size(); size += size < 100 ? 1 : 1543)
        EXPECT_NE(refusalOf(sealed.left(size)), QStringLiteral("(opened)")) << size;
    // Cut exactly after the first chunk: whole chunks, but the last one is missing.
    EXPECT_EQ(refusalOf(sealed.left(62 + 4 + 65536 + 17)),
              QStringLiteral("The encrypted file is cut short: its last part is missing."));
    EXPECT_EQ(refusalOf(sealed + "x"),
              QStringLiteral("The encrypted file has 1 bytes after its end; it was changed."));
}

TEST(SealedFile, AHeaderAskingForAHugeKeyIsRefusedWithoutTrying) {
    QByteArray sealed = sealQuickly("the diary");
    sealed[18] = '\xff'; // memory in KiB, little-endian: now about 4 TB
    sealed[19] = '\xff';
    sealed[20] = '\xff';
    sealed[21] = '\x7f';
    EXPECT_TRUE(refusalOf(sealed).startsWith(QStringLiteral("The file asks for a key stronger")))
        << refusalOf(sealed).toStdString();
}

TEST(SealedFile, ANewerFormatAndOtherFilesAreNamed) {
    QByteArray newer = sealQuickly("the diary");
    newer[12] = 2;
    EXPECT_EQ(refusalOf(newer), QStringLiteral("The file was encrypted by a newer PainPace (format "
                                               "2); update PainPace to read it."));
    EXPECT_EQ(refusalOf("{\"format\": \"painpace-diary\"}"),
              QStringLiteral("This is not an encrypted PainPace export."));
    EXPECT_FALSE(sealedfile::looksSealed("PAINPACE-EN"));
}

TEST(SealedFile, AShortPassphraseIsRefusedBeforeAnythingIsWritten) {
    EXPECT_THROW(sealQuickly("the diary", QStringLiteral("1234567")), StorageError);
    EXPECT_NO_THROW(sealQuickly("the diary", QStringLiteral("12345678")));
}

TEST(SealedFile, TheStandardStrengthIsWhatTheDocsSay) {
    const sealedfile::Strength standard = sealedfile::standardStrength();
    EXPECT_EQ(standard.passes, 3u);
    EXPECT_EQ(standard.memoryKilobytes, 256u * 1024u);
}
