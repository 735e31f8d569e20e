#include "core/demodata.h"

#include "core/clock.h"
#include "core/complaintrepository.h"
#include "core/database.h"
#include "core/firservice.h"
#include "core/gdrepository.h"
#include "core/masterdata.h"
#include "core/personrepository.h"
#include "core/sqlutil.h"
#include "core/stationrecords.h"
#include "core/stationrepository.h"
#include "core/unitofwork.h"
#include "core/userrepository.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

namespace thana::core {

namespace {

struct Name {
    const char* en;
    const char* local;
};

const Name kMale[] = { { "Ramesh", "रमेश" },   { "Suresh", "सुरेश" },   { "Mahesh", "महेश" },   { "Rajesh", "राजेश" },
                       { "Santosh", "संतोष" }, { "Vijay", "विजय" },     { "Anil", "अनिल" },     { "Sunil", "सुनील" },
                       { "Prakash", "प्रकाश" }, { "Ganesh", "गणेश" },   { "Dinesh", "दिनेश" },   { "Ashok", "अशोक" },
                       { "Manoj", "मनोज" },    { "Sanjay", "संजय" },    { "Rahul", "राहुल" },    { "Amit", "अमित" },
                       { "Vikas", "विकास" },   { "Deepak", "दीपक" },    { "Arjun", "अर्जुन" },   { "Mohan", "मोहन" },
                       { "Shankar", "शंकर" },  { "Nitin", "नितिन" },    { "Sachin", "सचिन" },    { "Yogesh", "योगेश" },
                       { "Imran", "इमरान" },   { "Salim", "सलीम" },     { "Harpreet", "हरप्रीत" }, { "Joseph", "जोसेफ" } };
const Name kFemale[] = { { "Sunita", "सुनीता" }, { "Anita", "अनीता" },   { "Kavita", "कविता" },   { "Pooja", "पूजा" },
                         { "Priya", "प्रिया" },  { "Rekha", "रेखा" },    { "Meena", "मीना" },     { "Lata", "लता" },
                         { "Asha", "आशा" },     { "Savita", "सविता" },  { "Neha", "नेहा" },      { "Shalini", "शालिनी" },
                         { "Sangeeta", "संगीता" }, { "Jyoti", "ज्योति" }, { "Manisha", "मनीषा" },  { "Ruksana", "रुखसाना" },
                         { "Vaishali", "वैशाली" }, { "Ashwini", "अश्विनी" }, { "Geeta", "गीता" },  { "Farida", "फरीदा" } };
const Name kSurname[] = { { "Patil", "पाटील" },   { "Jadhav", "जाधव" },   { "Pawar", "पवार" },     { "Shinde", "शिंदे" },
                          { "Kulkarni", "कुलकर्णी" }, { "Deshmukh", "देशमुख" }, { "Sharma", "शर्मा" }, { "Verma", "वर्मा" },
                          { "Yadav", "यादव" },    { "Singh", "सिंह" },     { "Gupta", "गुप्ता" },    { "Mishra", "मिश्रा" },
                          { "Chavan", "चव्हाण" },  { "More", "मोरे" },      { "Gaikwad", "गायकवाड" }, { "Kumar", "कुमार" },
                          { "Tiwari", "तिवारी" },  { "Shaikh", "शेख" },     { "Khan", "खान" },        { "Joshi", "जोशी" },
                          { "Bhosale", "भोसले" },  { "Thakur", "ठाकुर" },   { "Pandey", "पांडे" },     { "Kamble", "कांबळे" } };
const char* const kLocalities[] = { "Shivaji Nagar", "Gandhi Chowk", "Station Road", "Market Yard", "Nehru Colony",
                                    "Ambedkar Nagar", "Old Bazar", "MIDC Area", "Civil Lines", "Ram Nagar",
                                    "Laxmi Road", "Bus Stand", "Azad Maidan", "Tilak Road", "Sai Colony" };
const char* const kDirections[] = { "North", "North-East", "East", "South-East", "South", "South-West", "West", "North-West" };

struct Offence {
    const char* act;
    const char* section;
    const char* subject;
    const char* story;
    bool sexual;
};

// Common offences at an urban station, for occurrences on or after 1 July 2024 (BNS)
// and before it (IPC). Stories use %1 for the complainant and %2 for the place.
const Offence kBns[] = {
    { "BNS", "303", "Theft of motorcycle", "I, %1, parked my motorcycle near %2 in the evening. When I returned it was missing. I searched nearby but could not find it.", false },
    { "BNS", "303", "Theft of mobile phone", "I, %1, was at %2 when someone took my mobile phone from my pocket in the crowd.", false },
    { "BNS", "305", "House theft", "I, %1, had gone out with my family. On return to our house at %2 the lock was broken and gold ornaments and cash were missing.", false },
    { "BNS", "304", "Chain snatching", "I, %1, was walking near %2 when two persons on a motorcycle snatched my gold chain and fled.", false },
    { "BNS", "318", "Online cheating", "I, %1, of %2, received a call from a person posing as a bank officer who took my OTP; money was withdrawn from my account.", false },
    { "BNS", "316", "Criminal breach of trust", "I, %1, of %2, entrusted money to a contractor for construction; he neither did the work nor returned the money.", false },
    { "BNS", "115", "Assault", "I, %1, had an argument with a neighbour at %2 over parking; he beat me with hands and caused hurt.", false },
    { "BNS", "118", "Assault with weapon", "I, %1, was attacked with a stick near %2 over an old dispute and was injured on the head.", false },
    { "BNS", "351", "Criminal intimidation", "I, %1, of %2, am being threatened with death over phone by a person demanding that I withdraw my case.", false },
    { "BNS", "85", "Cruelty by husband", "I, %1, residing at %2, am harassed and beaten by my husband and in-laws for money.", false },
    { "BNS", "281", "Rash driving", "I, %1, was crossing the road at %2 when a car driven rashly hit my scooter.", false },
    { "BNS", "106", "Death by negligence", "My relative was hit by a truck driven negligently near %2; he died in hospital. Reported by %1.", false },
    { "BNS", "137", "Missing minor (kidnapping)", "I, %1, of %2, report that my minor daughter did not return from school and could not be found.", false },
    { "BNS", "329", "Criminal trespass", "I, %1, found that persons entered my plot at %2 and started construction without permission.", false },
    { "BNS", "324", "Mischief", "I, %1, found the glass of my shop at %2 broken at night by unknown persons.", false },
    { "BNS", "74", "Assault on a woman", "The informant reports that she was assaulted and her modesty outraged near %2.", true },
    { "BNS", "78", "Stalking", "The informant reports that a man has been following her daily near %2 and sending messages.", true },
};
const Offence kIpc[] = {
    { "IPC", "379", "Theft of motorcycle", "I, %1, parked my motorcycle near %2. When I returned it was missing.", false },
    { "IPC", "380", "House theft", "I, %1, found the lock of my house at %2 broken and ornaments missing.", false },
    { "IPC", "392", "Robbery", "I, %1, was stopped near %2 by two persons who took my bag by force.", false },
    { "IPC", "420", "Cheating", "I, %1, of %2, paid money for a job promised by a person who then stopped answering calls.", false },
    { "IPC", "323", "Assault", "I, %1, was beaten by a neighbour at %2 over a dispute about water.", false },
    { "IPC", "506", "Criminal intimidation", "I, %1, of %2, am being threatened by a person to whom I refused a loan.", false },
    { "IPC", "498A", "Cruelty by husband", "I, %1, residing at %2, am harassed by my husband and in-laws for dowry.", false },
    { "IPC", "279", "Rash driving", "I, %1, was hit by a rashly driven auto-rickshaw at %2.", false },
    { "IPC", "363", "Missing minor (kidnapping)", "I, %1, of %2, report that my minor son has been missing since the afternoon.", false },
    { "IPC", "427", "Mischief", "I, %1, found my car's windows broken at %2 in the night.", false },
    { "IPC", "354", "Assault on a woman", "The informant reports that she was assaulted near %2.", true },
};

const char* const kRoutine[] = { "Patrolling party left the station for the beat.", "Patrolling party returned; nothing unusual noticed.",
                                 "Night round of the beat completed; all quiet.", "Station arms and ammunition checked; found correct.",
                                 "Lock-up checked; found in order.", "Officer left for court duty.", "Officer returned from court duty.",
                                 "Bandobast duty party sent for the procession.", "Wireless message received from the control room and noted.",
                                 "Verification of a tenant completed and report sent." };

struct Generator {
    QRandomGenerator rng;
    template<typename T, size_t N>
    const T& pick(const T (&items)[N]) { return items[rng.bounded(int(N))]; }
    int between(int lo, int hi) { return lo + int(rng.bounded(hi - lo + 1)); }

