#include "coldstart.h"

#include "report.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/stationrepository.h"
#include "core/userrepository.h"
#include "ui/appcontext.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QWindow>

#include <cstdio>
#include <memory>

namespace thana::bench {

namespace {

void say(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

/// Notes the first paint of the window or of any widget in it.
class FirstPaint final : public QObject {
public:
    explicit FirstPaint(QWidget* window) : m_window(window) { }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()) {
            auto* widget = static_cast<QWidget*>(watched);
            m_painted = widget == m_window || m_window->isAncestorOf(widget);
        }
        return false;
    }

private:
    QWidget* m_window;
    bool m_painted = false;
};

} // namespace

int ColdStart::runChild(int& argc, char** argv, const QString& dbPath)
{
    QElapsedTimer clock;
    clock.start();
    auto phase = [&clock](const char* name) { say(QStringLiteral("PHASE %1 %2").arg(QLatin1String(name), num(double(clock.nsecsElapsed()) / 1e6, 1))); };

    QApplication app(argc, argv);
    // The benchmark's settings are kept apart from a real station's.
    QApplication::setOrganizationName(QStringLiteral("Thana"));
    QApplication::setApplicationName(QStringLiteral("thana-bench"));
    phase("application");

    auto opened = core::Database::open(dbPath, core::Database::Mode::ExistingOnly);
    if (!opened) {
        say(QStringLiteral("ERROR ") + opened.error().describe());
        return 1;
    }
    core::Database& db = *opened.value();
    const auto station = core::StationRepository(db).station();
    const auto sho = core::UserRepository(db).byUsername(QStringLiteral("sho"));
    if (!station || !sho) {
        say(QStringLiteral("ERROR the store has no station or no user \"sho\""));
        return 1;
    }
    phase("store_open");

    core::SystemClock systemClock;
    ui::Settings settings;
    ui::AppContext context { db, systemClock, *station, *sho };
    auto window = std::make_unique<ui::MainWindow>(context, settings);
    phase("window_built");

    FirstPaint paint(window.get());
    app.installEventFilter(&paint);
    window->show();
    QElapsedTimer patience;
    patience.start();
    while (!(window->windowHandle() && window->windowHandle()->isExposed() && paint.painted())) {
        if (patience.elapsed() > 60000) {
            say(QStringLiteral("ERROR the main window was not exposed and painted within 60 s"));
            return 1;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    app.removeEventFilter(&paint);
    phase("window_painted");
    say(QStringLiteral("READY"));
    say(QStringLiteral("RSS_KB %1").arg(peakRssKb()));
    window.reset();
    return 0;
}

ColdStart::Run ColdStart::measure(const QString& program, const QString& dbPath)
{
    Run run;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("thana.*.info=false"));
    child.setProcessEnvironment(env);
    child.setProgram(program);
    child.setArguments({ QStringLiteral("--child-start"), dbPath });

    QElapsedTimer timer;
    timer.start();
    child.start();
    bool ready = false;
    auto readLines = [&] {
        while (child.canReadLine()) {
            const QString line = QString::fromUtf8(child.readLine()).trimmed();
            const QStringList parts = line.split(QLatin1Char(' '));
            if (line == QLatin1String("READY")) {
                run.seconds = double(timer.nsecsElapsed()) / 1e9;
                ready = true;
            } else if (parts.size() == 3 && parts.at(0) == QLatin1String("PHASE")) {
                run.phases << qMakePair(parts.at(1), parts.at(2).toDouble());
            } else if (parts.size() == 2 && parts.at(0) == QLatin1String("RSS_KB")) {
                run.peakRssKb = parts.at(1).toLongLong();
            } else if (line.startsWith(QLatin1String("ERROR "))) {
                run.error = line.mid(6);
            }
        }
    };
    while (!ready && run.error.isEmpty()) {
        if (!child.waitForReadyRead(120000)) {
            readLines();
            if (!ready && run.error.isEmpty())
                run.error = QStringLiteral("the app exited or stalled before READY: ") + QString::fromUtf8(child.readAllStandardError()).trimmed();
            break;
        }
        readLines();
    }
    if (!child.waitForFinished(60000)) {
        child.kill();
        child.waitForFinished();
    }
    readLines();
    if (run.error.isEmpty() && (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0))
        run.error = QStringLiteral("the app exited with status %1: %2")
                        .arg(child.exitCode())
                        .arg(QString::fromUtf8(child.readAllStandardError()).trimmed());
    return run;
}

} // namespace thana::bench
