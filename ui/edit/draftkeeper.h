#pragma once

#include <QObject>

#include <functional>

class QTimer;
class QWidget;

namespace painpace {

// When an editor's input is written to its draft: at most kDelayMs after the first change the
// draft does not hold yet (a timer started by that change and not restarted by later ones, so
// steady typing is kept too), and at once when the focus leaves a field of the editor. A crash or
// a power cut then loses at most the last second of typing. See docs/architecture.md, "Input that
// is not saved yet".
//
// The editor owns its keeper as a member, not as a Qt child: a child lives until ~QObject, after
// the editor's own part is gone, and the focus moves while ~QWidget hides the editor, which would
// call `store` on a half-destroyed editor.
class DraftKeeper : public QObject {
public:
    static constexpr int kDelayMs = 1000;

    // `store` writes the editor's draft; it runs on the editor's thread.
    DraftKeeper(QWidget* editor, std::function<void()> store);
    DraftKeeper(const DraftKeeper&) = delete;
    DraftKeeper& operator=(const DraftKeeper&) = delete;
    ~DraftKeeper() override;

    // Something in the editor changed.
    void changed();
    // Writes the draft now if a change is waiting.
    void flush();
    // Forgets a waiting change: the input was saved or discarded, and its draft went with it.
    void cancel();
    bool isWaiting() const;

private:
    QWidget* m_editor;
    std::function<void()> m_store;
    QTimer* m_timer;
    QMetaObject::Connection m_focusWatch;
};

} // namespace painpace
