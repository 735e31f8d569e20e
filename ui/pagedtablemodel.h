#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

namespace thana::ui {

struct PagedRow {
    qint64 id = 0;        ///< keyset position: rows come newest (highest id) first
    QString uid;
    QStringList cells;
    bool highlight = false; ///< e.g. a sensitive FIR
};

/// A read-only table that fetches its rows a page at a time as the view scrolls, so
/// lists of tens of thousands of records open at once and stay smooth.
class PagedTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    /// Returns up to `limit` rows with id below `beforeId` (0: from the newest).
    using Fetcher = std::function<QList<PagedRow>(qint64 beforeId, int limit)>;

    PagedTableModel(QStringList headers, QObject* parent = nullptr);

    /// Replaces the source (e.g. a new filter) and loads its first page.
    void setFetcher(Fetcher fetcher);
    void reload();
    QString uidAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QStringList m_headers;
    Fetcher m_fetcher;
    QList<PagedRow> m_rows;
    bool m_more = false;
};

} // namespace thana::ui
