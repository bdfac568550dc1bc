#pragma once

#include <QObject>
#include <QTextObjectInterface>

#include "report/clinicianreport.h"

namespace painpace {

// The report's figures, drawn as vector graphics inside its text (so they are sharp in the PDF
// and on paper) and in black and grey only, so they read the same printed without colour.
// Each figure is an object in the document whose format names it (figureFormat).
class ReportFigures : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    enum class Figure { BodyMap = 1, Pain, Spasms, Sleep };
    static constexpr int kObjectType = QTextFormat::UserObject + 1;

    explicit ReportFigures(const ClinicianReport& report, QObject* parent = nullptr);

    // The character format that places `figure` in the text, `widthShare` of the text width wide.
    static QTextCharFormat figureFormat(Figure figure, double widthShare);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    void drawBodyMap(QPainter& painter, const QRectF& rect) const;
    void drawPain(QPainter& painter, const QRectF& rect) const;
    void drawSpasms(QPainter& painter, const QRectF& rect) const;
    void drawSleep(QPainter& painter, const QRectF& rect) const;

    const ClinicianReport& m_report;
};

} // namespace painpace
