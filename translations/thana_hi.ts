<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AuthService</name>
    <message>
        <source>The username or password is wrong.</source>
        <translation>उपयोगकर्ता नाम या पासवर्ड गलत है।</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask the station&apos;s administrator.</source>
        <translation>यह खाता निष्क्रिय कर दिया गया है। थाने के प्रशासक से संपर्क करें।</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after %1 wrong passwords. Try again in %n minute(s).</source>
        <translation>
            <numerusform>%1 बार गलत पासवर्ड डालने के कारण यह खाता लॉक है। %n मिनट बाद फिर प्रयास करें।</numerusform>
            <numerusform>%1 बार गलत पासवर्ड डालने के कारण यह खाता लॉक है। %n मिनट बाद फिर प्रयास करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is now locked for %1 minutes after %2 wrong passwords.</source>
        <translation>%2 बार गलत पासवर्ड डालने के कारण यह खाता अब %1 मिनट के लिए लॉक कर दिया गया है।</translation>
    </message>
</context>
<context>
    <name>ComplaintRepository</name>
    <message>
        <source>Create the station before receiving complaints.</source>
        <translation>शिकायतें प्राप्त करने से पहले थाना सेट अप करें।</translation>
    </message>
    <message>
        <source>Your role cannot receive complaints.</source>
        <translation>आपकी भूमिका में शिकायतें प्राप्त करने का अधिकार नहीं है।</translation>
    </message>
    <message>
        <source>Received at: cannot be in the future.</source>
        <translation>प्राप्ति का समय: भविष्य का नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Subject: is required.</source>
        <translation>विषय: आवश्यक है।</translation>
    </message>
    <message>
        <source>Complaint text: is required.</source>
        <translation>शिकायत का पाठ: आवश्यक है।</translation>
    </message>
    <message>
        <source>Complainant: choose a person or enter the complainant&apos;s details.</source>
        <translation>शिकायतकर्ता: कोई व्यक्ति चुनें या शिकायतकर्ता का विवरण दर्ज करें।</translation>
    </message>
    <message>
        <source>The complaint cannot be received:</source>
        <translation>शिकायत प्राप्त नहीं की जा सकती:</translation>
    </message>
    <message>
        <source>The complaint does not exist.</source>
        <translation>यह शिकायत मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Your role cannot act on complaints.</source>
        <translation>आपकी भूमिका में शिकायतों पर कार्यवाही करने का अधिकार नहीं है।</translation>
    </message>
    <message>
        <source>Register the FIR from the complaint; the complaint is then marked.</source>
        <translation>शिकायत से ही प्र.सू.रि. दर्ज करें; तब शिकायत स्वतः चिह्नित हो जाती है।</translation>
    </message>
    <message>
        <source>Action: an FIR has been registered on this complaint; its action cannot change.</source>
        <translation>कार्यवाही: इस शिकायत पर प्र.सू.रि. दर्ज हो चुकी है; इसकी कार्यवाही बदली नहीं जा सकती।</translation>
    </message>
    <message>
        <source>The action cannot be recorded:</source>
        <translation>कार्यवाही दर्ज नहीं की जा सकती:</translation>
    </message>
    <message>
        <source>Reason / details: required when a complaint is closed, sent for enquiry or recorded as a non-cognizable report.</source>
        <translation>कारण / विवरण: शिकायत बंद करने, जाँच हेतु भेजने या असंज्ञेय रिपोर्ट (NCR) के रूप में दर्ज करने पर आवश्यक है।</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2। %3</translation>
    </message>
    <message>
        <source>%1 received %2: %3</source>
        <translation>%1 %2 प्राप्त: %3</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no station store at %1.</source>
        <translation>%1 पर कोई थाना डेटा स्टोर नहीं है।</translation>
    </message>
    <message>
        <source>The station store %1 could not be opened: %2</source>
        <translation>थाना डेटा स्टोर %1 खोला नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1 is not a Thana station store: %2</source>
        <translation>%1 Thana का थाना डेटा स्टोर नहीं है: %2</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Thana station store; it has not been changed.</source>
        <translation>%1 किसी अन्य प्रोग्राम का डेटाबेस है, Thana का थाना डेटा स्टोर नहीं; इसमें कोई परिवर्तन नहीं किया गया है।</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>This store already has a station; demo data goes only into a new store.</source>
        <translation>इस डेटा स्टोर में पहले से एक थाना है; डेमो डेटा केवल नए डेटा स्टोर में डाला जाता है।</translation>
    </message>
    <message>
        <source>The shipped master data lacks the common sections the demo uses.</source>
        <translation>साथ दिए गए मास्टर डेटा में वे सामान्य धाराएँ नहीं हैं जिनका डेमो उपयोग करता है।</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>[identity withheld: BNS s.72]</source>
        <translation>[पहचान गोपनीय: भा.न्या.सं. धारा 72]</translation>
    </message>
