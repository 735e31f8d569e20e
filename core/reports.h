#pragma once

#include "core/registers.h"
#include "core/result.h"
#include "core/section.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace thana::core {

class Database;

/// A crime head of the monthly review, after the NCRB/CCTNS heads a station reports under.
struct CrimeHead {
    QString id;      ///< murder, culpable_homicide, rape, pocso, dacoity, kidnapping, attempt_murder, robbery,
                     ///< women, burglary, rioting, hurt, theft, breach_of_trust, cheating, ndps, arms, others
    QString titleEn;
    QString titleHi;
};

/// A count now against the same period a year before.
struct Comparison {
    int current = 0;
    int previous = 0;

    int difference() const { return current - previous; }
    /// Change as a percentage of last year's figure; none when last year had nothing.
    std::optional<double> percentChange() const
    {
        if (previous == 0)
            return std::nullopt;
        return 100.0 * double(current - previous) / double(previous);
    }
};

struct CrimeReviewRow {
    QString head;          ///< CrimeHead::id; "total" for the total row
    Comparison month;      ///< the month against the same month last year
    Comparison yearToDate; ///< 1 January to the month's last day, against the same days last year
};

/// The monthly crime review: FIRs registered per crime head.
struct CrimeReview {
    int year = 0;
    int month = 0;
    QList<CrimeReviewRow> rows; ///< every head, in the order of Reports::crimeHeads()
    CrimeReviewRow total;

    const CrimeReviewRow* row(const QString& head) const;
};

/// Open cases of one age, with those past a statutory limit.
struct PendencyBand {
    QString id;          ///< upto30, upto60, upto90, upto6m, upto1y, over1y; "total"
    QString titleEn;
    QString titleHi;
    int open = 0;
    int pastRemandLimit = 0; ///< BNSS s.187(3): 60 or 90 days from the first remand have passed
    int pastTwoMonths = 0;   ///< BNSS s.193(2): two months for BNS ss.64-71 and POCSO ss.4, 6, 8, 10 have passed
    int pastAny = 0;         ///< past either limit
};

/// Pendency of investigation on a day, by age since registration.
struct Pendency {
    QDate asOf;
    QList<PendencyBand> bands;
    PendencyBand total;
};

/// Final reports and court disposals of a period.
struct Disposal {
    QDate from;
    QDate to;
    int chargeSheets = 0;
    int closures = 0;
    int convicted = 0;
    int acquitted = 0;
    int discharged = 0;
    int compounded = 0;

    int finalReports() const { return chargeSheets + closures; }
    int courtDisposals() const { return convicted + acquitted + discharged + compounded; }
    /// Trials completed: convicted, acquitted or discharged (a compounded case had no trial to the end).
    int trialsCompleted() const { return convicted + acquitted + discharged; }
    /// Charge sheets out of all final reports, in percent; none without final reports.
    std::optional<double> chargeSheetingRate() const
    {
        return finalReports() == 0 ? std::nullopt : std::optional<double>(100.0 * chargeSheets / finalReports());
    }
    /// Convictions out of trials completed, in percent; none without a completed trial.
    std::optional<double> convictionRate() const
    {
        return trialsCompleted() == 0 ? std::nullopt : std::optional<double>(100.0 * convicted / trialsCompleted());
    }
};

/// The station's reports: counts only, never the identity of a victim or anyone else.
/// Days are Indian Standard Time days, as the registers count them.
class Reports final {
    Q_DECLARE_TR_FUNCTIONS(Reports)
public:
    explicit Reports(Database& db) : m_db(db) { }

    /// The heads of the crime review, gravest first; "others" last.
    static QList<CrimeHead> crimeHeads();
    /// The head's name in the user's language.
    static QString crimeHeadName(const QString& id);
    /// A pendency band's name in the user's language.
    static QString bandName(const QString& id);
    /// The head a section falls under: "others" when no named head fits, empty for sections
    /// that only join another offence (abetment, conspiracy, attempt in general, common
    /// intention or object) and so never decide an FIR's head.
    static QString crimeHeadOf(const QString& actCode, const QString& number);
    /// The head an FIR counts under (the principal offence rule): among its sections that
    /// fall under a named head, the one with the heaviest maximum punishment (death, then
    /// life, then the longest term); a tie goes to the head earlier in crimeHeads(). An FIR
    /// with no section under a named head counts under "others".
    static QString gravestHead(const QList<Section>& sections);

    /// FIRs registered in the month (and the year to date) against a year before, by
    /// crime head. Zero FIRs are left out: they are counted where the offence occurred.
    Result<CrimeReview> crimeReview(int year, int month) const;
    /// Cases open at the end of `asOf`: registered by then, with no final report approved
    /// and not transferred away by then. Age is counted as the law counts days: the day of
    /// registration is day one.
    Result<Pendency> pendency(const QDate& asOf) const;
    /// Final reports approved and cases disposed of by courts from `from` to `to`.
    Result<Disposal> disposal(const QDate& from, const QDate& to) const;

    /// Each report as a table with bilingual headings, to print or export.
    static RegisterView table(const CrimeReview& review);
    static RegisterView table(const Pendency& pendency);
    static RegisterView table(const Disposal& disposal);
    /// The table as CSV: UTF-8 with a byte-order mark, bilingual header row.
    static void writeCsv(const RegisterView& table, QIODevice& out);
    /// "+200 %", "-33.3 %", "0 %"; "–" when there is nothing to compare with.
    static QString percent(std::optional<double> value);
    /// A rate: "66.7 %", "75 %"; "–" when there is nothing to count it from.
    static QString rate(std::optional<double> value);

private:
    Database& m_db;
};

} // namespace thana::core
