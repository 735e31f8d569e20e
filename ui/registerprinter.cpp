#include "ui/registerprinter.h"

#include "core/registers.h"
#include "core/station.h"

#include <QFile>
#include <QFontMetricsF>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <numeric>

Q_LOGGING_CATEGORY(lcRegisterPrinter, "thana.ui.registerprinter")

namespace thana::ui {

namespace {

constexpr int kDpi = 300;
constexpr int kCellFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

// The printed register is bilingual whatever the interface language, as the paper
// registers are, so its fixed words are not translated.
constexpr const char* kStation = "Police station / थाना";
constexpr const char* kPeriod = "Period / अवधि";
constexpr const char* kAllDates = "all dates / सभी तिथियाँ";
constexpr const char* kNoEntries = "No entries in this period / इस अवधि में कोई प्रविष्टि नहीं";
constexpr const char* kPage = "Page %1 of %2 / पृष्ठ %1 / %2";

qreal mm(qreal millimetres)
{
    return millimetres * kDpi / 25.4;
}

QFont face(qreal points, bool bold = false)
{
    QFont f;
    f.setFamilies({ QStringLiteral("Lohit Devanagari"), QStringLiteral("Noto Sans Devanagari") });
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QString day(const QDate& d)
{
    return d.toString(QStringLiteral("dd-MM-yyyy"));
}

/// Widths that give narrow columns what they need and share the rest among the wide
/// ones; surplus goes to every column in proportion to its need.
QList<qreal> shareWidths(const QList<qreal>& wanted, qreal available)
{
    const int n = int(wanted.size());
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&wanted](int a, int b) { return wanted.at(a) < wanted.at(b); });
    QList<qreal> widths(n, 0);
    qreal remaining = available;
    for (int k = 0; k < n; ++k) {
        const int i = order.at(k);
        widths[i] = std::min(wanted.at(i), remaining / (n - k));
        remaining -= widths.at(i);
    }
    const qreal total = std::accumulate(widths.cbegin(), widths.cend(), qreal(0));
    if (remaining > 0 && total > 0) {
        for (qreal& w : widths)
            w += remaining * w / total;
    }
    return widths;
}

} // namespace

RegisterPrinter::RegisterPrinter(const core::RegisterView& view, const core::Station& station, const QDate& from, const QDate& to)
    : m_titleEn(view.titleEn), m_titleHi(view.titleHi), m_columnsEn(view.columnsEn), m_columnsHi(view.columnsHi)
{
    QString name = station.nameEn;
    if (!station.nameLocal.isEmpty())
        name += QStringLiteral(" / ") + station.nameLocal;
    QStringList where { QStringLiteral("%1 (%2)").arg(name, station.code) };
    if (!station.districtName.isEmpty())
        where << station.districtName;
    if (!station.stateName.isEmpty())
        where << station.stateName;
    m_stationLine = QString::fromUtf8(kStation) + QStringLiteral(": ") + where.join(QStringLiteral(", "));
    QString period;
    if (from.isValid() && to.isValid())
        period = QStringLiteral("%1 – %2").arg(day(from), day(to));
    else if (from.isValid())
        period = QStringLiteral("%1 –").arg(day(from));
    else if (to.isValid())
        period = QStringLiteral("– %1").arg(day(to));
    else
        period = QString::fromUtf8(kAllDates);
    m_periodLine = QString::fromUtf8(kPeriod) + QStringLiteral(": ") + period;
}

core::Result<int> RegisterPrinter::write(const QString& path, const QList<QStringList>& rows) const
{
    return write(path, [&rows](int offset, int limit) -> core::Result<QList<QStringList>> { return rows.mid(offset, limit); });
}