</context>
<context>
    <name>FirRules</name>
    <message>
        <source>GD reference: the FIR must refer to the General Diary entry that recorded the information.</source>
        <translation>जीडी संदर्भ: प्र.सू.रि. में उस सामान्य दैनिकी (जीडी) प्रविष्टि का संदर्भ होना चाहिए जिसमें सूचना दर्ज की गई थी।</translation>
    </message>
    <message>
        <source>GD reference: the FIR cannot be dated before the GD entry that recorded it (%1 at %2).</source>
        <translation>जीडी संदर्भ: प्र.सू.रि. की तिथि उस जीडी प्रविष्टि से पहले की नहीं हो सकती जिसमें इसे दर्ज किया गया (%1, समय %2)।</translation>
    </message>
    <message>
        <source>Information received at: cannot be later than the GD entry that recorded it (%1 at %2).</source>
        <translation>सूचना प्राप्ति का समय: उस जीडी प्रविष्टि के बाद का नहीं हो सकता जिसमें इसे दर्ज किया गया (%1, समय %2)।</translation>
    </message>
    <message>
        <source>Occurrence from: is required.</source>
        <translation>घटना (से): आवश्यक है।</translation>
    </message>
    <message>
        <source>Occurrence to: is required.</source>
        <translation>घटना (तक): आवश्यक है।</translation>
    </message>
    <message>
        <source>Information received at: is required.</source>
        <translation>सूचना प्राप्ति का समय: आवश्यक है।</translation>
    </message>
    <message>
        <source>Occurrence to: cannot be earlier than Occurrence from.</source>
        <translation>घटना (तक): घटना (से) से पहले का नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Information received at: cannot be earlier than the start of the occurrence.</source>
        <translation>सूचना प्राप्ति का समय: घटना के आरंभ से पहले का नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Occurrence from: cannot be in the future.</source>
        <translation>घटना (से): भविष्य का नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Information received at: cannot be in the future.</source>
        <translation>सूचना प्राप्ति का समय: भविष्य का नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Reason for delay: the information came more than 24 hours after the occurrence; record the reason for the delay.</source>
        <translation>विलंब का कारण: सूचना घटना के 24 घंटे से अधिक समय बाद प्राप्त हुई; विलंब का कारण दर्ज करें।</translation>
    </message>
    <message>
        <source>Acts and sections: choose at least one section.</source>
        <translation>अधिनियम और धाराएँ: कम से कम एक धारा चुनें।</translation>
    </message>
    <message>
        <source>Acts and sections: %1 is not in the master data.</source>
        <translation>अधिनियम और धाराएँ: %1 मास्टर डेटा में नहीं है।</translation>
    </message>
    <message>
        <source>Acts and sections: %1 does not apply to an occurrence on %2; offences from 1 July 2024 fall under the BNS, earlier ones under the IPC.</source>
        <translation>अधिनियम और धाराएँ: %1, %2 की घटना पर लागू नहीं होती; 1 जुलाई 2024 से हुए अपराध भारतीय न्याय संहिता (BNS) के अंतर्गत आते हैं, उससे पहले के अपराध भारतीय दंड संहिता (IPC) के अंतर्गत।</translation>
    </message>
    <message>
        <source>Acts and sections: %1 was not in force on %2.</source>
        <translation>अधिनियम और धाराएँ: %1, %2 को प्रवृत्त नहीं थी।</translation>
    </message>
    <message>
        <source>Persons: every complainant, victim and accused must be a recorded person.</source>
        <translation>व्यक्ति: प्रत्येक शिकायतकर्ता, पीड़ित और अभियुक्त अभिलेख में दर्ज व्यक्ति होना चाहिए।</translation>
    </message>
    <message>
        <source>Accused: mark each named accused as known or suspected.</source>
        <translation>अभियुक्त: प्रत्येक नामित अभियुक्त को ज्ञात या संदिग्ध के रूप में चिह्नित करें।</translation>
    </message>
    <message>
        <source>Complainant / informant: exactly one is required.</source>
        <translation>शिकायतकर्ता / सूचनाकर्ता: ठीक एक होना आवश्यक है।</translation>
    </message>
    <message>
        <source>First information: the informant&apos;s account is required.</source>
        <translation>प्रथम सूचना: सूचनाकर्ता का कथन आवश्यक है।</translation>
    </message>
    <message>
        <source>Place of occurrence: is required.</source>
        <translation>घटनास्थल: आवश्यक है।</translation>
    </message>
    <message>
        <source>Distance from the station: must be between 0 and 1000 km.</source>
        <translation>थाने से दूरी: 0 से 1000 कि.मी. के बीच होनी चाहिए।</translation>
    </message>
    <message>
        <source>Value of property: cannot be negative.</source>
        <translation>संपत्ति का मूल्य: ऋणात्मक नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Unknown accused: cannot be negative.</source>
        <translation>अज्ञात अभियुक्त: संख्या ऋणात्मक नहीं हो सकती।</translation>
    </message>
    <message>
        <source>Zero FIR: name the police station or area where the offence occurred, to which the FIR will be transferred.</source>
        <translation>शून्य प्र.सू.रि.: उस थाने या क्षेत्र का नाम लिखें जहाँ अपराध हुआ और जहाँ यह प्र.सू.रि. स्थानांतरित की जाएगी।</translation>
    </message>
    <message>
        <source>Investigating officer: must be an active officer with the IO or SHO role.</source>
        <translation>विवेचना अधिकारी: विवेचना अधिकारी या थाना प्रभारी की भूमिका वाला सक्रिय अधिकारी होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>FirService</name>
    <message>
        <source>Place of occurrence</source>
        <translation>घटनास्थल</translation>
    </message>
    <message>
        <source>Beat</source>
        <translation>बीट</translation>
    </message>
    <message>
        <source>Direction from the station</source>
        <translation>थाने से दिशा</translation>
    </message>
    <message>
        <source>Distance from the station (km)</source>
        <translation>थाने से दूरी (कि.मी.)</translation>
    </message>
    <message>
        <source>Reason for delay</source>
        <translation>विलंब का कारण</translation>
    </message>
    <message>
        <source>Properties involved</source>
        <translation>संबंधित संपत्ति</translation>
    </message>
    <message>
        <source>Value of property (Rs.)</source>
        <translation>संपत्ति का मूल्य (रु.)</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>की गई कार्यवाही</translation>
    </message>
    <message>
        <source>Description of unknown accused</source>
        <translation>अज्ञात अभियुक्तों का विवरण</translation>
    </message>
    <message>
        <source>Section added</source>
        <translation>जोड़ी गई धारा</translation>
    </message>
    <message>
        <source>Your role cannot register FIRs.</source>
        <translation>आपकी भूमिका में प्र.सू.रि. दर्ज करने का अधिकार नहीं है।</translation>
    </message>
    <message>
        <source>Create the station before registering FIRs.</source>
        <translation>प्र.सू.रि. दर्ज करने से पहले थाना सेट अप करें।</translation>
    </message>
    <message>
        <source>GD reference: the FIR must refer to the General Diary entry that recorded the information; write the entry text.</source>
        <translation>जीडी संदर्भ: प्र.सू.रि. में उस सामान्य दैनिकी (जीडी) प्रविष्टि का संदर्भ होना चाहिए जिसमें सूचना दर्ज की गई; प्रविष्टि का पाठ लिखें।</translation>
    </message>
    <message>
        <source>Persons: a person named in the FIR is not on record.</source>
        <translation>व्यक्ति: प्र.सू.रि. में नामित एक व्यक्ति अभिलेख में दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>The FIR cannot be registered:</source>
        <translation>प्र.सू.रि. दर्ज नहीं की जा सकती:</translation>
    </message>
    <message>
        <source>Complaint: the complaint this FIR comes from does not exist.</source>
        <translation>शिकायत: जिस शिकायत से यह प्र.सू.रि. बनी है, वह मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Complaint: an FIR has already been registered on this complaint.</source>
        <translation>शिकायत: इस शिकायत पर पहले ही प्र.सू.रि. दर्ज की जा चुकी है।</translation>
    </message>
    <message>
        <source>%1 registered under %2 on information recorded at %3.</source>
        <translation>%1, %2 के अंतर्गत दर्ज की गई; सूचना %3 में अंकित है।</translation>
    </message>
    <message>
        <source>The FIR does not exist.</source>
        <translation>यह प्र.सू.रि. मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Only the SHO or the case&apos;s investigating officer can amend an FIR.</source>
        <translation>केवल थाना प्रभारी या मामले के विवेचना अधिकारी ही प्र.सू.रि. में संशोधन कर सकते हैं।</translation>
    </message>
    <message>
        <source>Field: %1 cannot be amended; the first information and the parties stand as registered.</source>
        <translation>फ़ील्ड: %1 में संशोधन नहीं किया जा सकता; प्रथम सूचना और पक्षकार उसी रूप में रहेंगे जैसे दर्ज किए गए थे।</translation>
    </message>
    <message>
        <source>Reason for amendment: is required.</source>
        <translation>संशोधन का कारण: आवश्यक है।</translation>
    </message>
    <message>
        <source>New value: is required.</source>
        <translation>नया मान: आवश्यक है।</translation>
    </message>
    <message>
        <source>Acts and sections: %1 is not in the master data.</source>
        <translation>अधिनियम और धाराएँ: %1 मास्टर डेटा में नहीं है।</translation>
    </message>
    <message>
        <source>Acts and sections: %1 does not apply to an occurrence on %2.</source>
        <translation>अधिनियम और धाराएँ: %1, %2 की घटना पर लागू नहीं होती।</translation>
    </message>
    <message>
        <source>Acts and sections: %1 is already on this FIR.</source>
        <translation>अधिनियम और धाराएँ: %1 इस प्र.सू.रि. में पहले से है।</translation>
    </message>
    <message>
        <source>Distance from the station: must be between 0 and 1000 km.</source>
        <translation>थाने से दूरी: 0 से 1000 कि.मी. के बीच होनी चाहिए।</translation>
    </message>
    <message>
        <source>Value of property: must be a whole number of rupees, not negative.</source>
        <translation>संपत्ति का मूल्य: पूर्ण रुपयों में होना चाहिए, ऋणात्मक नहीं।</translation>
    </message>
    <message>
        <source>The amendment cannot be recorded:</source>
        <translation>संशोधन दर्ज नहीं किया जा सकता:</translation>
    </message>
    <message>
        <source>%1 amended: %2 changed to &quot;%3&quot;. Reason: %4</source>
        <translation>%1 में संशोधन: %2 को बदलकर &quot;%3&quot; किया गया। कारण: %4</translation>
    </message>