    Person person(bool female, const QDate& day)
    {
        const Name& first = female ? pick(kFemale) : pick(kMale);
        const Name& last = pick(kSurname);
        const Name& father = pick(kMale);
        Person p;
        p.nameEn = QString::fromUtf8(first.en) + QLatin1Char(' ') + QString::fromUtf8(last.en);
        p.nameLocal = QString::fromUtf8(first.local) + QLatin1Char(' ') + QString::fromUtf8(last.local);
        p.relativeKind = QStringLiteral("father");
        p.relativeName = QString::fromUtf8(father.en) + QLatin1Char(' ') + QString::fromUtf8(last.en);
        p.gender = female ? QStringLiteral("F") : QStringLiteral("M");
        p.ageYears = between(18, 70);
        p.ageOn = day;
        p.phone = QString::number(between(6, 9)) + QString::number(between(100000000, 999999999));
        p.addressPresent = QStringLiteral("%1, %2").arg(between(1, 400)).arg(QString::fromUtf8(pick(kLocalities)));
        return p;
    }
};

/// The other registers of the demo station: missing persons (one with a likely match
/// among the persons found, one among the bodies), unidentified bodies, a history sheet,
/// summons and warrants at each stage of service, visitors. Written through the same
/// service as real work, each on its day of the period, so the registers show them.
class RegisterScript {
public:
    RegisterScript(Database& db, ManualClock& clock, const User& writer, const User& sho, const User& io)
        : m_db(db), m_clock(clock), m_records(db, clock), m_writer(writer), m_sho(sho), m_io(io)
    {
    }

