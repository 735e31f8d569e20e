#include "core/fircopy.h"

#include "core/clock.h"
#include "core/fir.h"
#include "core/station.h"

#include <QCoreApplication>

namespace thana::core::fircopy {

namespace {

// Headings of the form. These are printed in both languages whatever the user's
// interface language, as the copy goes to the informant and the magistrate.
struct Heading {
    const char* en;
    const char* hi;
    const char* mr;
};

const Heading kTitle { "First Information Report (Under Section 173 BNSS)", "प्रथम सूचना रिपोर्ट (धारा 173 भा.ना.सु.सं. के अंतर्गत)",
                       "प्रथम खबर अहवाल (कलम 173 भा.ना.सु.सं. अन्वये)" };
const Heading kDistrict { "District", "जिला", "जिल्हा" };
const Heading kStation { "Police Station", "पुलिस थाना", "पोलीस ठाणे" };
const Heading kYear { "Year", "वर्ष", "वर्ष" };
const Heading kFirNo { "FIR No.", "प्र.सू.रि. क्र.", "प्र.ख.अ. क्र." };
const Heading kDate { "Date and time of FIR", "प्र.सू.रि. की तिथि और समय", "प्र.ख.अ. दिनांक व वेळ" };
const Heading kActs { "Acts and sections", "अधिनियम और धाराएँ", "अधिनियम व कलमे" };
const Heading kOccurrence { "Occurrence of offence", "अपराध की घटना", "गुन्ह्याची घटना" };
const Heading kFrom { "From", "से", "पासून" };
const Heading kTo { "To", "तक", "पर्यंत" };
const Heading kInfoReceived { "Information received at the police station", "थाने पर सूचना प्राप्त होने का समय",
                              "पोलीस ठाण्यात माहिती मिळाल्याची वेळ" };
const Heading kGd { "General Diary reference", "सामान्य डायरी संदर्भ", "स्टेशन डायरी संदर्भ" };
const Heading kType { "Type of information", "सूचना का प्रकार", "माहितीचा प्रकार" };
const Heading kPlace { "Place of occurrence", "घटनास्थल", "घटनास्थळ" };
const Heading kDirection { "Direction and distance from the police station", "थाने से दिशा और दूरी", "पोलीस ठाण्यापासून दिशा व अंतर" };
const Heading kBeat { "Beat", "बीट", "बीट" };
const Heading kComplainant { "Complainant / Informant", "शिकायतकर्ता / सूचनाकर्ता", "तक्रारदार / माहिती देणारा" };
const Heading kVictims { "Victims", "पीड़ित", "पीडित" };
const Heading kAccused { "Details of known / suspected / unknown accused", "ज्ञात / संदिग्ध / अज्ञात अभियुक्तों का विवरण",
                         "ज्ञात / संशयित / अज्ञात आरोपींचा तपशील" };
const Heading kDelay { "Reasons for delay in reporting", "सूचना देने में विलंब के कारण", "माहिती देण्यास विलंबाची कारणे" };
const Heading kProperty { "Particulars of properties involved", "संबंधित संपत्ति का विवरण", "संबंधित मालमत्तेचा तपशील" };
const Heading kValue { "Total value of property (Rs.)", "संपत्ति का कुल मूल्य (रु.)", "मालमत्तेचे एकूण मूल्य (रु.)" };
const Heading kFirstInfo { "First Information contents", "प्रथम सूचना की विषयवस्तु", "प्रथम खबरेचा मजकूर" };
const Heading kAction { "Action taken", "की गई कार्यवाही", "केलेली कार्यवाही" };
const Heading kIo { "Investigating officer", "अन्वेषण अधिकारी", "तपास अधिकारी" };
const Heading kRegisteredBy { "Registered by", "दर्ज करने वाले अधिकारी", "नोंदविणारे अधिकारी" };
const Heading kZero { "Zero FIR: offence occurred in", "शून्य प्र.सू.रि.: अपराध का स्थान", "शून्य प्र.ख.अ.: गुन्ह्याचे ठिकाण" };
const Heading kAmendments { "Amendments recorded", "दर्ज संशोधन", "नोंदविलेल्या दुरुस्त्या" };
const Heading kSignature { "Signature of the officer in charge of the police station", "थाना प्रभारी के हस्ताक्षर",
                           "पोलीस ठाणे प्रभारी अधिकाऱ्याची स्वाक्षरी" };
const Heading kInformantSignature { "Signature / thumb impression of the informant", "सूचनाकर्ता के हस्ताक्षर / अंगूठे का निशान",
                                    "माहिती देणाऱ्याची स्वाक्षरी / अंगठ्याचा ठसा" };
const Heading kSensitive { "Victim identity withheld under BNS s.72", "भा.न्या.सं. धारा 72 के अंतर्गत पीड़ित की पहचान गोपनीय",
                           "भा.न्या.सं. कलम 72 अन्वये पीडितेची ओळख गोपनीय" };

QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString label(const Heading& h, const QString& language)
{
    const char* local = language == QLatin1String("mr") ? h.mr : h.hi;
    return QStringLiteral("<b>%1</b><br/><span class='local'>%2</span>").arg(QString::fromUtf8(h.en), QString::fromUtf8(local));
}

QString when(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(stationZone()).toString(QStringLiteral("dd-MM-yyyy HH:mm")) : QString();
}

} // namespace

QString html(const Fir& f, const Station& st)
{
    const QString lang = st.language;
    QString rows;
    auto row = [&rows, &lang](const Heading& h, const QString& value) {
        rows += QStringLiteral("<tr><td width='38%'>%1</td><td>%2</td></tr>").arg(label(h, lang), value);
    };
    QStringList sections;
    for (const Section& s : f.sections)
        sections << esc(s.key() + QStringLiteral(" - ") + s.title);
    QStringList complainants;
    QStringList victims;
    QStringList accused;
    for (const FirParty& p : f.parties) {
        QString text = esc(p.name);
        if (!p.relativeName.isEmpty())
            text += QStringLiteral(", ") + esc(p.relativeName);
        if (!p.address.isEmpty())
            text += QStringLiteral(", ") + esc(p.address);
        if (p.kind == FirParty::Kind::Complainant)
            complainants << text;
        else if (p.kind == FirParty::Kind::Victim)
            victims << text;
        else
            accused << text + QStringLiteral(" [") + esc(p.accusedStatus) + QLatin1Char(']');
    }
    if (f.unknownAccused > 0)
        accused << QStringLiteral("%1 unknown: %2").arg(f.unknownAccused).arg(esc(f.unknownAccusedDescription));

    row(kDistrict, esc(st.districtName));
    row(kStation, esc(st.nameEn + QStringLiteral(" / ") + st.nameLocal));
    row(kYear, QString::number(f.year));
    row(kFirNo, QStringLiteral("<b>%1/%2</b>").arg(f.number).arg(f.year));
    row(kDate, when(f.registeredAt));
    row(kActs, sections.join(QStringLiteral("<br/>")));
    row(kOccurrence, QStringLiteral("%1 %2 &nbsp; %3 %4")
                         .arg(QString::fromUtf8(kFrom.en), when(f.occurrenceFrom), QString::fromUtf8(kTo.en), when(f.occurrenceTo)));
    row(kInfoReceived, when(f.infoReceivedAt));
    row(kGd, esc(f.gdReference));
    row(kType, esc(infoModeName(f.infoMode)));
    row(kPlace, esc(f.placeAddress));
    row(kDirection, esc(f.direction) + (f.distanceKm > 0 ? QStringLiteral(", %1 km").arg(f.distanceKm) : QString()));
    if (!f.beat.isEmpty())
        row(kBeat, esc(f.beat));
    if (f.zeroFir)
        row(kZero, esc(f.zeroFirOrigin));
    row(kComplainant, complainants.join(QStringLiteral("<br/>")));
    if (!victims.isEmpty())
        row(kVictims, victims.join(QStringLiteral("<br/>")));
    row(kAccused, accused.isEmpty() ? QStringLiteral("-") : accused.join(QStringLiteral("<br/>")));
    row(kDelay, f.delayReason.isEmpty() ? QStringLiteral("-") : esc(f.delayReason));
    row(kProperty, f.propertyDescription.isEmpty() ? QStringLiteral("-") : esc(f.propertyDescription));
    row(kValue, QString::number(f.propertyValueRupees));
    row(kFirstInfo, esc(f.firstInformation));
    row(kAction, f.actionTaken.isEmpty() ? QStringLiteral("-") : esc(f.actionTaken));
    row(kIo, esc(f.ioName));
    row(kRegisteredBy, esc(f.registeredByName));
    if (!f.amendments.isEmpty()) {
        QStringList list;
        for (const FirAmendment& a : f.amendments)
            list << QStringLiteral("%1: %2 &rarr; %3 (%4; %5, %6)")
                        .arg(esc(a.field), esc(a.oldValue), esc(a.newValue), esc(a.reason), esc(a.byName), when(a.at));
        row(kAmendments, list.join(QStringLiteral("<br/>")));
    }
    const char* localTitle = lang == QLatin1String("mr") ? kTitle.mr : kTitle.hi;
    QString notice;
    if (f.masked)
        notice = QStringLiteral("<p class='notice'>%1 / %2</p>")
                     .arg(QString::fromUtf8(kSensitive.en), QString::fromUtf8(lang == QLatin1String("mr") ? kSensitive.mr : kSensitive.hi));
    const char* localSig = lang == QLatin1String("mr") ? kSignature.mr : kSignature.hi;
    const char* localInf = lang == QLatin1String("mr") ? kInformantSignature.mr : kInformantSignature.hi;
    return QStringLiteral(
               "<html><head><meta charset='utf-8'/><style>"
               "body{font-family:'Lohit Devanagari','Noto Sans Devanagari',sans-serif;font-size:10pt}"
               "h1{font-size:14pt;text-align:center;margin:0}h2{font-size:13pt;text-align:center;margin:0}"
               ".local{font-weight:normal}td{border:1px solid #444;padding:4px;vertical-align:top}"
               ".notice{color:#a00;font-weight:bold;text-align:center}</style></head><body>"
               "<h1>%1</h1><h2>%2</h2>%3"
               "<table width='100%' cellspacing='0' cellpadding='4' style='border-collapse:collapse'>%4</table>"
               "<br/><br/><table width='100%'><tr><td style='border:none'>%5<br/>%6</td>"
               "<td style='border:none' align='right'>%7<br/>%8</td></tr></table></body></html>")
        .arg(QString::fromUtf8(kTitle.en), QString::fromUtf8(localTitle), notice, rows, QString::fromUtf8(kInformantSignature.en),
             QString::fromUtf8(localInf), QString::fromUtf8(kSignature.en), QString::fromUtf8(localSig));
}

} // namespace thana::core::fircopy
