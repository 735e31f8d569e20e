#pragma once

#include <QString>

namespace thana::bench {

/// A throwaway PostgreSQL cluster in a folder of its own, reached over a Unix socket
/// in that folder only (no TCP). As root, the cluster is made and run as the
/// `postgres` user, since initdb refuses root.
class PgCluster final {
public:
    explicit PgCluster(QString folder) : m_folder(std::move(folder)) { }
    ~PgCluster() { stop(); }
    Q_DISABLE_COPY_MOVE(PgCluster)

    /// Finds PostgreSQL's programs; false (with the reason) when it is not installed.
    bool available(QString* why);
    /// initdb, then start; false with the reason on failure.
    bool start(QString* error);
    /// Stops at once (-m immediate): the cluster is thrown away.
    void stop();
    bool isRunning() const { return m_running; }

    /// An empty database; false with the reason on failure.
    bool createDatabase(const QString& name, QString* error);
    /// thana-sdc's --db for `database`.
    QString target(const QString& database) const;
    QString socketDir() const { return m_socketDir; }
    /// CPU time the cluster's processes have used so far (server and backends).
    double cpuSeconds() const;
    int port() const { return m_port; }

private:
    /// Runs a PostgreSQL program, as `postgres` when this process is root.
    bool runTool(const QString& program, const QStringList& arguments, int timeoutMs, QString* output);

    QString m_folder;
    QString m_bin;
    QString m_dataDir;
    QString m_socketDir;
    int m_port = 0;
    bool m_running = false;
};

} // namespace thana::bench
