#include "ui/pagedtablemodel.h"

#include <QBrush>
#include <QColor>

namespace thana::ui {

PagedTableModel::PagedTableModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers))
{
}

void PagedTableModel::setFetcher(Fetcher fetcher)
{
    m_fetcher = std::move(fetcher);
    reload();
}

void PagedTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_more = false;
    if (m_fetcher) {
        m_rows = m_fetcher(0, kPageSize);
        m_more = m_rows.size() == kPageSize;
    }
    endResetModel();
}

QString PagedTableModel::uidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).uid : QString();
}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PagedRow& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() < row.cells.size() ? row.cells.at(index.column()) : QString();
    if (role == Qt::ForegroundRole && row.highlight)
        return QBrush(QColor(0x8b, 0x00, 0x3a));
    if (role == Qt::UserRole)
        return row.uid;
    return {};
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_headers.size())
        return m_headers.at(section);
    return {};
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void PagedTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more || !m_fetcher || m_rows.isEmpty())
        return;
    const QList<PagedRow> next = m_fetcher(m_rows.last().id, kPageSize);
    m_more = next.size() == kPageSize;
    if (next.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + next.size() - 1));
    m_rows.append(next);
    endInsertRows();
}

} // namespace thana::ui
