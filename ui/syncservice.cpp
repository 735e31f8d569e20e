#include "ui/syncservice.h"

namespace thana::ui {

SyncService::SyncService(const QString& storePath, QObject* parent) : SyncService(storePath, sync::SyncWorker::Timing {}, parent) { }

SyncService::SyncService(const QString& storePath, const sync::SyncWorker::Timing& timing, QObject* parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("thana-sync"));
    m_worker = new sync::SyncWorker(storePath, timing);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &sync::SyncWorker::start);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &sync::SyncWorker::statusChanged, this, [this](const sync::SyncView& view) {
        m_view = view;
        Q_EMIT statusChanged(view);
    });
    m_thread.start(QThread::LowPriority);
}

SyncService::~SyncService()
{
    // Quitting the thread also ends the event loop a request in flight waits in, so
    // the wait is short; the worker is deleted on its thread before wait() returns.
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void SyncService::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &sync::SyncWorker::syncNow, Qt::QueuedConnection);
}

} // namespace thana::ui
