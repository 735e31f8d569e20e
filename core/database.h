#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QSqlDatabase;

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

private:
    Database(QString path, QString connectionName);
    QString m_path;
    QString m_connectionName;
};

} // namespace thana::core
