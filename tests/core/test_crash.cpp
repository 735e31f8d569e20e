// Crash safety: a writer killed at random moments (SIGKILL) never leaves a half-written
// FIR, a gap in the numbers, or a record missing from the change log.

#include "fixtures.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

using namespace thana::test;

#ifndef THANA_CRASH_CHILD
#error "THANA_CRASH_CHILD must name the crash child program"
#endif

TEST_CASE("FIRs registered by a writer killed at random moments are whole and numbered without gaps", "[crash]")
{
    StationFixture fx;
    fx.close();
    const QString child = QStringLiteral(THANA_CRASH_CHILD);
    REQUIRE(QFile::exists(child));

    QRandomGenerator rng(20260310);
    QList<int> reported;
    int runsThatCommitted = 0;
    constexpr int kRuns = 12;
    for (int run = 0; run < kRuns; ++run) {
        INFO("run " << run);
        QProcess p;
        p.setProgram(child);
        p.setArguments({ fx.path() });
        p.start();
        REQUIRE(p.waitForStarted(10000));
        QThread::msleep(100 + rng.bounded(501));
        const bool stillRunning = p.state() == QProcess::Running;
        p.kill();
        REQUIRE(p.waitForFinished(10000));
        const QString errors = QString::fromUtf8(p.readAllStandardError());
        INFO("child stderr: " << str(errors));
        CHECK(stillRunning);
        CHECK(p.exitStatus() == QProcess::CrashExit);
        int committed = 0;
        for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
            bool ok = false;
            const int number = line.trimmed().toInt(&ok);
            if (ok) {
                reported << number;
                ++committed;
            }
        }
        if (committed > 0)
            ++runsThatCommitted;
    }
    INFO(reported.size() << " FIRs reported committed over " << kRuns << " runs");
    REQUIRE_FALSE(reported.isEmpty());
    CHECK(runsThatCommitted >= kRuns / 2);

    fx.reopen();
    const QList<Finding> findings = fx.check();
    INFO(str(describe(findings)));
    CHECK(findings.isEmpty());

    QList<int> numbers;
    {
        QSqlQuery q(fx.sql());
        REQUIRE(q.exec(QStringLiteral("SELECT number FROM firs WHERE year = (SELECT max(year) FROM firs) ORDER BY number")));
        while (q.next())
            numbers << q.value(0).toInt();
    }
    REQUIRE_FALSE(numbers.isEmpty());
    const int n = numbers.size();
    for (int i = 0; i < n; ++i)
        REQUIRE(numbers.at(i) == i + 1);
    int maxReported = 0;
    for (int r : reported)
        maxReported = std::max(maxReported, r);
    CHECK(n >= maxReported);
    // Every number the child saw committed is there, and none was handed out twice.
    CHECK(QSet<int>(reported.begin(), reported.end()).size() == reported.size());

    // Each FIR, with its sections, parties and diary entries, reached the change log.
    CHECK(rawScalar(fx.sql(), QStringLiteral("SELECT count(*) FROM firs f WHERE NOT EXISTS("
                                             "SELECT 1 FROM change_log l WHERE l.entity='firs' AND l.uid=f.uid)")).toInt() == 0);
    CHECK(rawScalar(fx.sql(), QStringLiteral("SELECT count(*) FROM change_log WHERE entity='firs'")).toInt() == n);
    CHECK(rawScalar(fx.sql(), QStringLiteral("SELECT count(*) FROM firs f WHERE NOT EXISTS("
                                             "SELECT 1 FROM fir_sections s WHERE s.fir_uid=f.uid) OR NOT EXISTS("
                                             "SELECT 1 FROM fir_parties p WHERE p.fir_uid=f.uid)")).toInt() == 0);
    // Two diary entries per FIR: the information and the registration.
    CHECK(fx.count(QStringLiteral("gd_entries")) == 2 * n);
}
