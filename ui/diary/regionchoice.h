#pragma once

#include <QComboBox>

namespace painpace {

// Where a spasm was: the body map's regions grouped under their part of the body (neck and
// shoulders, upper back, lower back...), and searchable: typing part of a name ("sacro",
// "left calf") and leaving the field picks the first region that contains it, in the order
// shown. Text that matches no region puts back the region chosen before.
class RegionChoice : public QComboBox {
    Q_OBJECT
public:
    explicit RegionChoice(QWidget* parent = nullptr);
    ~RegionChoice() override;

    QString regionCode() const;
    void setRegionCode(const QString& code);
    // The row of the region whose name best matches `text`, or -1 (exposed for tests).
    int rowMatching(const QString& text) const;

private:
    void acceptTyped();

    QMetaObject::Connection m_focusWatch;
};

} // namespace painpace
