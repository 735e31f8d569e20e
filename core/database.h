#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QSqlDatabase;
class QSqlQuery;

namespace thana::core {

/// One connection to a station store. Use it on the thread that opened it;
/// a worker thread opens its own.
class Database final {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Mode {
        OpenOrCreate, ///< create the file if missing and bring its schema up to date
        ExistingOnly, ///< refuse a missing file
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::OpenOrCreate);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    /// The underlying connection. For core's storage layer only.
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    /// A query on this connection prepared once for `text` and kept for reuse by
    /// core's write path. Call finish() on it when its rows are read.
    QSqlQuery& statement(const QString& text);

private:
    Database(QString path, QString connectionName);
    void startCheckpointer();
    struct Cache;
    class Checkpointer;
    QString m_path;
    QString m_connectionName;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<Checkpointer> m_checkpointer;
};

} // namespace thana::core
