#include "tempdiary.h"

#include <QFile>

namespace painpace::testing {

bool damageDiaryFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() <= 8192)
        return false;
    const qint64 size = file.size();
    return file.seek(4096) &&
           file.write(QByteArray(static_cast<int>(size - 4096), '\xA5')) == size - 4096;
}

void TempDiaryTest::SetUp() {
    ASSERT_TRUE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("diary.sqlite"));
}

} // namespace painpace::testing