    /// Writes what falls on `day` (0 to days-1), after the day's other records.
    Result<void> run(int day, int days, const QDate& date)
    {
        struct Step {
            double at; ///< share of the period
            Result<void> (RegisterScript::*write)(const QDate&);
        };
        static const Step steps[] = { { 0.05, &RegisterScript::missingBoy },  { 0.08, &RegisterScript::visitorOne },
                                      { 0.10, &RegisterScript::bodyWoman },   { 0.15, &RegisterScript::boyTraced },
                                      { 0.20, &RegisterScript::summons },     { 0.22, &RegisterScript::womanIdentified },
                                      { 0.25, &RegisterScript::summonsServed }, { 0.30, &RegisterScript::missingGirl },
                                      { 0.32, &RegisterScript::foundGirl },   { 0.40, &RegisterScript::historySheet },
                                      { 0.50, &RegisterScript::missingMan },  { 0.50, &RegisterScript::visitorTwo },
                                      { 0.55, &RegisterScript::bodyMan },     { 0.60, &RegisterScript::warrant },
                                      { 0.70, &RegisterScript::bailableWarrant }, { 0.75, &RegisterScript::warrantUnserved },
                                      { 0.90, &RegisterScript::visitorThree } };
        for (const Step& step : steps) {
            if (std::min(days - 1, int(step.at * days)) != day)
                continue;
            m_clock.set(QDateTime(date, QTime(23, 59), stationZone()).toUTC());
            if (auto done = (this->*step.write)(date); !done)
                return done;
        }
        return {};
    }

private:
    static QDateTime at(const QDate& date, int hour, int minute = 0) { return QDateTime(date, QTime(hour, minute), stationZone()).toUTC(); }

    static PersonDescription described(const char* gender, int ageMin, int ageMax, int heightCm, const char* marks, const char* clothing)
    {
        PersonDescription d;
        d.gender = QLatin1String(gender);
        d.ageMin = ageMin;
        d.ageMax = ageMax;
        d.heightCm = heightCm;
        d.build = QStringLiteral("medium");
        d.marks = QString::fromUtf8(marks);
        d.clothing = QString::fromUtf8(clothing);
        return d;
    }

