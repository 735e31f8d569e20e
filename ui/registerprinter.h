#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace thana::core {
struct RegisterView;
struct Station;
} // namespace thana::core

namespace thana::ui {

/// Prints a station register as an A4 landscape PDF, as the paper register looks: the
/// bilingual title, station and period at the top of every page, the column header row
/// (English over Hindi) repeated on every page, rows kept whole, and "Page n of m" in
/// the footer. Devanagari is set in Lohit Devanagari, the face of the app's other copies.
///
/// Rows are streamed a chunk at a time, twice (measure, then paint), so a register of
/// tens of thousands of rows prints in bounded memory. It touches no widget, so it runs
/// on a worker thread (with that thread's own connection behind the row source).
class RegisterPrinter final {
    Q_DECLARE_TR_FUNCTIONS(RegisterPrinter)
public:
    /// Up to `limit` rows from `offset`, in register order; fewer than `limit` at the end.
    using RowSource = std::function<core::Result<QList<QStringList>>(int offset, int limit)>;
    /// Told how many rows are done (of `total`, known after measuring; 0 before); returns
    /// false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    /// Takes the title and columns of `view` (its rows are not used; see write()).
    RegisterPrinter(const core::RegisterView& view, const core::Station& station, const QDate& from, const QDate& to);

    /// A line at the bottom left of every page, e.g. who printed it and when.
    void setFootnote(const QString& text) { m_footnote = text; }

    /// Writes the PDF at `path`; returns the number of pages. Errors of the source are
    /// passed on; a cancelled print leaves no file.
    core::Result<int> write(const QString& path, const RowSource& rows, const Progress& progress = {}) const;
    /// The same for rows already in memory.
    core::Result<int> write(const QString& path, const QList<QStringList>& rows) const;

    /// Rows read from the source at a time.
    static constexpr int kChunk = 500;

private:
    QString m_titleEn;
    QString m_titleHi;
    QStringList m_columnsEn;
    QStringList m_columnsHi;
    QString m_stationLine;
    QString m_periodLine;
    QString m_footnote;
};

} // namespace thana::ui