core::Result<int> RegisterPrinter::write(const QString& path, const RowSource& rows, const Progress& progress) const
{
    const core::Error unwritable { QStringLiteral("io"), tr("The PDF could not be written to %1.").arg(path), {} };
    QPdfWriter writer(path);
    writer.setResolution(kDpi);
    writer.setCreator(QStringLiteral("Thana"));
    writer.setTitle(m_titleEn);
    if (!writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 8),
                                          QPageLayout::Millimeter)))
        return unwritable;
    QPainter painter;
    if (!painter.begin(&writer))
        return unwritable;
    // A failed or cancelled print leaves no half-written file behind.
    auto abandon = [&](core::Error error) -> core::Result<int> {
        painter.end();
        QFile::remove(path);
        return error;
    };
    const core::Error cancelled { QStringLiteral("cancelled"), tr("Printing was cancelled."), {} };

    const QFont titleFont = face(12, true);
    const QFont lineFont = face(9);
    const QFont headEnFont = face(8, true);
    const QFont headHiFont = face(8);
    const QFont cellFont = face(8);
    const QFont footFont = face(7);
    const QFontMetricsF titleMetrics(titleFont, &writer);
    const QFontMetricsF lineMetrics(lineFont, &writer);
    const QFontMetricsF headEnMetrics(headEnFont, &writer);
    const QFontMetricsF headHiMetrics(headHiFont, &writer);
    const QFontMetricsF cellMetrics(cellFont, &writer);
    const QFontMetricsF footMetrics(footFont, &writer);

    const qreal pageWidth = writer.width();
    const qreal pageHeight = writer.height();
    const qreal padX = mm(1.2);
    const qreal padY = mm(0.8);
    const qreal headingHeight = titleMetrics.height() + mm(1) + lineMetrics.height() + mm(2);
    const qreal footerHeight = footMetrics.height() + mm(2);
    const int columns = int(m_columnsEn.size());
    if (columns == 0)
        return abandon(core::Error { QStringLiteral("invalid"), tr("The register has no columns to print."), {} });

    // Pass 1: the first chunk sets the column widths; every row is measured and the
    // pages are cut so that no row is split.
    auto first = rows(0, kChunk);
    if (!first)
        return abandon(first.error());
    QList<qreal> wanted(columns, 0);
    for (int c = 0; c < columns; ++c) {
        wanted[c] = std::max(headEnMetrics.horizontalAdvance(m_columnsEn.at(c)), headHiMetrics.horizontalAdvance(m_columnsHi.value(c)));
        for (const QStringList& row : *first)
            wanted[c] = std::max(wanted.at(c), std::min(cellMetrics.horizontalAdvance(row.value(c)), pageWidth * 0.3));
        wanted[c] += 2 * padX;
    }
    const QList<qreal> widths = shareWidths(wanted, pageWidth);

    auto textHeight = [](const QFontMetricsF& metrics, qreal width, const QString& text) {
        return text.isEmpty() ? metrics.height() : metrics.boundingRect(QRectF(0, 0, width, 1e7), kCellFlags, text).height();
    };
    qreal headerRowHeight = 0;
    for (int c = 0; c < columns; ++c) {
        const qreal inner = widths.at(c) - 2 * padX;
        headerRowHeight = std::max(headerRowHeight, textHeight(headEnMetrics, inner, m_columnsEn.at(c))
                                                        + textHeight(headHiMetrics, inner, m_columnsHi.value(c)) + 2 * padY);
    }
    const qreal bodyTop = headingHeight + headerRowHeight;
    const qreal bodyHeight = pageHeight - footerHeight - bodyTop;

    QList<qreal> heights;   // one number per row: small beside the rows themselves
    QList<int> pageStarts { 0 };
    qreal used = 0;
    QList<QStringList> chunk = *first;
    for (int offset = 0;;) {
        for (const QStringList& row : chunk) {
            qreal h = 0;
            for (int c = 0; c < columns; ++c)
                h = std::max(h, textHeight(cellMetrics, widths.at(c) - 2 * padX, row.value(c)));
            // A row taller than a whole page is cut at the page's foot: unavoidable.
            h = std::min(h + 2 * padY, bodyHeight);
            if (used + h > bodyHeight && used > 0) {
                pageStarts << int(heights.size());
                used = 0;
            }
            used += h;
            heights << h;
        }
        if (progress && !progress(int(heights.size()), 0))
            return abandon(cancelled);
        if (chunk.size() < kChunk)
            break;
        offset += kChunk;
        auto next = rows(offset, kChunk);
        if (!next)
            return abandon(next.error());
        chunk = std::move(next).value();
    }
    const int total = int(heights.size());
    const int pages = int(pageStarts.size());
    qCInfo(lcRegisterPrinter) << "printing" << total << "rows on" << pages << "pages";

    // Pass 2: paint page by page, reading the rows again.
    const QPen grid(QColor(0x44, 0x44, 0x44), mm(0.15));
    auto drawFrame = [&](int page) {
        painter.setPen(Qt::black);
        painter.setFont(titleFont);
        const QString title = m_titleHi.isEmpty() ? m_titleEn : m_titleEn + QStringLiteral("   /   ") + m_titleHi;
        painter.drawText(QRectF(0, 0, pageWidth, titleMetrics.height()), Qt::AlignHCenter | Qt::AlignTop, title);
        painter.setFont(lineFont);
        const QRectF line(0, titleMetrics.height() + mm(1), pageWidth, lineMetrics.height());
        painter.drawText(line, Qt::AlignLeft | Qt::AlignTop, m_stationLine);
        painter.drawText(line, Qt::AlignRight | Qt::AlignTop, m_periodLine);

        painter.fillRect(QRectF(0, headingHeight, pageWidth, headerRowHeight), QColor(0xe8, 0xe8, 0xe8));
        qreal x = 0;
        for (int c = 0; c < columns; ++c) {
            const qreal inner = widths.at(c) - 2 * padX;
            const qreal enHeight = textHeight(headEnMetrics, inner, m_columnsEn.at(c));
            painter.setFont(headEnFont);
            painter.drawText(QRectF(x + padX, headingHeight + padY, inner, enHeight), kCellFlags, m_columnsEn.at(c));
            painter.setFont(headHiFont);
            painter.drawText(QRectF(x + padX, headingHeight + padY + enHeight, inner, headerRowHeight - enHeight), kCellFlags,
                             m_columnsHi.value(c));
            x += widths.at(c);
        }

        painter.setFont(footFont);
        const QRectF foot(0, pageHeight - footMetrics.height(), pageWidth, footMetrics.height());
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, m_footnote);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom, QString::fromUtf8(kPage).arg(page + 1).arg(pages));
    };
    auto drawGrid = [&](qreal bottom) {
        painter.setPen(grid);
        painter.setBrush(Qt::NoBrush);
        painter.drawLine(QPointF(0, headingHeight), QPointF(pageWidth, headingHeight));
        painter.drawLine(QPointF(0, bodyTop), QPointF(pageWidth, bodyTop));
        qreal x = 0;
        for (int c = 0; c <= columns; ++c) {
            painter.drawLine(QPointF(x, headingHeight), QPointF(x, bottom));
            x += c < columns ? widths.at(c) : 0;
        }
    };

    if (total == 0) {
        drawFrame(0);
        painter.setFont(cellFont);
        painter.setPen(Qt::black);
        const qreal h = cellMetrics.height() + 2 * padY;
        painter.drawText(QRectF(padX, bodyTop + padY, pageWidth - 2 * padX, h), kCellFlags, QString::fromUtf8(kNoEntries));
        drawGrid(bodyTop + h);
        painter.drawLine(QPointF(0, bodyTop + h), QPointF(pageWidth, bodyTop + h));
        painter.end();
        return 1;
    }

    chunk = std::move(first).value();
    int chunkOffset = 0;
    int index = 0;
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage())
            return abandon(unwritable);
        drawFrame(page);
        const int end = page + 1 < pages ? pageStarts.at(page + 1) : total;
        qreal y = bodyTop;
        for (; index < end; ++index) {
            if (index >= chunkOffset + chunk.size()) {
                chunkOffset += int(chunk.size());
                auto next = rows(chunkOffset, kChunk);
                if (!next)
                    return abandon(next.error());
                chunk = std::move(next).value();
                if (chunk.isEmpty())
                    return abandon(core::Error { QStringLiteral("changed"),
                                                 tr("The register changed while it was being printed; print it again."), {} });
                if (progress && !progress(index, total))
                    return abandon(cancelled);
            }
            const QStringList& row = chunk.at(index - chunkOffset);
            const qreal h = heights.at(index);
            painter.setPen(Qt::black);
            painter.setFont(cellFont);
            // drawText clips to the cell, so a row cut at the page's foot stays inside it.
            qreal x = 0;
            for (int c = 0; c < columns; ++c) {
                painter.drawText(QRectF(x + padX, y + padY, widths.at(c) - 2 * padX, h - 2 * padY), kCellFlags, row.value(c));
                x += widths.at(c);
            }
            y += h;
            painter.setPen(grid);
            painter.drawLine(QPointF(0, y), QPointF(pageWidth, y));
        }
        drawGrid(y);
    }
    if (progress)
        progress(total, total);
    if (!painter.end())
        return abandon(unwritable);
    return pages;
}

} // namespace thana::ui