    Result<QString> person(const char* nameEn, const char* nameLocal, const char* gender)
    {
        Person p;
        p.nameEn = QString::fromUtf8(nameEn);
        p.nameLocal = QString::fromUtf8(nameLocal);
        p.gender = QLatin1String(gender);
        p.relativeKind = QStringLiteral("father");
        p.addressPresent = QStringLiteral("22, Nehru Colony, Shivaji Nagar");
        p.phone = QStringLiteral("9822000123");
        auto saved = PersonRepository(m_db).create(p, m_writer, m_clock);
        if (!saved)
            return saved.error();
        return saved->uid;
    }

    Result<void> missing(const char* name, const PersonDescription& d, const QDateTime& since, const char* place, const char* reporter,
                         const char* reporterLocal, QString& uid)
    {
        auto by = person(reporter, reporterLocal, "F");
        if (!by)
            return by.error();
        MissingPerson m;
        m.name = QString::fromUtf8(name);
        m.description = d;
        m.missingSince = since;
        m.lastSeenPlace = QString::fromUtf8(place);
        m.reportedBy = *by;
        auto r = m_records.reportMissing(m, m_writer);
        if (!r)
            return r.error();
        uid = r->uid;
        return {};
    }

    Result<void> body(const PersonDescription& d, const QDateTime& foundAt, const char* place, const char* cause, QString& uid)
    {
        UnidentifiedBody b;
        b.foundAt = foundAt;
        b.place = QString::fromUtf8(place);
        b.description = d;
        b.probableCause = QString::fromUtf8(cause);
        b.inquestNote = QStringLiteral("Inquest held at the spot under BNSS s.194 before two panchas; body sent to Sassoon Hospital for post-mortem.");
        auto r = m_records.recordBody(b, m_io);
        if (!r)
            return r.error();
        uid = r->uid;
        return {};
    }

    Result<void> process(CourtProcess::Kind kind, const char* court, const char* caseReference, const char* name, const char* address,
                         QString& uid)
    {
        CourtProcess p;
        p.kind = kind;
        p.court = QString::fromUtf8(court);
        p.caseReference = QString::fromUtf8(caseReference);
        p.personName = QString::fromUtf8(name);
        p.personAddress = QString::fromUtf8(address);
        p.dueDate = m_clock.now().toTimeZone(stationZone()).date().addDays(14);
        p.assignedTo = m_io.uid;
        auto r = m_records.receiveProcess(p, m_writer);
        if (!r)
            return r.error();
        uid = r->uid;
        return {};
    }

    Result<void> report(const QString& processUid, ProcessEvent::Kind kind, const char* how, const char* servedOn, const char* reason)
    {
        ProcessEvent e;
        e.processUid = processUid;
        e.kind = kind;
        e.at = m_clock.now();
        e.how = QString::fromUtf8(how);
        e.servedOn = QString::fromUtf8(servedOn);
        e.reason = QString::fromUtf8(reason);
        auto r = m_records.reportService(e, m_io);
        if (!r)
            return r.error();
        return {};
    }

    Result<void> visitor(const QDate& date, const char* name, const char* phone, const char* purpose, const char* whom, int hour)
    {
        Visitor w;
        w.name = QString::fromUtf8(name);
        w.address = QStringLiteral("Shivaji Nagar, Pune");
        w.phone = QString::fromUtf8(phone);
        w.purpose = QString::fromUtf8(purpose);
        w.whomMet = QString::fromUtf8(whom);
        w.inAt = at(date, hour);
        w.outAt = at(date, hour, 40);
        auto r = m_records.recordVisitor(w, m_writer);
        if (!r)
            return r.error();
        return {};
    }

