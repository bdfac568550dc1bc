#include "backgroundstructurecheck.h"

#include <QtGlobal>

#include "storage/diaryfileinspector.h"
#include "storage/storageerror.h"

namespace painpace {

namespace {
constexpr int kLookEveryMs = 10;
}

BackgroundStructureCheck::BackgroundStructureCheck(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path) {
    m_thread = std::thread([this] {
        try {
            DiaryFileInspector::quickCheck(m_path);
        } catch (const OpenError& error) {
            // Only SQLite's own verdict makes a diary damaged. A check that could not read the
            // file (a busy or full disk) says nothing about it; the open diary goes on, and
            // SQLite still refuses any write that would touch a damaged page.
            if (error.reason() == OpenError::Reason::Corrupt)
                m_damage = error.message();
            else
                qWarning("The background check of the diary could not run: %s", error.what());
        } catch (const std::exception& error) {
            qWarning("The background check of the diary could not run: %s", error.what());
        }
        m_finished.store(true, std::memory_order_release);
    });
    connect(&m_look, &QTimer::timeout, this, &BackgroundStructureCheck::collectWhenFinished);
    m_look.start(kLookEveryMs);
}

BackgroundStructureCheck::~BackgroundStructureCheck() {
    if (m_thread.joinable())
        m_thread.join();
}

void BackgroundStructureCheck::collectWhenFinished() {
    if (!m_finished.load(std::memory_order_acquire))
        return;
    m_look.stop();
    m_thread.join();
    if (!m_damage.isEmpty())
        emit damaged(m_path, m_damage);
}

} // namespace painpace