</context>
<context>
    <name>GdRepository</name>
    <message>
        <source>The diary entry cannot be written:</source>
        <translation>दैनिकी प्रविष्टि नहीं लिखी जा सकती:</translation>
    </message>
    <message>
        <source>Entry text: is required.</source>
        <translation>प्रविष्टि का पाठ: आवश्यक है।</translation>
    </message>
    <message>
        <source>Create the station before writing the diary.</source>
        <translation>दैनिकी लिखने से पहले थाना सेट अप करें।</translation>
    </message>
    <message>
        <source>Administrators manage accounts; the diary is written by station officers.</source>
        <translation>प्रशासक खातों का प्रबंधन करते हैं; दैनिकी थाने के अधिकारी लिखते हैं।</translation>
    </message>
    <message>
        <source>The diary entry to correct does not exist.</source>
        <translation>जिस दैनिकी प्रविष्टि में सुधार करना है, वह मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Correction of %1: %2</source>
        <translation>%1 में सुधार: %2</translation>
    </message>
    <message>
        <source>The correction cannot be written:</source>
        <translation>सुधार नहीं लिखा जा सकता:</translation>
    </message>
    <message>
        <source>Correction text: is required.</source>
        <translation>सुधार का पाठ: आवश्यक है।</translation>
    </message>
</context>
<context>
    <name>MasterData</name>
    <message>
        <source>The acts and sections shipped with Thana are missing from this build.</source>
        <translation>Thana के साथ दिए जाने वाले अधिनियम और धाराएँ इस बिल्ड में नहीं हैं।</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Name: give the name in English or in Devanagari.</source>
        <translation>नाम: नाम अंग्रेज़ी या देवनागरी में दें।</translation>
    </message>
    <message>
        <source>Name (English): use Latin letters, spaces, &apos;.&apos;, &apos;&apos;&apos; and &apos;-&apos; only; write the Devanagari name in its own field.</source>
        <translation>नाम (अंग्रेज़ी): केवल लैटिन अक्षर, रिक्त स्थान, &apos;.&apos;, &apos;&apos;&apos; और &apos;-&apos; का उपयोग करें; देवनागरी नाम उसके अपने फ़ील्ड में लिखें।</translation>
    </message>
    <message>
        <source>Name (Devanagari): use Devanagari letters only.</source>
        <translation>नाम (देवनागरी): केवल देवनागरी अक्षरों का उपयोग करें।</translation>
    </message>
    <message>
        <source>Gender: choose one of the listed values.</source>
        <translation>लिंग: सूची में दिए गए विकल्पों में से एक चुनें।</translation>
    </message>
    <message>
        <source>Date of birth: must be a real date, not in the future and not more than 130 years ago.</source>
        <translation>जन्म तिथि: वास्तविक तिथि होनी चाहिए, जो भविष्य की न हो और 130 वर्ष से अधिक पुरानी न हो।</translation>
    </message>
    <message>
        <source>Age: must be between 0 and 130 years.</source>
        <translation>आयु: 0 से 130 वर्ष के बीच होनी चाहिए।</translation>
    </message>
    <message>
        <source>Phone: a 10-digit mobile number starting with 6-9, or a landline with its STD code.</source>
        <translation>फ़ोन: 6-9 से शुरू होने वाला 10 अंकों का मोबाइल नंबर, या एसटीडी (STD) कोड सहित लैंडलाइन नंबर।</translation>
    </message>
    <message>
        <source>Aadhaar number: 12 digits, not starting with 0 or 1, with a valid check digit.</source>
        <translation>आधार संख्या: 12 अंक, जो 0 या 1 से शुरू न हों, और जिनका जाँच अंक (चेक डिजिट) सही हो।</translation>
    </message>
    <message>
        <source>PAN: five letters, four digits and a letter, e.g. ABCDE1234F.</source>
        <translation>पैन (PAN): पाँच अक्षर, चार अंक और एक अक्षर, जैसे ABCDE1234F।</translation>
    </message>
    <message>
        <source>Identity document: the number is required.</source>
        <translation>पहचान दस्तावेज़: संख्या आवश्यक है।</translation>
    </message>
    <message>
        <source>The person cannot be saved:</source>
        <translation>व्यक्ति का विवरण सहेजा नहीं जा सकता:</translation>
    </message>