    Result<void> missingBoy(const QDate& date)
    {
        return missing("Rahul Yadav", described("M", 17, 17, 165, "Cut mark on chin", "Grey T-shirt, jeans"), at(date, 9),
                       "Shivaji Nagar bus stand", "Meena Yadav", "मीना यादव", m_boy);
    }
    Result<void> boyTraced(const QDate&)
    {
        auto r = m_records.recordTraced(m_boy, m_clock.now(), QStringLiteral("Pune railway station"),
                                        QStringLiteral("Came home on his own; statement recorded and handed over to his mother."), m_io);
        return r ? Result<void>() : Result<void>(r.error());
    }
    Result<void> bodyWoman(const QDate& date)
    {
        return body(described("F", 30, 40, 155, "Green tattoo of a flower on left wrist", "Red saree"), at(date, 7),
                    "Bank of the Mula river near Sangam bridge", "Drowning (to be confirmed by post-mortem)", m_woman);
    }
    Result<void> womanIdentified(const QDate&)
    {
        auto r = m_records.recordIdentification(m_woman, m_clock.now(), QStringLiteral("Lata Gaikwad"),
                                                QStringLiteral("Her husband, Sanjay Gaikwad, at Sassoon Hospital mortuary"), {}, m_io);
        return r ? Result<void>() : Result<void>(r.error());
    }
    Result<void> missingGirl(const QDate& date)
    {
        return missing("Pooja Shinde", described("F", 14, 14, 150, "Mole on left cheek; burn scar on right hand", "Blue school uniform, black shoes"),
                       at(date, 15), "Gate of Modern School, Shivaji Nagar", "Sunita Shinde", "सुनीता शिंदे", m_girl);
    }
    Result<void> foundGirl(const QDate& date)
    {
        FoundPerson f;
        f.foundAt = at(date, 21);
        f.place = QStringLiteral("Shivaji Nagar railway station, platform 2");
        f.description = described("F", 13, 16, 148, "Burn scar on right hand", "Blue uniform");
        f.placedWith = QStringLiteral("Child welfare committee, Pune");
        auto r = m_records.recordFound(f, m_writer);
        return r ? Result<void>() : Result<void>(r.error());
    }
    Result<void> historySheet(const QDate&)
    {
        auto watched = person("Raju alias Bapu Kamble", "राजू उर्फ बापू कांबळे", "M");
        if (!watched)
            return watched.error();
        HistorySheet h;
        h.personUid = *watched;
        h.category = QStringLiteral("Habitual property offender");
        h.grounds = QStringLiteral("Repeated thefts of motorcycles around the bus stand; moves at night; associates with receivers of stolen property.");
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("SELECT uid FROM firs ORDER BY id LIMIT 1")) && q.next())
            h.firUids << q.value(0).toString();
        auto r = m_records.openHistorySheet(h, m_sho);
        return r ? Result<void>() : Result<void>(r.error());
    }
    Result<void> missingMan(const QDate& date)
    {
        return missing("Dattatray Kale", described("M", 55, 60, 168, "Tattoo of Om on right forearm", "White kurta, grey trousers"), at(date, 7),
                       "Aundh market", "Shalini Kale", "शालिनी काळे", m_man);
    }
    Result<void> bodyMan(const QDate& date)
    {
        QString uid;
        return body(described("M", 55, 65, 170, "Tattoo Om on right forearm", "White kurta"), at(date, 20), "Near Aundh bridge, Mula river",
                    "Not known; post-mortem awaited", uid);
    }
    Result<void> summons(const QDate&)
    {
        return process(CourtProcess::Kind::Summons, "JMFC Court No. 3, Shivajinagar", "RCC 412/2025", "Mahesh Gaikwad", "14, Laxmi Road, Pune",
                       m_summons);
    }
    Result<void> summonsServed(const QDate&)
    {
        return report(m_summons, ProcessEvent::Kind::Served, "personally", "Mahesh Gaikwad", "");
    }
    Result<void> warrant(const QDate&)
    {
        QString uid;
        return process(CourtProcess::Kind::NonBailableWarrant, "Sessions Court, Pune", "SC 77/2024", "Sachin Bhosale", "Sai Colony, Pune", uid);
    }
    Result<void> bailableWarrant(const QDate&)
    {
        return process(CourtProcess::Kind::BailableWarrant, "JMFC Court No. 1, Shivajinagar", "RCC 1190/2023", "Imran Shaikh",
                       "5, Old Bazar, Pune", m_bailable);
    }
    Result<void> warrantUnserved(const QDate&)
    {
        return report(m_bailable, ProcessEvent::Kind::Unserved, "", "", "House locked; neighbours say he has moved to Mumbai.");
    }
    Result<void> visitorOne(const QDate& date)
    {
        return visitor(date, "Anil Kumar", "9822000001", "Passport verification", "PSI Sunita Patil", 11);
    }
    Result<void> visitorTwo(const QDate& date)
    {
        return visitor(date, "Farida Khan", "9822000002", "Enquiry about a complaint", "Writer HC Rekha More", 12);
    }
    Result<void> visitorThree(const QDate& date)
    {
        return visitor(date, "Joseph D'Souza", "9822000003", "Tenant verification form", "Writer HC Rekha More", 16);
    }

