#pragma once

#include "sync/syncworker.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace thana::ui {

/// The station's synchronisation while the desktop app runs: a sync::SyncWorker on a
/// thread of its own, with its own connection to the store. Its reports arrive on the
/// GUI thread. Destroying the service stops the thread; a request in flight is cut
/// short rather than waited for, so closing Thana never waits on the network.
class SyncService final : public QObject {
    Q_OBJECT
public:
    explicit SyncService(const QString& storePath, QObject* parent = nullptr);
    SyncService(const QString& storePath, const sync::SyncWorker::Timing& timing, QObject* parent = nullptr);
    ~SyncService() override;
    Q_DISABLE_COPY_MOVE(SyncService)

    /// The last report of the worker (Mode::Starting before the first).
    const sync::SyncView& view() const { return m_view; }

public Q_SLOTS:
    /// Asks the worker for a round; returns at once.
    void syncNow();

Q_SIGNALS:
    void statusChanged(const thana::sync::SyncView& view);

private:
    QThread m_thread;
    sync::SyncWorker* m_worker = nullptr; ///< lives on m_thread, deleted there when it finishes
    sync::SyncView m_view;
};

} // namespace thana::ui
