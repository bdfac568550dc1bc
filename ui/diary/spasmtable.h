#pragma once

#include <QWidget>

#include "diary/spasmevent.h"

class QTableWidget;

namespace painpace {

// The spasms and twitches of a check-in as editable rows: kind, region (from the body-map
// catalogue), count, duration in seconds or minutes, intensity and when it happened.
class SpasmTable : public QWidget {
    Q_OBJECT
public:
    explicit SpasmTable(QWidget* parent = nullptr);

    QList<SpasmEvent> spasms() const;
    void setSpasms(const QList<SpasmEvent>& spasms);
    void addRow(const SpasmEvent& spasm);
    QTableWidget* table() const { return m_table; }
    // The editor of one field ("count", "duration", "region", "intensity") of a row.
    QWidget* cellFor(int row, const QString& field) const;

signals:
    void changed();

private:
    void fitToRows();

    QTableWidget* m_table = nullptr;
};

} // namespace painpace
