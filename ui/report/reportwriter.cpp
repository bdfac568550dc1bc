#include "reportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include "reportdocument.h"
#include "storage/privatefiles.h"
#include "storage/storageerror.h"

namespace painpace {

namespace {

constexpr int kPdfDpi = 300;
constexpr double kMarginMm = 15.0;
constexpr double kFooterPt = 16.0;

QString tr(const char* text) {
    return QCoreApplication::translate("ReportWriter", text);
}

} // namespace

QPageSize::PageSizeId paperSizeFor(const QLocale& locale) {
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Panama:
    case QLocale::PuertoRico:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
    case QLocale::Nicaragua:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

int paintReport(const ClinicianReport& report, QPagedPaintDevice& device) {
    QPainter painter(&device);
    const double pt = device.logicalDpiY() / 72.0;
    const QRectF paper(QPointF(0, 0), QSizeF(device.width(), device.height()));
    const double footer = kFooterPt * pt;
    const std::unique_ptr<QTextDocument> document = reportDocument(report, device);
    document->setPageSize(QSizeF(paper.width(), paper.height() - footer));
    const int pages = document->pageCount();
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(7.5);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        const double top = page * document->pageSize().height();
        painter.save();
        painter.translate(0, -top);
        const QRectF clip(0, top, paper.width(), document->pageSize().height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        document->documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        const QRectF footerRect(0, paper.height() - footer * 0.7, paper.width(), footer * 0.7);
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("PainPace diary summary, %1 to %2")
                             .arg(QLocale().toString(report.from, QStringLiteral("d MMM yyyy")),
                                  QLocale().toString(report.to, QStringLiteral("d MMM yyyy"))));
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    return pages;
}

int writeReportPdf(const ClinicianReport& report, const QString& path,
                   QPageSize::PageSizeId paper) {
    // Written to memory first, then to the file at once: a full disk leaves no half report.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfDpi);
        writer.setPageSize(QPageSize(paper));
        writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                              QPageLayout::Millimeter);
        writer.setTitle(tr("PainPace diary summary"));
        writer.setCreator(QStringLiteral("PainPace"));
        pages = paintReport(report, writer);
    }
    privatefiles::writeFileAtomically(path, buffer.data());
    return pages;
}

} // namespace painpace