    Database& m_db;
    ManualClock& m_clock;
    StationRecords m_records;
    User m_writer;
    User m_sho;
    User m_io;
    QString m_boy;
    QString m_woman;
    QString m_girl;
    QString m_man;
    QString m_summons;
    QString m_bailable;
};

} // namespace

QString DemoData::demoPassword()
{
    return QStringLiteral("thana-demo-2026");
}

Result<void> DemoData::generate(Database& db, const Options& o, const std::function<void(int, int)>& progress)
{
    StationRepository stations(db);
    if (stations.station())
        return Error { QStringLiteral("demo.not_empty"), tr("This store already has a station; demo data goes only into a new store."), {} };
    Station st;
    st.stateCode = QStringLiteral("MH");
    st.stateName = QStringLiteral("Maharashtra");
    st.districtCode = QStringLiteral("PUN");
    st.districtName = QStringLiteral("Pune City");
    st.code = QStringLiteral("MH-PUN-0421");
    st.nameEn = QStringLiteral("Shivaji Nagar (Demo)");
    st.nameLocal = QStringLiteral("शिवाजी नगर (प्रात्यक्षिक)");
    st.language = QStringLiteral("mr");
    st.training = o.training;
    auto created = stations.create(st);
    if (!created)
        return created.error();
    st = created.value();

    UserRepository users(db);
    auto admin = users.create(User { {}, QStringLiteral("admin"), QStringLiteral("Station Administrator"), QStringLiteral("ASI"), Role::Admin, true, {}, {} },
                              demoPassword(), std::nullopt);
    if (!admin)
        return admin.error();
    struct Officer {
        const char* username;
        const char* name;
        const char* rank;
        Role role;
    };
    const Officer officers[] = { { "sho", "Prakash Deshmukh", "Police Inspector", Role::Sho },
                                 { "io.patil", "Sunita Patil", "Sub-Inspector", Role::Io },
                                 { "io.khan", "Imran Khan", "Sub-Inspector", Role::Io },
                                 { "io.jadhav", "Ganesh Jadhav", "Assistant Sub-Inspector", Role::Io },
                                 { "writer", "Rekha More", "Head Constable", Role::Writer },
                                 { "trainer", "Vijay Kulkarni", "Police Sub-Inspector (Training)", Role::Trainer } };
    QList<User> staff;
    for (const Officer& of : officers) {
        auto u = users.create(User { {}, QString::fromUtf8(of.username), QString::fromUtf8(of.name), QString::fromUtf8(of.rank), of.role, true, {}, {} },
                              demoPassword(), admin.value());
        if (!u)
            return u.error();
        staff << u.value();
    }
    const QList<User> ios = { staff.at(1), staff.at(2), staff.at(3), staff.at(0) };
    const User& writer = staff.at(4);

    MasterData md(db);
    QList<const Offence*> bns;
    QList<const Offence*> ipc;
    for (const Offence& of : kBns) {
        if (md.section(QLatin1String(of.act), QLatin1String(of.section)))
            bns << &of;
    }
    for (const Offence& of : kIpc) {
        if (md.section(QLatin1String(of.act), QLatin1String(of.section)))
            ipc << &of;
    }
    if (bns.isEmpty() || ipc.isEmpty())
        return Error { QStringLiteral("demo.masterdata"), tr("The shipped master data lacks the common sections the demo uses."), {} };

    if (o.fast) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    }

    Generator g { QRandomGenerator(o.seed) };
    ManualClock clock(QDateTime(o.lastDay.addDays(-o.days + 1), QTime(0, 0), stationZone()).toUTC());
    FirService firs(db, clock);
    const QDate bnsStart(2024, 7, 1);
    RegisterScript script(db, clock, writer, staff.at(0), staff.at(1));

    for (int day = 0; day < o.days; ++day) {
        const QDate date = o.lastDay.addDays(-o.days + 1 + day);
        const QDateTime dayStart = QDateTime(date, QTime(0, 0), stationZone()).toUTC();
        // The day's events, in time order.
        struct Event {
            int minute;
            int kind; // 0 routine, 1 complaint, 2 direct FIR, 3 extra person
        };
        QList<Event> events;
        const int complaints = g.between(0, 2 * o.complaintsPerDay);
        for (int i = 0; i < complaints; ++i)
            events << Event { g.between(7 * 60, 22 * 60), 1 };
        const int direct = o.directFirsPerDay > 0 ? g.between(0, 2 * o.directFirsPerDay) : 0;
        for (int i = 0; i < direct; ++i)
            events << Event { g.between(0, 24 * 60 - 1), 2 };
        const int routine = g.between(o.diaryEntriesPerDay / 2, o.diaryEntriesPerDay * 3 / 2);
        for (int i = 0; i < routine; ++i)
            events << Event { g.between(0, 24 * 60 - 1), 0 };
        for (int i = 0; i < o.extraPersonsPerDay; ++i)
            events << Event { g.between(9 * 60, 18 * 60), 3 };
        std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.minute < b.minute; });

        UnitOfWork uow(db, writer.uid);
        if (!uow.isOpen())
            return uow.error();
        for (const Event& ev : events) {
            const QDateTime at = dayStart.addSecs(qint64(ev.minute) * 60 + g.between(0, 59));
            clock.set(at);
            if (ev.kind == 0) {
                auto e = GdRepository::append(uow, st.code, QStringLiteral("general"), QString::fromUtf8(g.pick(kRoutine)), at);
                if (!e)
                    return e.error();
                continue;
            }
            if (ev.kind == 3) {
                auto p = PersonRepository::insert(uow, g.person(g.rng.bounded(2) == 0, date), at);
                if (!p)
                    return p.error();
                continue;
            }
            // An offence: who, what, where and when.
            const bool before = date < bnsStart;
            const Offence& of = *(before ? ipc : bns).at(g.between(0, int((before ? ipc : bns).size()) - 1));
            const bool female = of.sexual || g.rng.bounded(3) == 0;
            auto complainant = PersonRepository::insert(uow, g.person(female, date), at);
            if (!complainant)
                return complainant.error();
            const QString place = QStringLiteral("%1, %2").arg(g.between(1, 300)).arg(QString::fromUtf8(g.pick(kLocalities)));
            // Stories about sexual offences do not name the informant (%1 is absent).
            const QString pattern = QString::fromUtf8(of.story);
            const QString story = pattern.contains(QLatin1String("%1")) ? pattern.arg(complainant->nameEn, place) : pattern.arg(place);
            const qint64 delayHours = g.rng.bounded(10) == 0 ? g.between(30, 96) : g.between(1, 12);
            QDateTime occurredTo = at.addSecs(-delayHours * 3600);
            if (occurredTo.toTimeZone(stationZone()).date() < bnsStart && !before)
                occurredTo = QDateTime(bnsStart, QTime(6, 0), stationZone()).toUTC();
            if (occurredTo.toTimeZone(stationZone()).date() >= bnsStart && before)
                occurredTo = QDateTime(bnsStart.addDays(-1), QTime(20, 0), stationZone()).toUTC();
            if (occurredTo > at)
                occurredTo = at;
            QDateTime occurredFrom = occurredTo.addSecs(-qint64(g.between(0, 180)) * 60);
            if (occurredFrom.toTimeZone(stationZone()).date() < occurredTo.toTimeZone(stationZone()).date())
                occurredFrom = occurredTo;

            FirDraft d;
            d.infoReceivedAt = at;
            d.occurrenceFrom = occurredFrom;
            d.occurrenceTo = occurredTo;
            d.placeAddress = place;
            d.beat = QStringLiteral("Beat %1").arg(g.between(1, 6));
            d.direction = QString::fromUtf8(g.pick(kDirections));
            d.distanceKm = g.between(1, 60) / 10.0;
            d.parties << FirParty { FirParty::Kind::Complainant, complainant->uid, {}, {}, {}, {} };
            if (g.rng.bounded(3) == 0) {
                auto accused = PersonRepository::insert(uow, g.person(false, date), at);
                if (!accused)
                    return accused.error();
                d.parties << FirParty { FirParty::Kind::Accused, accused->uid, {}, {}, {}, QStringLiteral("known") };
            } else {
                d.unknownAccused = g.between(1, 2);
                d.unknownAccusedDescription = QStringLiteral("Aged about 20-30 years, medium build");
            }
            if (delayHours > 24)
                d.delayReason = QStringLiteral("The informant was searching on his own and consulted family before reporting.");
            if (QLatin1String(of.subject).contains(QLatin1String("heft")) || QLatin1String(of.subject).contains(QLatin1String("obbery"))) {
                d.propertyDescription = QStringLiteral("As described in the first information");
                d.propertyValueRupees = g.between(2, 120) * 1000;
            }
            d.firstInformation = story;
            d.actionTaken = QStringLiteral("Case registered and investigation taken up.");
            d.ioUid = ios.at(g.between(0, int(ios.size()) - 1)).uid;
            d.sections << Section { QLatin1String(of.act), QLatin1String(of.section), {}, {}, false, {} };

            if (ev.kind == 2) {
                d.infoMode = InfoMode::Oral;
                auto fir = firs.registerIn(uow, st, d, writer, at,
                                           of.sexual ? QStringLiteral("Oral information received about %1; the informant's identity is "
                                                                         "recorded in the FIR only.")
                                                                  .arg(QString::fromUtf8(of.subject).toLower())
                                                        : QStringLiteral("Oral information received from %1 about %2 at %3.")
                                                              .arg(complainant->nameEn, QString::fromUtf8(of.subject).toLower(), place));
                if (!fir)
                    return fir.error();
                continue;
            }
            // A complaint at the desk, written to the diary; most become FIRs.
            Complaint c;
            c.receivedAt = at;
            c.mode = g.rng.bounded(5) == 0 ? ReceiptMode::Call112 : ReceiptMode::InPerson;
            c.complainantUid = complainant->uid;
            c.subject = QString::fromUtf8(of.subject);
            c.narrative = story;
            c.uid = sql::newUid();
            c.stationCode = st.code;
            c.year = date.year();
            auto number = uow.nextNumber(QStringLiteral("complaint"), st.code, c.year);
            if (!number)
                return number.error();
            c.number = number.value();
            auto gd = GdRepository::append(uow, st.code, QStringLiteral("complaint"),
                                           QStringLiteral("%1 received %2: %3").arg(c.reference(), receiptModeName(c.mode).toLower(), c.subject), at);
            if (!gd)
                return gd.error();
            const bool becomesFir = g.rng.generateDouble() < o.firShare;
            const bool closed = !becomesFir && g.rng.bounded(2) == 0;
            auto inserted = uow.insert(QStringLiteral("complaints"),
                                       { { QStringLiteral("uid"), c.uid },
                                         { QStringLiteral("station_code"), c.stationCode },
                                         { QStringLiteral("year"), c.year },
                                         { QStringLiteral("number"), c.number },
                                         { QStringLiteral("received_at"), toStored(at) },
                                         { QStringLiteral("mode"), receiptModeKey(c.mode) },
                                         { QStringLiteral("complainant_uid"), c.complainantUid },
                                         { QStringLiteral("subject"), c.subject },
                                         { QStringLiteral("narrative"), c.narrative },
                                         { QStringLiteral("gd_uid"), gd->uid },
                                         { QStringLiteral("action"), closed ? QStringLiteral("closed") : QStringLiteral("pending") },
                                         { QStringLiteral("action_note"), closed ? QStringLiteral("Parties settled the matter; no cognizable offence.") : QString() },
                                         { QStringLiteral("created_by"), writer.uid },
                                         { QStringLiteral("created_at"), toStored(at) } },
                                       c.uid);
            if (!inserted)
                return inserted.error();
            if (becomesFir) {
                d.gdUid = gd->uid;
                d.complaintUid = c.uid;
                d.infoMode = InfoMode::Written;
                // The diary may have stamped the complaint later than `at` (entries never go back in time).
                const QDateTime registerAt = std::max(at, gd->entryAt).addSecs(qint64(g.between(10, 90)) * 60);
                clock.set(registerAt);
                auto fir = firs.registerIn(uow, st, d, writer, registerAt);
                if (!fir)
                    return fir.error();
            }
        }
        if (auto c = uow.commit(); !c)
            return c.error();
        if (auto written = script.run(day, o.days, date); !written)
            return written.error();
        if (progress)
            progress(day + 1, o.days);
    }
    if (o.fast) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    return {};
}

} // namespace thana::core