</context>
<context>
    <name>StationRepository</name>
    <message>
        <source>%1: is required.</source>
        <translation>%1: आवश्यक है।</translation>
    </message>
    <message>
        <source>State code</source>
        <translation>राज्य कोड</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>ज़िला कोड</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>थाना कोड</translation>
    </message>
    <message>
        <source>Station name (English)</source>
        <translation>थाने का नाम (अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>Station name (local language)</source>
        <translation>थाने का नाम (स्थानीय भाषा)</translation>
    </message>
    <message>
        <source>Station code: use 2 to 20 capital letters, digits and hyphens, e.g. MH-PUN-0421.</source>
        <translation>थाना कोड: 2 से 20 तक अंग्रेज़ी के बड़े (कैपिटल) अक्षर, अंक और हाइफ़न का उपयोग करें, जैसे MH-PUN-0421।</translation>
    </message>
    <message>
        <source>Local language: must be Hindi or Marathi.</source>
        <translation>स्थानीय भाषा: हिन्दी या मराठी होनी चाहिए।</translation>
    </message>
    <message>
        <source>The station cannot be created:</source>
        <translation>थाना सेट अप नहीं किया जा सकता:</translation>
    </message>
    <message>
        <source>This store already belongs to a station.</source>
        <translation>यह डेटा स्टोर पहले से किसी थाने का है।</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>SQLite integrity and foreign keys</source>
        <translation>SQLite अखंडता (integrity) और फ़ॉरेन कीज़</translation>
    </message>
    <message>
        <source>Register numbering</source>
        <translation>रजिस्टर क्रमांकन</translation>
    </message>
    <message>
        <source>General Diary order</source>
        <translation>सामान्य दैनिकी का क्रम</translation>
    </message>
    <message>
        <source>FIR rules</source>
        <translation>प्र.सू.रि. नियम</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>शिकायतें</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>परिवर्तन लॉग</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing row of %3.</source>
        <translation>%2 की पंक्ति %1, %3 की एक अनुपलब्ध पंक्ति को संदर्भित करती है।</translation>
    </message>
    <message>
        <source>Schema version is %1; this program expects %2.</source>
        <translation>स्कीमा संस्करण %1 है; यह प्रोग्राम %2 की अपेक्षा करता है।</translation>
    </message>
    <message>
        <source>The guard %1 that keeps registered records unchangeable is missing.</source>
        <translation>दर्ज अभिलेखों को अपरिवर्तनीय रखने वाला सुरक्षा-गार्ड %1 अनुपलब्ध है।</translation>
    </message>
    <message>
        <source>FIR register</source>
        <translation>प्र.सू.रि. रजिस्टर</translation>
    </message>
    <message>
        <source>General Diary</source>
        <translation>सामान्य दैनिकी (जीडी)</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <translation>शिकायत रजिस्टर</translation>
    </message>
    <message>
        <source>Numbers are not 1 to %1 without gaps: %2 records, numbered %3 to %4.</source>
        <translation>क्रमांक 1 से %1 तक बिना अंतराल के नहीं हैं: %2 अभिलेख, क्रमांक %3 से %4 तक।</translation>
    </message>
    <message>
        <source>The next number to issue (%1) does not follow the last record (%2).</source>
        <translation>जारी किया जाने वाला अगला क्रमांक (%1) अंतिम अभिलेख (%2) के ठीक बाद का नहीं है।</translation>
    </message>
    <message>
        <source>Numbers up to %1 were issued but no record holds them.</source>
        <translation>%1 तक के क्रमांक जारी किए गए, परंतु वे किसी अभिलेख में नहीं हैं।</translation>
    </message>
    <message>
        <source>This entry is timed before the entry numbered before it (%1).</source>
        <translation>इस प्रविष्टि का समय इससे पिछले क्रमांक वाली प्रविष्टि (%1) से पहले का है।</translation>
    </message>
    <message>
        <source>This correction does not refer to an earlier entry.</source>
        <translation>यह सुधार किसी पिछली प्रविष्टि का संदर्भ नहीं देता।</translation>
    </message>
    <message>
        <source>Petition %1/%2</source>
        <translation>प्रार्थना पत्र %1/%2</translation>
    </message>
    <message>
        <source>Marked as registered as an FIR, but no FIR refers to it.</source>
        <translation>प्र.सू.रि. के रूप में दर्ज चिह्नित है, परंतु कोई प्र.सू.रि. इसका संदर्भ नहीं देती।</translation>
    </message>
    <message>
        <source>FIR %1/%2</source>
        <translation>प्र.सू.रि. %1/%2</translation>
    </message>
    <message>
        <source>The complaint this FIR came from is not marked as registered.</source>
        <translation>जिस शिकायत से यह प्र.सू.रि. बनी, वह दर्ज के रूप में चिह्नित नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were written outside the change log and would never reach the State Data Centre.</source>
        <translation>
            <numerusform>%n अभिलेख परिवर्तन लॉग के बाहर लिखा गया और वह कभी राज्य डेटा सेंटर तक नहीं पहुँचेगा।</numerusform>
            <numerusform>%n अभिलेख परिवर्तन लॉग के बाहर लिखे गए और वे कभी राज्य डेटा सेंटर तक नहीं पहुँचेंगे।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitOfWork</name>
    <message>
        <source>The record to change no longer exists.</source>
        <translation>जिस अभिलेख में परिवर्तन करना है, वह अब मौजूद नहीं है।</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Station House Officer</source>
        <translation>थाना प्रभारी</translation>
    </message>
    <message>
        <source>Investigating Officer</source>
        <translation>विवेचना अधिकारी</translation>
    </message>
    <message>
        <source>Writer / Duty Officer</source>
        <translation>लेखक (मुंशी) / ड्यूटी अधिकारी</translation>
    </message>
    <message>
        <source>District Trainer</source>
        <translation>ज़िला प्रशिक्षक</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>प्रशासक</translation>
    </message>
    <message>
        <source>The first user of a station must be its administrator.</source>
        <translation>किसी थाने का पहला उपयोगकर्ता उसका प्रशासक होना चाहिए।</translation>
    </message>
    <message>
        <source>Only an administrator can add users.</source>
        <translation>केवल प्रशासक ही उपयोगकर्ता जोड़ सकता है।</translation>
    </message>
    <message>
        <source>Username: 3 to 32 characters, starting with a letter; letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only.</source>
        <translation>उपयोगकर्ता नाम: 3 से 32 वर्ण, जो किसी अक्षर से शुरू हो; केवल अक्षर, अंक, &apos;.&apos;, &apos;_&apos; और &apos;-&apos;।</translation>
    </message>
    <message>
        <source>Username: %1 is already taken.</source>
        <translation>उपयोगकर्ता नाम: %1 पहले से लिया जा चुका है।</translation>
    </message>
    <message>
        <source>Full name: is required.</source>
        <translation>पूरा नाम: आवश्यक है।</translation>
    </message>
    <message>
        <source>The user cannot be added:</source>
        <translation>उपयोगकर्ता नहीं जोड़ा जा सकता:</translation>
    </message>
    <message>
        <source>The password could not be protected; the user was not added.</source>
        <translation>पासवर्ड सुरक्षित नहीं किया जा सका; उपयोगकर्ता नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <source>Only an administrator can change accounts.</source>
        <translation>केवल प्रशासक ही खातों में परिवर्तन कर सकता है।</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>आप अपना स्वयं का खाता निष्क्रिय नहीं कर सकते।</translation>
    </message>
    <message>
        <source>Only an administrator can set another user&apos;s password.</source>
        <translation>केवल प्रशासक ही किसी अन्य उपयोगकर्ता का पासवर्ड सेट कर सकता है।</translation>
    </message>
    <message>
        <source>The password was not changed:</source>
        <translation>पासवर्ड नहीं बदला गया:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Records of a police station, offline first.</source>
        <translation>पुलिस थाने के अभिलेख, मुख्यतः ऑफ़लाइन।</translation>
    </message>
    <message>
        <source>The station store to open.</source>
        <translation>खोला जाने वाला थाना डेटा स्टोर।</translation>
    </message>
</context>
<context>
    <name>thana::core::Complaint</name>
    <message>
        <source>In person</source>
        <translation>व्यक्तिगत रूप से</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>डाक द्वारा</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>ई-मेल द्वारा</translation>
    </message>
    <message>
        <source>Citizen portal</source>
        <translation>नागरिक पोर्टल पर</translation>
    </message>
    <message>
        <source>112 call</source>
        <translation>112 कॉल पर</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>FIR registered</source>
        <translation>प्र.सू.रि. दर्ज</translation>
    </message>
    <message>
        <source>Non-cognizable report</source>
        <translation>असंज्ञेय रिपोर्ट (NCR)</translation>
    </message>
    <message>
        <source>Under enquiry</source>
        <translation>जाँच के अधीन</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Petition %1/%2</source>
        <translation>प्रार्थना पत्र %1/%2</translation>
    </message>
</context>
<context>
    <name>thana::core::Fir</name>
    <message>
        <source>Oral</source>
        <translation>मौखिक</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>लिखित</translation>
    </message>
    <message>
        <source>e-FIR</source>
        <translation>ई-एफ़आईआर (e-FIR)</translation>
    </message>
    <message>
        <source>FIR %1/%2</source>
        <translation>प्र.सू.रि. %1/%2</translation>
    </message>
</context>
<context>
    <name>thana::core::GdEntry</name>
    <message>
        <source>GD %1/%2</source>
        <translation>जीडी %1/%2</translation>
    </message>
</context>
<context>
    <name>thana::core::Migrations</name>
    <message>
        <source>This station store was written by a newer version of Thana (schema %1; this program knows up to %2). It has not been changed. Install the newer version to open it.</source>
        <translation>यह थाना डेटा स्टोर Thana के नए संस्करण द्वारा लिखा गया है (स्कीमा %1; यह प्रोग्राम केवल %2 तक जानता है)। इसमें कोई परिवर्तन नहीं किया गया है। इसे खोलने के लिए नया संस्करण इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>Upgrading the station store to schema %1 failed; nothing was changed. %2</source>
        <translation>थाना डेटा स्टोर को स्कीमा %1 पर अपग्रेड करना विफल रहा; कुछ भी नहीं बदला गया। %2</translation>
    </message>
</context>
<context>
    <name>thana::core::Password</name>
    <message>
        <source>Password: must be at least 10 characters long.</source>
        <translation>पासवर्ड: कम से कम 10 वर्ण लंबा होना चाहिए।</translation>
    </message>
    <message>
        <source>Password: must contain both letters and digits.</source>
        <translation>पासवर्ड: इसमें अक्षर और अंक दोनों होने चाहिए।</translation>
    </message>
</context>
<context>
    <name>thana::core::Storage</name>
    <message>
        <source>Registered FIRs and General Diary entries cannot be changed or deleted; record an amendment or a correction instead.</source>
        <translation>दर्ज प्र.सू.रि. और सामान्य दैनिकी प्रविष्टियाँ बदली या हटाई नहीं जा सकतीं; इसके स्थान पर संशोधन या सुधार दर्ज करें।</translation>
    </message>
    <message>
        <source>The station store is busy; try again in a moment.</source>
        <translation>थाना डेटा स्टोर व्यस्त है; कुछ क्षण बाद फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>The station store could not complete the operation: %1</source>
        <translation>थाना डेटा स्टोर यह कार्य पूरा नहीं कर सका: %1</translation>
    </message>
</context>
<context>
    <name>thana::ui</name>
    <message>
        <source>Thana</source>
        <translation>Thana</translation>
    </message>
</context>
<context>
    <name>thana::ui::AdminPage</name>
    <message>
        <source>Users of this station</source>
        <translation>इस थाने के उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>उपयोगकर्ता जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>Activate / &amp;deactivate</source>
        <translation>सक्रिय / निष्क्रिय करें (&amp;D)</translation>
    </message>
    <message>
        <source>Only an administrator can add users or change accounts.</source>
        <translation>केवल प्रशासक ही उपयोगकर्ता जोड़ सकता है या खातों में परिवर्तन कर सकता है।</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>परिवर्तन नहीं हुआ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
</context>
<context>
    <name>thana::ui::AmendDialog</name>
    <message>
        <source>Amend FIR</source>
        <translation>प्र.सू.रि. में संशोधन</translation>
    </message>
    <message>
        <source>New value; for a section: BNS 303</source>
        <translation>नया मान; धारा के लिए: BNS 303</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>फ़ील्ड:</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>नया मान:</translation>
    </message>
    <message>
        <source>Reason for amendment:</source>
        <translation>संशोधन का कारण:</translation>
    </message>
</context>
<context>
    <name>thana::ui::ComplaintActionDialog</name>
    <message>
        <source>Action on the complaint</source>
        <translation>शिकायत पर कार्यवाही</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>कार्यवाही:</translation>
    </message>
    <message>
        <source>Reason / details:</source>
        <translation>कारण / विवरण:</translation>
    </message>
</context>
<context>
    <name>thana::ui::ComplaintDialog</name>
    <message>
        <source>Receive a complaint</source>
        <translation>शिकायत प्राप्त करें</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>शिकायतकर्ता</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>प्राप्ति का माध्यम:</translation>
    </message>
    <message>
        <source>Received at:</source>
        <translation>प्राप्ति का समय:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>विषय:</translation>
    </message>
    <message>
        <source>Complaint text:</source>
        <translation>शिकायत का पाठ:</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>सहेजें (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>thana::ui::ComplaintsPage</name>
    <message>
        <source>Filter by subject or complainant  (Ctrl+F)</source>
        <translation>विषय या शिकायतकर्ता से छाँटें  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>सभी शिकायतें</translation>
    </message>
    <message>
        <source>&amp;Receive complaint (Ctrl+N)</source>
        <translation>शिकायत प्राप्त करें (&amp;R) (Ctrl+N)</translation>
    </message>
    <message>
        <source>Register &amp;FIR (Ctrl+R)</source>
        <translation>प्र.सू.रि. दर्ज करें (&amp;F) (Ctrl+R)</translation>
    </message>
    <message>
        <source>Other &amp;action</source>
        <translation>अन्य कार्यवाही (&amp;A)</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>प्रार्थना पत्र</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्ति तिथि</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>शिकायतकर्ता</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्यवाही</translation>
    </message>
    <message>
        <source>%1 has been received and written in the General Diary.</source>
        <translation>%1 प्राप्त कर लिया गया है और सामान्य दैनिकी में दर्ज कर दिया गया है।</translation>
    </message>
    <message>
        <source>FIR already registered</source>
        <translation>प्र.सू.रि. पहले से दर्ज</translation>
    </message>
    <message>
        <source>An FIR has already been registered on this complaint.</source>
        <translation>इस शिकायत पर पहले ही प्र.सू.रि. दर्ज की जा चुकी है।</translation>
    </message>
</context>
<context>
    <name>thana::ui::DashboardPage</name>
    <message>
        <source>FIRs registered in %1</source>
        <translation>%1 में दर्ज प्र.सू.रि.</translation>
    </message>
    <message>
        <source>FIRs in the store</source>
        <translation>डेटा स्टोर में कुल प्र.सू.रि.</translation>
    </message>
    <message>
        <source>Complaints awaiting action</source>
        <translation>कार्यवाही हेतु लंबित शिकायतें</translation>
    </message>
    <message>
        <source>General Diary entries</source>
        <translation>सामान्य दैनिकी प्रविष्टियाँ</translation>
    </message>
</context>
<context>
    <name>thana::ui::FirForm</name>
    <message>
        <source>Register FIR (IIF-I)</source>
        <translation>प्र.सू.रि. दर्ज करें (IIF-I)</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>सूचना</translation>
    </message>
    <message>
        <source>Information received directly: a General Diary entry will record it with the FIR.</source>
        <translation>सीधे प्राप्त सूचना: प्र.सू.रि. के साथ एक सामान्य दैनिकी प्रविष्टि में इसे दर्ज किया जाएगा।</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>स्रोत:</translation>
    </message>
    <message>
        <source>GD entry text:</source>
        <translation>जीडी प्रविष्टि का पाठ:</translation>
    </message>
    <message>
        <source>Information received at:</source>
        <translation>सूचना प्राप्ति का समय:</translation>
    </message>
    <message>
        <source>Type of information:</source>
        <translation>सूचना का प्रकार:</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>North</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>North-East</source>
        <translation>उत्तर-पूर्व</translation>
    </message>
    <message>
        <source>East</source>
        <translation>पूर्व</translation>
    </message>
    <message>
        <source>South-East</source>
        <translation>दक्षिण-पूर्व</translation>
    </message>
    <message>
        <source>South</source>
        <translation>दक्षिण</translation>
    </message>
    <message>
        <source>South-West</source>
        <translation>दक्षिण-पश्चिम</translation>
    </message>
    <message>
        <source>West</source>
        <translation>पश्चिम</translation>
    </message>
    <message>
        <source>North-West</source>
        <translation>उत्तर-पश्चिम</translation>
    </message>
    <message>
        <source> km</source>
        <translation> कि.मी.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>से:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>तक:</translation>
    </message>
    <message>
        <source>Place of occurrence:</source>
        <translation>घटनास्थल:</translation>
    </message>
    <message>
        <source>Beat:</source>
        <translation>बीट:</translation>
    </message>
    <message>
        <source>Direction from the station:</source>
        <translation>थाने से दिशा:</translation>
    </message>
    <message>
        <source>Distance from the station:</source>
        <translation>थाने से दूरी:</translation>
    </message>
    <message>
        <source>Acts and sections</source>
        <translation>अधिनियम और धाराएँ</translation>
    </message>
    <message>
        <source>Add section (Ctrl+K)</source>
        <translation>धारा जोड़ें (Ctrl+K)</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>चयनित हटाएँ</translation>
    </message>
    <message>
        <source>Complainant / informant</source>
        <translation>शिकायतकर्ता / सूचनाकर्ता</translation>
    </message>
    <message>
        <source>Known or suspected accused</source>
        <translation>ज्ञात या संदिग्ध अभियुक्त</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>ज्ञात</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>संदिग्ध</translation>
    </message>
    <message>
        <source>Unknown accused</source>
        <translation>अज्ञात अभियुक्त</translation>
    </message>
    <message>
        <source>Number of unknown accused:</source>
        <translation>अज्ञात अभियुक्तों की संख्या:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>विवरण:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>Rs. </source>
        <translation>रु. </translation>
    </message>
    <message>
        <source>Case registered and investigation taken up.</source>
        <translation>मामला दर्ज कर विवेचना प्रारंभ की गई।</translation>
    </message>
    <message>
        <source>(to be assigned)</source>
        <translation>(आवंटित किया जाना है)</translation>
    </message>
    <message>
        <source>Zero FIR: the offence occurred outside this station&apos;s area</source>
        <translation>शून्य प्र.सू.रि.: अपराध इस थाने के क्षेत्र के बाहर हुआ</translation>
    </message>
    <message>
        <source>Reason for delay in reporting:</source>
        <translation>सूचना देने में विलंब का कारण:</translation>
    </message>
    <message>
        <source>Properties involved:</source>
        <translation>संबंधित संपत्ति:</translation>
    </message>
    <message>
        <source>Value of property:</source>
        <translation>संपत्ति का मूल्य:</translation>
    </message>
    <message>
        <source>First information (informant&apos;s words):</source>
        <translation>प्रथम सूचना (सूचनाकर्ता के शब्दों में):</translation>
    </message>
    <message>
        <source>Action taken:</source>
        <translation>की गई कार्यवाही:</translation>
    </message>
    <message>
        <source>Investigating officer:</source>
        <translation>विवेचना अधिकारी:</translation>
    </message>
    <message>
        <source>Station or area where it occurred:</source>
        <translation>थाना या क्षेत्र जहाँ घटना हुई:</translation>
    </message>
    <message>
        <source>Register FIR (Ctrl+S)</source>
        <translation>प्र.सू.रि. दर्ज करें (Ctrl+S)</translation>
    </message>
    <message>
        <source>%1, recorded in %2: %3</source>
        <translation>%1, %2 में दर्ज: %3</translation>
    </message>
    <message>
        <source>Complainant / informant: %1</source>
        <translation>शिकायतकर्ता / सूचनाकर्ता: %1</translation>
    </message>
    <message>
        <source>Sexual offence: the victim&apos;s identity will be withheld</source>
        <translation>यौन अपराध: पीड़ित की पहचान गोपनीय रखी जाएगी</translation>
    </message>
</context>
<context>
    <name>thana::ui::FirView</name>
    <message>
        <source>&amp;Print (Ctrl+P)</source>
        <translation>प्रिंट करें (&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF</source>
        <translation>PDF के रूप में सहेजें (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>संशोधन करें (&amp;A)</translation>
    </message>
    <message>
        <source>Save FIR copy as PDF</source>
        <translation>प्र.सू.रि. की प्रति PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF को %1 में नहीं लिखा जा सका।</translation>
    </message>
    <message>
        <source>This FIR is not in the store.</source>
        <translation>यह प्र.सू.रि. डेटा स्टोर में नहीं है।</translation>
    </message>
    <message>
        <source>FIR %1-%2 %3</source>
        <translation>प्र.सू.रि. %1-%2 %3</translation>
    </message>
</context>
<context>
    <name>thana::ui::FirsPage</name>
    <message>
        <source>FIR number (17 or 17/2026), section (BNS 303), complainant or place  (Ctrl+F)</source>
        <translation>प्र.सू.रि. संख्या (17 या 17/2026), धारा (BNS 303), शिकायतकर्ता या स्थान  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>सभी वर्ष</translation>
    </message>
    <message>
        <source>Register FIR on &amp;direct information (Ctrl+N)</source>
        <translation>सीधी सूचना पर प्र.सू.रि. दर्ज करें (&amp;D) (Ctrl+N)</translation>
    </message>
    <message>
        <source>FIR No.</source>
        <translation>प्र.सू.रि. सं.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>दर्ज तिथि</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>धाराएँ</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>शिकायतकर्ता</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation>विवेचना अधिकारी</translation>
    </message>
    <message>
        <source>Enter or double-click opens the FIR. Names of victims of sexual offences are withheld from officers not working the case.</source>
        <translation>Enter दबाने या डबल-क्लिक करने पर प्र.सू.रि. खुलती है। यौन अपराधों के पीड़ितों के नाम उन अधिकारियों से गोपनीय रखे जाते हैं जो इस मामले पर कार्य नहीं कर रहे हैं।</translation>
    </message>
</context>
<context>
    <name>thana::ui::FirstRunWizard</name>
    <message>
        <source>Set up this police station</source>
        <translation>इस पुलिस थाने को सेट अप करें</translation>
    </message>
    <message>
        <source>Welcome to Thana</source>
        <translation>Thana में आपका स्वागत है</translation>
    </message>
    <message>
        <source>This store is new. In three short steps you will record the police station it belongs to, create your administrator account, and the account of the Station House Officer. Everything works without a network; records reach the State Data Centre when a link is available.</source>
        <translation>यह डेटा स्टोर नया है। तीन छोटे चरणों में आप वह पुलिस थाना दर्ज करेंगे जिसका यह स्टोर है, अपना प्रशासक खाता बनाएँगे, और थाना प्रभारी का खाता बनाएँगे। सब कुछ बिना नेटवर्क के काम करता है; कनेक्शन उपलब्ध होने पर अभिलेख राज्य डेटा सेंटर तक पहुँच जाते हैं।</translation>
    </message>
    <message>
        <source>The police station</source>
        <translation>पुलिस थाना</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>हिन्दी</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>मराठी</translation>
    </message>
    <message>
        <source>State code:</source>
        <translation>राज्य कोड:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>राज्य:</translation>
    </message>
    <message>
        <source>District code:</source>
        <translation>ज़िला कोड:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>ज़िला:</translation>
    </message>
    <message>
        <source>Station code:</source>
        <translation>थाना कोड:</translation>
    </message>
    <message>
        <source>Station name (English):</source>
        <translation>थाने का नाम (अंग्रेज़ी):</translation>
    </message>
    <message>
        <source>Station name (local language):</source>
        <translation>थाने का नाम (स्थानीय भाषा):</translation>
    </message>
    <message>
        <source>Local language:</source>
        <translation>स्थानीय भाषा:</translation>
    </message>
    <message>
        <source>Your administrator account</source>
        <translation>आपका प्रशासक खाता</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>उपयोगकर्ता नाम:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>पूरा नाम:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>पासवर्ड:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>पासवर्ड दोबारा:</translation>
    </message>
    <message>
        <source>The Station House Officer</source>
        <translation>थाना प्रभारी</translation>
    </message>
    <message>
        <source>Investigating officers, writers and trainers can be added later under Administration.</source>
        <translation>विवेचना अधिकारी, लेखक (मुंशी) और प्रशिक्षक बाद में प्रशासन के अंतर्गत जोड़े जा सकते हैं।</translation>
    </message>
    <message>
        <source>Police Inspector</source>
        <translation>पुलिस निरीक्षक</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>पद:</translation>
    </message>
    <message>
        <source>Password again: the two passwords differ.</source>
        <translation>पासवर्ड दोबारा: दोनों पासवर्ड अलग-अलग हैं।</translation>
    </message>
</context>
<context>
    <name>thana::ui::GdEntryDialog</name>
    <message>
        <source>New General Diary entry</source>
        <translation>नई सामान्य दैनिकी प्रविष्टि</translation>
    </message>
    <message>
        <source>General</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>रवानगी</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>आमद (वापसी)</translation>
    </message>
    <message>
        <source>Information received</source>
        <translation>सूचना प्राप्ति</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>हिरासत</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>प्रकार:</translation>
    </message>
    <message>
        <source>Correct a General Diary entry</source>
        <translation>सामान्य दैनिकी प्रविष्टि में सुधार</translation>
    </message>
    <message>
        <source>Entry corrected:</source>
        <translation>सुधारी जा रही प्रविष्टि:</translation>
    </message>
    <message>
        <source>The original entry stays as written; the correction is a new entry that refers to it.</source>
        <translation>मूल प्रविष्टि जैसी लिखी गई थी वैसी ही रहती है; सुधार एक नई प्रविष्टि है जो उसका संदर्भ देती है।</translation>
    </message>
    <message>
        <source>Entry text:</source>
        <translation>प्रविष्टि का पाठ:</translation>
    </message>
</context>
<context>
    <name>thana::ui::GdPage</name>
    <message>
        <source>Filter entries by their text  (Ctrl+F)</source>
        <translation>प्रविष्टियों को उनके पाठ से छाँटें  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New entry (Ctrl+N)</source>
        <translation>नई प्रविष्टि (&amp;N) (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Correct selected entry</source>
        <translation>चयनित प्रविष्टि में सुधार करें (&amp;C)</translation>
    </message>
    <message>
        <source>GD No.</source>
        <translation>जीडी सं.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>प्रविष्टि</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>अधिकारी</translation>
    </message>
</context>
<context>
    <name>thana::ui::LoginDialog</name>
    <message>
        <source>Thana - Log in</source>
        <translation>Thana - लॉग इन</translation>
    </message>
    <message>
        <source>Station code %1, %2</source>
        <translation>थाना कोड %1, %2</translation>
    </message>
    <message>
        <source>Practice station: the records here are training data.</source>
        <translation>अभ्यास थाना: यहाँ के अभिलेख प्रशिक्षण डेटा हैं।</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>उपयोगकर्ता नाम (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड (&amp;P):</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>लॉग इन करें</translation>
    </message>
</context>
<context>
    <name>thana::ui::MainWindow</name>
    <message>
        <source>Thana - %1 (%2)</source>
        <translation>Thana - %1 (%2)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>शिकायतें</translation>
    </message>
    <message>
        <source>General Diary</source>
        <translation>सामान्य दैनिकी (जीडी)</translation>
    </message>
    <message>
        <source>FIRs</source>
        <translation>प्र.सू.रि. (FIR)</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>प्रशासन</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Practice station: training data only</source>
        <translation>अभ्यास थाना: केवल प्रशिक्षण डेटा</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Thana</source>
        <translation>Thana के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>About Thana</source>
        <translation>Thana के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Thana&lt;/h3&gt;&lt;p&gt;Records of the police station: complaints, General Diary and FIRs, kept on this computer and working without a network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Thana&lt;/h3&gt;&lt;p&gt;पुलिस थाने के अभिलेख: शिकायतें, सामान्य दैनिकी और प्र.सू.रि., जो इसी कंप्यूटर पर रखे जाते हैं और बिना नेटवर्क के काम करते हैं।&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>thana::ui::PersonEditor</name>
    <message>
        <source>Father</source>
        <translation>पिता</translation>
    </message>
    <message>
        <source>Husband</source>
        <translation>पति</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>माता</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>अभिभावक</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <source>Transgender</source>
        <translation>ट्रांसजेंडर</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>ज्ञात नहीं</translation>
    </message>
    <message>
        <source> years</source>
        <translation> वर्ष</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Aadhaar</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>Voter ID</source>
        <translation>मतदाता पहचान पत्र</translation>
    </message>
    <message>
        <source>PAN</source>
        <translation>पैन (PAN)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>पासपोर्ट</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>ड्राइविंग लाइसेंस</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>नाम (अंग्रेज़ी):</translation>
    </message>
    <message>
        <source>Name (Devanagari):</source>
        <translation>नाम (देवनागरी):</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>संबंध:</translation>
    </message>
    <message>
        <source>Relative&apos;s name:</source>
        <translation>संबंधी का नाम:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>लिंग:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>आयु:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>फ़ोन:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>पता:</translation>
    </message>
    <message>
        <source>Identity document:</source>
        <translation>पहचान दस्तावेज़:</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>दस्तावेज़ संख्या:</translation>
    </message>
</context>
<context>
    <name>thana::ui::PersonPicker</name>
    <message>
        <source>New person</source>
        <translation>नया व्यक्ति</translation>
    </message>
    <message>
        <source>Person already on record</source>
        <translation>पहले से दर्ज व्यक्ति</translation>
    </message>
    <message>
        <source>Search by name (English or Devanagari) or phone</source>
        <translation>नाम (अंग्रेज़ी या देवनागरी) या फ़ोन से खोजें</translation>
    </message>
    <message>
        <source>, relative: %1</source>
        <translation>, संबंधी: %1</translation>
    </message>
</context>
<context>
    <name>thana::ui::PersonsPage</name>
    <message>
        <source>Search persons by any part of a name (English or Devanagari) or a phone number  (Ctrl+F)</source>
        <translation>नाम के किसी भी भाग (अंग्रेज़ी या देवनागरी) या फ़ोन नंबर से व्यक्ति खोजें  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>नया व्यक्ति (&amp;N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>संबंधी</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>आयु</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Enter on a row corrects the person&apos;s particulars.</source>
        <translation>किसी पंक्ति पर Enter दबाकर उस व्यक्ति के विवरण में सुधार करें।</translation>
    </message>
    <message>
        <source>Correct person&apos;s particulars</source>
        <translation>व्यक्ति के विवरण में सुधार</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>नया व्यक्ति</translation>
    </message>
</context>
<context>
    <name>thana::ui::SectionPicker</name>
    <message>
        <source>Choose acts and sections</source>
        <translation>अधिनियम और धाराएँ चुनें</translation>
    </message>
    <message>
        <source>Occurrence on %1: sections of the %2 and of the special acts in force apply.</source>
        <translation>%1 की घटना: %2 की तथा प्रवृत्त विशेष अधिनियमों की धाराएँ लागू होती हैं।</translation>
    </message>
    <message>
        <source>Section number (303, BNS 303, NDPS 20) or words (theft, cheating)</source>
        <translation>धारा संख्या (303, BNS 303, NDPS 20) या शब्द (theft, cheating)</translation>
    </message>
    <message>
        <source>Add selected</source>
        <translation>चयनित जोड़ें</translation>
    </message>
    <message>
        <source>Sexual offence: the victim&apos;s identity will be withheld</source>
        <translation>यौन अपराध: पीड़ित की पहचान गोपनीय रखी जाएगी</translation>
    </message>
</context>
<context>
    <name>thana::ui::UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>उपयोगकर्ता जोड़ें</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>उपयोगकर्ता नाम:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>पूरा नाम:</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>पद:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>भूमिका:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>पासवर्ड:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>पासवर्ड दोबारा:</translation>
    </message>
    <message>
        <source>Password again: the two passwords differ.</source>
        <translation>पासवर्ड दोबारा: दोनों पासवर्ड अलग-अलग हैं।</translation>
    </message>
</context>
<context>
    <name>thanactl</name>
    <message>
        <source>Run &quot;thanactl %1 --help&quot; for its options.</source>
        <translation>इसके विकल्पों के लिए &quot;thanactl %1 --help&quot; चलाएँ।</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>यह सहायता दिखाएँ।</translation>
    </message>
    <message>
        <source>The station store (a file).</source>
        <translation>थाना डेटा स्टोर (एक फ़ाइल)।</translation>
    </message>
    <message>
        <source>State code, e.g. MH.</source>
        <translation>राज्य कोड, जैसे MH।</translation>
    </message>
    <message>
        <source>State name, e.g. Maharashtra.</source>
        <translation>राज्य का नाम, जैसे Maharashtra।</translation>
    </message>
    <message>
        <source>District code, e.g. PUN.</source>
        <translation>ज़िला कोड, जैसे PUN।</translation>
    </message>
    <message>
        <source>District name, e.g. Pune City.</source>
        <translation>ज़िले का नाम, जैसे Pune City।</translation>
    </message>
    <message>
        <source>Station code issued by the state, e.g. MH-PUN-0421.</source>
        <translation>राज्य द्वारा जारी थाना कोड, जैसे MH-PUN-0421।</translation>
    </message>
    <message>
        <source>Station name in English.</source>
        <translation>थाने का नाम अंग्रेज़ी में।</translation>
    </message>
    <message>
        <source>Station name in the local language, in Devanagari.</source>
        <translation>थाने का नाम स्थानीय भाषा में, देवनागरी लिपि में।</translation>
    </message>
    <message>
        <source>Local language of registers and copies: hi or mr.</source>
        <translation>रजिस्टरों और प्रतियों की स्थानीय भाषा: hi या mr।</translation>
    </message>
    <message>
        <source>A practice station for classes; never synchronised.</source>
        <translation>प्रशिक्षण कक्षाओं के लिए अभ्यास थाना; इसका डेटा कभी सिंक्रनाइज़ नहीं होता।</translation>
    </message>
    <message>
        <source>User name of the first administrator.</source>
        <translation>पहले प्रशासक का उपयोगकर्ता नाम।</translation>
    </message>
    <message>
        <source>Full name of the first administrator.</source>
        <translation>पहले प्रशासक का पूरा नाम।</translation>
    </message>
    <message>
        <source>Creates a new station store with its station and first administrator. The administrator&apos;s password is read from standard input.</source>
        <translation>थाने और पहले प्रशासक सहित नया थाना डेटा स्टोर बनाता है। प्रशासक का पासवर्ड मानक इनपुट (standard input) से पढ़ा जाता है।</translation>
    </message>
    <message>
        <source>--db: the store to create is required.</source>
        <translation>--db: बनाया जाने वाला डेटा स्टोर बताना आवश्यक है।</translation>
    </message>
    <message>
        <source>%1 already exists; init creates new stores only and leaves existing ones alone.</source>
        <translation>%1 पहले से मौजूद है; init केवल नए डेटा स्टोर बनाता है और मौजूदा डेटा स्टोर में कोई परिवर्तन नहीं करता।</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 के लिए पासवर्ड:</translation>
    </message>
    <message>
        <source>Created %1 (%2) in %3 with administrator %4.</source>
        <translation>थाना %1 (%2) %3 में बनाया गया; प्रशासक: %4।</translation>
    </message>
    <message>
        <source>How many days of records to make (default 365).</source>
        <translation>कितने दिनों के अभिलेख बनाने हैं (डिफ़ॉल्ट 365)।</translation>
    </message>
    <message>
        <source>The last day of the records, YYYY-MM-DD (default today).</source>
        <translation>अभिलेखों का अंतिम दिन, YYYY-MM-DD (डिफ़ॉल्ट आज)।</translation>
    </message>
    <message>
        <source>Seed of the generator; the same seed makes the same station.</source>
        <translation>जनरेटर का सीड (seed); एक ही सीड से हर बार वही थाना बनता है।</translation>
    </message>
    <message>
        <source>Do not report progress.</source>
        <translation>प्रगति न दिखाएँ।</translation>
    </message>
    <message>
        <source>Creates a practice station with realistic records: officers, complainants with Hindi and English names, complaints, General Diary entries and FIRs. Every account&apos;s password is %1.</source>
        <translation>वास्तविक जैसे अभिलेखों सहित एक अभ्यास थाना बनाता है: अधिकारी, हिन्दी और अंग्रेज़ी नामों वाले शिकायतकर्ता, शिकायतें, सामान्य दैनिकी (जीडी) प्रविष्टियाँ और प्रथम सूचना रिपोर्ट (FIR)। हर खाते का पासवर्ड %1 है।</translation>
    </message>
    <message>
        <source>--days: must be a whole number from 1 to 3660.</source>
        <translation>--days: 1 से 3660 तक की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>--seed: must be a whole number.</source>
        <translation>--seed: पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>--last-day: must be a date written YYYY-MM-DD.</source>
        <translation>--last-day: YYYY-MM-DD रूप में लिखी गई तिथि होनी चाहिए।</translation>
    </message>
    <message>
        <source>%1 already exists; demo creates new stores only and leaves existing ones alone.</source>
        <translation>%1 पहले से मौजूद है; demo केवल नए डेटा स्टोर बनाता है और मौजूदा डेटा स्टोर में कोई परिवर्तन नहीं करता।</translation>
    </message>
    <message>
        <source>Making records: %1%</source>
        <translation>अभिलेख बनाए जा रहे हैं: %1%</translation>
    </message>
    <message>
        <source>Made a practice station in %1 in %2 s. Log in as sho, io.patil or admin with the password %3.</source>
        <translation>%1 में अभ्यास थाना %2 सेकंड में बनाया गया। पासवर्ड %3 से sho, io.patil या admin के रूप में लॉग इन करें।</translation>
    </message>
    <message>
        <source>Report each check as it starts.</source>
        <translation>प्रत्येक जाँच शुरू होते ही उसकी सूचना दें।</translation>
    </message>
    <message>
        <source>Checks a whole store: SQLite&apos;s integrity and foreign keys, then every rule over every record. Prints each finding; the exit status is 0 only when the store is clean.</source>
        <translation>पूरे डेटा स्टोर की जाँच करता है: पहले SQLite की अखंडता (integrity) और फ़ॉरेन कीज़, फिर प्रत्येक अभिलेख पर प्रत्येक नियम। मिली हर समस्या दिखाता है; निकास स्थिति (exit status) तभी 0 होती है जब डेटा स्टोर में कोई समस्या न हो।</translation>
    </message>
    <message>
        <source>--db: the store to check is required.</source>
        <translation>--db: जाँचा जाने वाला डेटा स्टोर बताना आवश्यक है।</translation>
    </message>
    <message>
        <source>%1: the store is clean.</source>
        <translation>%1: डेटा स्टोर में कोई समस्या नहीं मिली।</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s).</source>
        <translation>
            <numerusform>%1: %n समस्या मिली।</numerusform>
            <numerusform>%1: %n समस्याएँ मिलीं।</numerusform>
        </translation>
    </message>
    <message>
        <source>The administrator adding the user.</source>
        <translation>उपयोगकर्ता जोड़ने वाला प्रशासक।</translation>
    </message>
    <message>
        <source>The new user&apos;s log-in name.</source>
        <translation>नए उपयोगकर्ता का उपयोगकर्ता नाम (लॉग इन नाम)।</translation>
    </message>
    <message>
        <source>The new user&apos;s full name.</source>
        <translation>नए उपयोगकर्ता का पूरा नाम।</translation>
    </message>
    <message>
        <source>Rank, e.g. PSI.</source>
        <translation>पद, जैसे PSI।</translation>
    </message>
    <message>
        <source>One of sho, io, writer, trainer, admin.</source>
        <translation>sho, io, writer, trainer, admin में से एक।</translation>
    </message>
    <message>
        <source>Adds a user. Standard input gives two lines: the administrator&apos;s password, then the new user&apos;s password.</source>
        <translation>एक उपयोगकर्ता जोड़ता है। मानक इनपुट (standard input) से दो पंक्तियाँ दी जाती हैं: पहले प्रशासक का पासवर्ड, फिर नए उपयोगकर्ता का पासवर्ड।</translation>
    </message>
    <message>
        <source>--db: the store is required.</source>
        <translation>--db: डेटा स्टोर बताना आवश्यक है।</translation>
    </message>
    <message>
        <source>--as: the administrator adding the user is required.</source>
        <translation>--as: उपयोगकर्ता जोड़ने वाले प्रशासक का नाम आवश्यक है।</translation>
    </message>
    <message>
        <source>--role: must be one of sho, io, writer, trainer, admin.</source>
        <translation>--role: sho, io, writer, trainer, admin में से एक होना चाहिए।</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>%1 का पासवर्ड:</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation>%1 (%2) को %3 के रूप में जोड़ा गया।</translation>
    </message>
    <message>
        <source>Lists the store&apos;s users: log-in name, role, full name and whether active.</source>
        <translation>डेटा स्टोर के उपयोगकर्ताओं की सूची दिखाता है: उपयोगकर्ता नाम, भूमिका, पूरा नाम और खाता सक्रिय है या नहीं।</translation>
    </message>
    <message>
        <source>active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Usage: thanactl COMMAND [options]

Commands:
  init        create a new station store
  demo        create a practice station with a year of records
  check       check a store&apos;s integrity and every rule over its records
  user add    add a user
  user list   list the users

&quot;thanactl COMMAND --help&quot; shows a command&apos;s options.
Exit status: 0 done, 1 failed or problems found, 2 wrong command line.
</source>
        <translation>उपयोग: thanactl COMMAND [options]

कमांड:
  init        नया थाना डेटा स्टोर बनाएँ
  demo        एक वर्ष के अभिलेखों सहित अभ्यास थाना बनाएँ
  check       डेटा स्टोर की अखंडता और उसके अभिलेखों पर प्रत्येक नियम की जाँच करें
  user add    उपयोगकर्ता जोड़ें
  user list   उपयोगकर्ताओं की सूची दिखाएँ

&quot;thanactl COMMAND --help&quot; किसी कमांड के विकल्प दिखाता है।
निकास स्थिति (exit status): 0 सफल, 1 विफल या समस्याएँ मिलीं, 2 गलत कमांड लाइन।
</translation>
    </message>
    <message>
        <source>user: say &quot;user add&quot; or &quot;user list&quot;.</source>
        <translation>user: &quot;user add&quot; या &quot;user list&quot; लिखें।</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>अज्ञात कमांड &quot;%1&quot;।</translation>
    </message>
</context>
</TS>
