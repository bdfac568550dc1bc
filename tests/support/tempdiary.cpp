#include "tempdiary.h"

namespace painpace::testing {

void TempDiaryTest::SetUp() {
    ASSERT_TRUE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("diary.sqlite"));
}

} // namespace painpace::testing
