#pragma once

#include <QList>
#include <QString>

namespace thana::bench {

/// Prints the figures of a run, one per line, and at the end a block of
/// "RESULT name value unit target verdict" lines for scripts and CI logs.
class Report final {
public:
    /// A line of commentary (section titles, row counts).
    static void note(const QString& text);
    /// A figure with no target.
    void info(const QString& name, double value, const QString& unit, const QString& label, int decimals = 2);
    /// A figure with an upper limit; returns whether it is met.
    bool check(const QString& name, double value, const QString& unit, double limit, const QString& label);
    /// A figure with a lower limit (a rate); returns whether it is met.
    bool checkAtLeast(const QString& name, double value, const QString& unit, double limit, const QString& label);
    /// A figure with a goal that is good to meet but is not a target: never a miss.
    void goal(const QString& name, double value, const QString& unit, double limit, const QString& label);
    void printSummary() const;
    int misses() const;

private:
    struct Figure {
        QString name;
        double value = 0;
        QString unit;
        QString target;  ///< "<=10", ">=5000", or "-" for information only
        QString verdict; ///< pass, MISS, info, or ok/over for a goal
        int decimals = 2;
    };
    QList<Figure> m_figures;
};

/// Nearest-rank percentile (p in 0..100) of `values`; 0 for an empty list.
double percentile(QList<double> values, double p);
double median(const QList<double>& values);
/// Peak resident set size of this process (VmHWM), in kB; 0 when unknown.
qint64 peakRssKb();
/// Formats `value` with `decimals` digits after the point.
QString num(double value, int decimals = 2);

} // namespace thana::bench
