#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

namespace thana::bench {

/// The floor under FIR registration: the same rows (two GD entries, the FIR, one
/// section, one party, their change-log entries and the three serial numbers)
/// written with prepared statements and nothing else, one transaction per FIR,
/// in a file of its own with the store's pragmas (WAL, synchronous=FULL).
class BareStore final {
public:
    /// Rows already in the store, so the bare tables and indexes are as deep as the real ones.
    struct Prefill {
        qint64 gdEntries = 0;
        qint64 firs = 0;
        qint64 firSections = 0;
        qint64 firParties = 0;
        qint64 changeLog = 0;
    };

    /// Creates the file at `path` (replacing any) and fills it; nullptr and `error` on failure.
    static std::unique_ptr<BareStore> create(const QString& path, const Prefill& prefill, QString* error);
    ~BareStore();
    Q_DISABLE_COPY_MOVE(BareStore)

    /// Writes one FIR's rows in one transaction; its time in ms, or a negative value and `error`.
    double writeOne(QString* error);
    QString path() const { return m_path; }

private:
    struct Statements;
    BareStore(QString path, QString connectionName);
    bool prepare(QString* error);
    bool fill(const Prefill& prefill, QString* error);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<Statements> m_statements;
    int m_written = 0;
};

} // namespace thana::bench
