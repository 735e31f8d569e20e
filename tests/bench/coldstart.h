#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace thana::bench {

/// Cold start of the desktop app: a fresh process that opens the store and shows the
/// main window (offscreen), as after the login dialog.
class ColdStart final {
public:
    struct Run {
        double seconds = 0;                   ///< from QProcess::start to READY
        qint64 peakRssKb = 0;                 ///< the child's VmHWM once the window is up
        QList<QPair<QString, double>> phases; ///< ms from the child's main, by phase
        QString error;                        ///< empty when the run succeeded
    };

    /// The parent side: starts `program --child-start dbPath` and times it.
    static Run measure(const QString& program, const QString& dbPath);
    /// The child side, run instead of the benchmark when --child-start is given.
    static int runChild(int& argc, char** argv, const QString& dbPath);
};

} // namespace thana::bench
