<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mr_IN">
<context>
    <name>AuthService</name>
    <message>
        <source>The username or password is wrong.</source>
        <translation>वापरकर्तानाव किंवा पासवर्ड चुकीचा आहे.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask the station&apos;s administrator.</source>
        <translation>हे खाते निष्क्रिय करण्यात आले आहे. ठाण्याच्या प्रशासकाशी संपर्क साधा.</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after %1 wrong passwords. Try again in %n minute(s).</source>
        <translation>
            <numerusform>%1 वेळा चुकीचा पासवर्ड दिल्यामुळे हे खाते लॉक झाले आहे. %n मिनिटानंतर पुन्हा प्रयत्न करा.</numerusform>
            <numerusform>%1 वेळा चुकीचा पासवर्ड दिल्यामुळे हे खाते लॉक झाले आहे. %n मिनिटांनंतर पुन्हा प्रयत्न करा.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is now locked for %1 minutes after %2 wrong passwords.</source>
        <translation>%2 वेळा चुकीचा पासवर्ड दिल्यामुळे हे खाते आता %1 मिनिटांसाठी लॉक झाले आहे.</translation>
    </message>
</context>
<context>
    <name>ComplaintRepository</name>
    <message>
        <source>Create the station before receiving complaints.</source>
        <translation>तक्रारी स्वीकारण्यापूर्वी पोलीस ठाण्याची नोंद तयार करा.</translation>
    </message>
    <message>
        <source>Your role cannot receive complaints.</source>
        <translation>तुमच्या भूमिकेला तक्रारी स्वीकारण्याचा अधिकार नाही.</translation>
    </message>
    <message>
        <source>Received at: cannot be in the future.</source>
        <translation>प्राप्त झाल्याची वेळ: भविष्यातील असू शकत नाही.</translation>
    </message>
    <message>
        <source>Subject: is required.</source>
        <translation>विषय: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Complaint text: is required.</source>
        <translation>तक्रारीचा मजकूर: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Complainant: choose a person or enter the complainant&apos;s details.</source>
        <translation>तक्रारदार: व्यक्ती निवडा किंवा तक्रारदाराचा तपशील भरा.</translation>
    </message>
    <message>
        <source>The complaint cannot be received:</source>
        <translation>तक्रार स्वीकारता येत नाही:</translation>
    </message>
    <message>
        <source>The complaint does not exist.</source>
        <translation>ही तक्रार अस्तित्वात नाही.</translation>
    </message>
    <message>
        <source>Your role cannot act on complaints.</source>
        <translation>तुमच्या भूमिकेला तक्रारींवर कार्यवाही करण्याचा अधिकार नाही.</translation>
    </message>
    <message>
        <source>Register the FIR from the complaint; the complaint is then marked.</source>
        <translation>तक्रारीवरूनच प्रथम खबर अहवाल (FIR) नोंदवा; त्यानंतर तक्रारीवर तशी नोंद आपोआप होते.</translation>
    </message>
    <message>
        <source>Action: an FIR has been registered on this complaint; its action cannot change.</source>
        <translation>कार्यवाही: या तक्रारीवर प्रथम खबर अहवाल (FIR) नोंदवला गेला आहे; तिची कार्यवाही बदलता येत नाही.</translation>
    </message>
    <message>
        <source>The action cannot be recorded:</source>
        <translation>कार्यवाही नोंदवता येत नाही:</translation>
    </message>
    <message>
        <source>Reason / details: required when a complaint is closed, sent for enquiry or recorded as a non-cognizable report.</source>
        <translation>कारण / तपशील: तक्रार बंद करताना, चौकशीसाठी पाठवताना किंवा अदखलपात्र गुन्हा (NC) म्हणून नोंदवताना आवश्यक आहे.</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>%1 received %2: %3</source>
        <translation>%1 %2 प्राप्त झाला: %3</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no station store at %1.</source>
        <translation>%1 येथे ठाण्याचा डेटा संग्रह नाही.</translation>
    </message>
    <message>
        <source>The station store %1 could not be opened: %2</source>
        <translation>ठाण्याचा डेटा संग्रह %1 उघडता आला नाही: %2</translation>
    </message>
    <message>
        <source>%1 is not a Thana station store: %2</source>
        <translation>%1 हा Thana चा ठाणे डेटा संग्रह नाही: %2</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Thana station store; it has not been changed.</source>
        <translation>%1 हा दुसऱ्या प्रोग्रामचा डेटाबेस आहे, Thana चा ठाणे डेटा संग्रह नाही; त्यात कोणताही बदल केलेला नाही.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>This store already has a station; demo data goes only into a new store.</source>
        <translation>या डेटा संग्रहात आधीच पोलीस ठाणे आहे; नमुना (डेमो) डेटा फक्त नवीन डेटा संग्रहात टाकता येतो.</translation>
    </message>
    <message>
        <source>The shipped master data lacks the common sections the demo uses.</source>
        <translation>सोबत दिलेल्या मास्टर डेटामध्ये डेमोसाठी लागणारी नेहमीची कलमे नाहीत.</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>[identity withheld: BNS s.72]</source>
        <translation>[ओळख गोपनीय: भा.न्या.सं. कलम 72]</translation>
    </message>
</context>
<context>
    <name>FirRules</name>
    <message>
        <source>GD reference: the FIR must refer to the General Diary entry that recorded the information.</source>
        <translation>स्टेशन डायरी (जीडी) संदर्भ: माहिती ज्या स्टेशन डायरी (जीडी) नोंदीत नोंदवली गेली, त्या नोंदीचा संदर्भ प्रथम खबर अहवाल (FIR) मध्ये असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>GD reference: the FIR cannot be dated before the GD entry that recorded it (%1 at %2).</source>
        <translation>स्टेशन डायरी (जीडी) संदर्भ: प्रथम खबर अहवाल (FIR) चा दिनांक, माहिती नोंदवणाऱ्या जीडी नोंदीच्या आधीचा असू शकत नाही (%1, दिनांक व वेळ %2).</translation>
    </message>
    <message>
        <source>Information received at: cannot be later than the GD entry that recorded it (%1 at %2).</source>
        <translation>माहिती मिळाल्याची वेळ: ती नोंदवणाऱ्या जीडी नोंदीनंतरची असू शकत नाही (%1, दिनांक व वेळ %2).</translation>
    </message>
    <message>
        <source>Occurrence from: is required.</source>
        <translation>घटना (पासून): आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Occurrence to: is required.</source>
        <translation>घटना (पर्यंत): आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Information received at: is required.</source>
        <translation>माहिती मिळाल्याची वेळ: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Occurrence to: cannot be earlier than Occurrence from.</source>
        <translation>घटना (पर्यंत): घटना (पासून) च्या आधीची असू शकत नाही.</translation>
    </message>
    <message>
        <source>Information received at: cannot be earlier than the start of the occurrence.</source>
        <translation>माहिती मिळाल्याची वेळ: घटनेच्या सुरुवातीच्या आधीची असू शकत नाही.</translation>
    </message>
    <message>
        <source>Occurrence from: cannot be in the future.</source>
        <translation>घटना (पासून): भविष्यातील असू शकत नाही.</translation>
    </message>
    <message>
        <source>Information received at: cannot be in the future.</source>
        <translation>माहिती मिळाल्याची वेळ: भविष्यातील असू शकत नाही.</translation>
    </message>
    <message>
        <source>Reason for delay: the information came more than 24 hours after the occurrence; record the reason for the delay.</source>
        <translation>विलंबाचे कारण: माहिती घटनेनंतर 24 तासांहून अधिक काळाने मिळाली आहे; विलंबाचे कारण नोंदवा.</translation>
    </message>
    <message>
        <source>Acts and sections: choose at least one section.</source>
        <translation>अधिनियम व कलमे: किमान एक कलम निवडा.</translation>
    </message>
    <message>
        <source>Acts and sections: %1 is not in the master data.</source>
        <translation>अधिनियम व कलमे: %1 मास्टर डेटामध्ये नाही.</translation>
    </message>
    <message>
        <source>Acts and sections: %1 does not apply to an occurrence on %2; offences from 1 July 2024 fall under the BNS, earlier ones under the IPC.</source>
        <translation>अधिनियम व कलमे: %2 रोजीच्या घटनेला %1 लागू होत नाही; 1 जुलै 2024 पासूनचे गुन्हे भारतीय न्याय संहिता (BNS) अंतर्गत आणि त्यापूर्वीचे भारतीय दंड संहिता (IPC) अंतर्गत येतात.</translation>
    </message>
    <message>
        <source>Acts and sections: %1 was not in force on %2.</source>
        <translation>अधिनियम व कलमे: %2 रोजी %1 अंमलात नव्हते.</translation>
    </message>
    <message>
        <source>Persons: every complainant, victim and accused must be a recorded person.</source>
        <translation>व्यक्ती: प्रत्येक तक्रारदार, पीडित व आरोपी ही नोंद असलेली व्यक्ती असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Accused: mark each named accused as known or suspected.</source>
        <translation>आरोपी: नाव दिलेल्या प्रत्येक आरोपीला ज्ञात किंवा संशयित म्हणून चिन्हांकित करा.</translation>
    </message>
    <message>
        <source>Complainant / informant: exactly one is required.</source>
        <translation>तक्रारदार / माहिती देणारा: नेमका एकच असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>First information: the informant&apos;s account is required.</source>
        <translation>प्रथम खबर: माहिती देणाऱ्याचे कथन आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Place of occurrence: is required.</source>
        <translation>घटनास्थळ: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Distance from the station: must be between 0 and 1000 km.</source>
        <translation>पोलीस ठाण्यापासून अंतर: 0 ते 1000 किमी दरम्यान असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Value of property: cannot be negative.</source>
        <translation>मालमत्तेचे मूल्य: ऋण (उणे) असू शकत नाही.</translation>
    </message>
    <message>
        <source>Unknown accused: cannot be negative.</source>
        <translation>अज्ञात आरोपी: ऋण (उणे) असू शकत नाही.</translation>
    </message>
    <message>
        <source>Zero FIR: name the police station or area where the offence occurred, to which the FIR will be transferred.</source>
        <translation>शून्य प्रथम खबर अहवाल (Zero FIR): गुन्हा ज्या पोलीस ठाण्याच्या हद्दीत किंवा क्षेत्रात घडला, ज्याकडे हा प्रथम खबर अहवाल (FIR) वर्ग केला जाईल, त्याचे नाव लिहा.</translation>
    </message>
    <message>
        <source>Investigating officer: must be an active officer with the IO or SHO role.</source>
        <translation>तपासी अधिकारी: तपासी अधिकारी (IO) किंवा ठाणे प्रभारी (SHO) भूमिका असलेला सक्रिय अधिकारी असणे आवश्यक आहे.</translation>
    </message>
</context>
<context>
    <name>FirService</name>
    <message>
        <source>Place of occurrence</source>
        <translation>घटनास्थळ</translation>
    </message>
    <message>
        <source>Beat</source>
        <translation>बीट</translation>
    </message>
    <message>
        <source>Direction from the station</source>
        <translation>पोलीस ठाण्यापासून दिशा</translation>
    </message>
    <message>
        <source>Distance from the station (km)</source>
        <translation>पोलीस ठाण्यापासून अंतर (किमी)</translation>
    </message>
    <message>
        <source>Reason for delay</source>
        <translation>विलंबाचे कारण</translation>
    </message>
    <message>
        <source>Properties involved</source>
        <translation>संबंधित मालमत्ता</translation>
    </message>
    <message>
        <source>Value of property (Rs.)</source>
        <translation>मालमत्तेचे मूल्य (रु.)</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>केलेली कार्यवाही</translation>
    </message>
    <message>
        <source>Description of unknown accused</source>
        <translation>अज्ञात आरोपींचे वर्णन</translation>
    </message>
    <message>
        <source>Section added</source>
        <translation>जोडलेले कलम</translation>
    </message>
    <message>
        <source>Your role cannot register FIRs.</source>
        <translation>तुमच्या भूमिकेला प्रथम खबर अहवाल (FIR) नोंदवण्याचा अधिकार नाही.</translation>
    </message>
    <message>
        <source>Create the station before registering FIRs.</source>
        <translation>प्रथम खबर अहवाल (FIR) नोंदवण्यापूर्वी पोलीस ठाण्याची नोंद तयार करा.</translation>
    </message>
    <message>
        <source>GD reference: the FIR must refer to the General Diary entry that recorded the information; write the entry text.</source>
        <translation>स्टेशन डायरी (जीडी) संदर्भ: माहिती ज्या स्टेशन डायरी (जीडी) नोंदीत नोंदवली गेली, त्या नोंदीचा संदर्भ प्रथम खबर अहवाल (FIR) मध्ये असणे आवश्यक आहे; नोंदीचा मजकूर लिहा.</translation>
    </message>
    <message>
        <source>Persons: a person named in the FIR is not on record.</source>
        <translation>व्यक्ती: प्रथम खबर अहवाल (FIR) मध्ये नाव असलेल्या एका व्यक्तीची नोंद नाही.</translation>
    </message>
    <message>
        <source>The FIR cannot be registered:</source>
        <translation>प्रथम खबर अहवाल (FIR) नोंदवता येत नाही:</translation>
    </message>
    <message>
        <source>Complaint: the complaint this FIR comes from does not exist.</source>
        <translation>तक्रार: ज्या तक्रारीवरून हा प्रथम खबर अहवाल (FIR) नोंदवला जात आहे, ती तक्रार अस्तित्वात नाही.</translation>
    </message>
    <message>
        <source>Complaint: an FIR has already been registered on this complaint.</source>
        <translation>तक्रार: या तक्रारीवर आधीच प्रथम खबर अहवाल (FIR) नोंदवला गेला आहे.</translation>
    </message>
    <message>
        <source>%1 registered under %2 on information recorded at %3.</source>
        <translation>%3 मध्ये नोंदवलेल्या माहितीवरून %1, कलम %2 अन्वये नोंदवला.</translation>
    </message>
    <message>
        <source>The FIR does not exist.</source>
        <translation>हा प्रथम खबर अहवाल (FIR) अस्तित्वात नाही.</translation>
    </message>
    <message>
        <source>Only the SHO or the case&apos;s investigating officer can amend an FIR.</source>
        <translation>फक्त ठाणे प्रभारी (SHO) किंवा त्या गुन्ह्याचे तपासी अधिकारीच प्रथम खबर अहवाल (FIR) मध्ये सुधारणा करू शकतात.</translation>
    </message>
    <message>
        <source>Field: %1 cannot be amended; the first information and the parties stand as registered.</source>
        <translation>रकाना: %1 मध्ये सुधारणा करता येत नाही; प्रथम खबर आणि पक्षकार नोंदवल्याप्रमाणेच राहतात.</translation>
    </message>
    <message>
        <source>Reason for amendment: is required.</source>
        <translation>सुधारणेचे कारण: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>New value: is required.</source>
        <translation>नवीन मूल्य: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Acts and sections: %1 is not in the master data.</source>
        <translation>अधिनियम व कलमे: %1 मास्टर डेटामध्ये नाही.</translation>
    </message>
    <message>
        <source>Acts and sections: %1 does not apply to an occurrence on %2.</source>
        <translation>अधिनियम व कलमे: %2 रोजीच्या घटनेला %1 लागू होत नाही.</translation>
    </message>
    <message>
        <source>Acts and sections: %1 is already on this FIR.</source>
        <translation>अधिनियम व कलमे: %1 या प्रथम खबर अहवाल (FIR) मध्ये आधीच आहे.</translation>
    </message>
    <message>
        <source>Distance from the station: must be between 0 and 1000 km.</source>
        <translation>पोलीस ठाण्यापासून अंतर: 0 ते 1000 किमी दरम्यान असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Value of property: must be a whole number of rupees, not negative.</source>
        <translation>मालमत्तेचे मूल्य: पूर्ण रुपयांमध्ये असावे, ऋण (उणे) नसावे.</translation>
    </message>
    <message>
        <source>The amendment cannot be recorded:</source>
        <translation>सुधारणा नोंदवता येत नाही:</translation>
    </message>
    <message>
        <source>%1 amended: %2 changed to &quot;%3&quot;. Reason: %4</source>
        <translation>%1 मध्ये सुधारणा: %2 बदलून &quot;%3&quot; केले. कारण: %4</translation>
    </message>
</context>
<context>
    <name>GdRepository</name>
    <message>
        <source>The diary entry cannot be written:</source>
        <translation>स्टेशन डायरी (जीडी) नोंद लिहिता येत नाही:</translation>
    </message>
    <message>
        <source>Entry text: is required.</source>
        <translation>नोंदीचा मजकूर: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Create the station before writing the diary.</source>
        <translation>स्टेशन डायरी (जीडी) लिहिण्यापूर्वी पोलीस ठाण्याची नोंद तयार करा.</translation>
    </message>
    <message>
        <source>Administrators manage accounts; the diary is written by station officers.</source>
        <translation>प्रशासक फक्त खाती व्यवस्थापित करतात; स्टेशन डायरी (जीडी) ठाण्यातील अधिकारी लिहितात.</translation>
    </message>
    <message>
        <source>The diary entry to correct does not exist.</source>
        <translation>दुरुस्त करायची स्टेशन डायरी (जीडी) नोंद अस्तित्वात नाही.</translation>
    </message>
    <message>
        <source>Correction of %1: %2</source>
        <translation>%1 ची दुरुस्ती: %2</translation>
    </message>
    <message>
        <source>The correction cannot be written:</source>
        <translation>दुरुस्ती लिहिता येत नाही:</translation>
    </message>
    <message>
        <source>Correction text: is required.</source>
        <translation>दुरुस्तीचा मजकूर: आवश्यक आहे.</translation>
    </message>
</context>
<context>
    <name>MasterData</name>
    <message>
        <source>The acts and sections shipped with Thana are missing from this build.</source>
        <translation>Thana सोबत दिलेले अधिनियम व कलमे या बिल्डमध्ये नाहीत.</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Name: give the name in English or in Devanagari.</source>
        <translation>नाव: नाव इंग्रजीत किंवा देवनागरीत लिहा.</translation>
    </message>
    <message>
        <source>Name (English): use Latin letters, spaces, &apos;.&apos;, &apos;&apos;&apos; and &apos;-&apos; only; write the Devanagari name in its own field.</source>
        <translation>नाव (इंग्रजी): फक्त लॅटिन अक्षरे, रिकामी जागा, &apos;.&apos;, &apos;&apos;&apos; आणि &apos;-&apos; वापरा; देवनागरीतील नाव त्याच्या स्वतंत्र रकान्यात लिहा.</translation>
    </message>
    <message>
        <source>Name (Devanagari): use Devanagari letters only.</source>
        <translation>नाव (देवनागरी): फक्त देवनागरी अक्षरे वापरा.</translation>
    </message>
    <message>
        <source>Gender: choose one of the listed values.</source>
        <translation>लिंग: दिलेल्या पर्यायांपैकी एक निवडा.</translation>
    </message>
    <message>
        <source>Date of birth: must be a real date, not in the future and not more than 130 years ago.</source>
        <translation>जन्मतारीख: खरी तारीख असावी, भविष्यातील नसावी आणि 130 वर्षांपेक्षा जुनी नसावी.</translation>
    </message>
    <message>
        <source>Age: must be between 0 and 130 years.</source>
        <translation>वय: 0 ते 130 वर्षे दरम्यान असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Phone: a 10-digit mobile number starting with 6-9, or a landline with its STD code.</source>
        <translation>फोन: 6-9 ने सुरू होणारा 10 अंकी मोबाइल क्रमांक, किंवा STD कोडसह लँडलाइन क्रमांक.</translation>
    </message>
    <message>
        <source>Aadhaar number: 12 digits, not starting with 0 or 1, with a valid check digit.</source>
        <translation>आधार क्रमांक: 12 अंक, 0 किंवा 1 ने सुरू न होणारा, वैध तपास-अंकासह (check digit).</translation>
    </message>
    <message>
        <source>PAN: five letters, four digits and a letter, e.g. ABCDE1234F.</source>
        <translation>पॅन (PAN): पाच अक्षरे, चार अंक आणि एक अक्षर, उदा. ABCDE1234F.</translation>
    </message>
    <message>
        <source>Identity document: the number is required.</source>
        <translation>ओळखपत्र: क्रमांक आवश्यक आहे.</translation>
    </message>
    <message>
        <source>The person cannot be saved:</source>
        <translation>व्यक्तीची नोंद जतन करता येत नाही:</translation>
    </message>
</context>
<context>
    <name>StationRepository</name>
    <message>
        <source>%1: is required.</source>
        <translation>%1: आवश्यक आहे.</translation>
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
        <translation>जिल्हा कोड</translation>
    </message>
    <message>
        <source>District</source>
        <translation>जिल्हा</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>पोलीस ठाणे कोड</translation>
    </message>
    <message>
        <source>Station name (English)</source>
        <translation>पोलीस ठाण्याचे नाव (इंग्रजी)</translation>
    </message>
    <message>
        <source>Station name (local language)</source>
        <translation>पोलीस ठाण्याचे नाव (स्थानिक भाषा)</translation>
    </message>
    <message>
        <source>Station code: use 2 to 20 capital letters, digits and hyphens, e.g. MH-PUN-0421.</source>
        <translation>पोलीस ठाणे कोड: 2 ते 20 कॅपिटल (मोठी) इंग्रजी अक्षरे, अंक व हायफन वापरा, उदा. MH-PUN-0421.</translation>
    </message>
    <message>
        <source>Local language: must be Hindi or Marathi.</source>
        <translation>स्थानिक भाषा: हिंदी किंवा मराठी असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>The station cannot be created:</source>
        <translation>पोलीस ठाण्याची नोंद तयार करता येत नाही:</translation>
    </message>
    <message>
        <source>This store already belongs to a station.</source>
        <translation>हा डेटा संग्रह आधीच एका पोलीस ठाण्याचा आहे.</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>SQLite integrity and foreign keys</source>
        <translation>SQLite अखंडता आणि फॉरेन की (foreign keys)</translation>
    </message>
    <message>
        <source>Register numbering</source>
        <translation>नोंदवह्यांचे क्रमांक</translation>
    </message>
    <message>
        <source>General Diary order</source>
        <translation>स्टेशन डायरी (जीडी) नोंदींचा क्रम</translation>
    </message>
    <message>
        <source>FIR rules</source>
        <translation>प्रथम खबर अहवाल (FIR) नियम</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>तक्रारी</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>बदलांची नोंदवही (चेंज लॉग)</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing row of %3.</source>
        <translation>%2 मधील ओळ %1, %3 मधील अस्तित्वात नसलेल्या ओळीचा संदर्भ देते.</translation>
    </message>
    <message>
        <source>Schema version is %1; this program expects %2.</source>
        <translation>स्कीमा आवृत्ती %1 आहे; या प्रोग्रामला %2 अपेक्षित आहे.</translation>
    </message>
    <message>
        <source>The guard %1 that keeps registered records unchangeable is missing.</source>
        <translation>नोंदवलेले अभिलेख अपरिवर्तनीय ठेवणारे संरक्षण %1 अस्तित्वात नाही.</translation>
    </message>
    <message>
        <source>FIR register</source>
        <translation>प्रथम खबर अहवाल (FIR) नोंदवही</translation>
    </message>
    <message>
        <source>General Diary</source>
        <translation>स्टेशन डायरी (जीडी)</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <translation>तक्रार नोंदवही</translation>
    </message>
    <message>
        <source>Numbers are not 1 to %1 without gaps: %2 records, numbered %3 to %4.</source>
        <translation>क्रमांक 1 ते %1 असे सलग (खंड न पडता) नाहीत: %2 नोंदी, क्रमांक %3 ते %4.</translation>
    </message>
    <message>
        <source>The next number to issue (%1) does not follow the last record (%2).</source>
        <translation>पुढे द्यायचा क्रमांक (%1) शेवटच्या नोंदीनंतरचा (%2) नाही.</translation>
    </message>
    <message>
        <source>Numbers up to %1 were issued but no record holds them.</source>
        <translation>%1 पर्यंतचे क्रमांक दिले गेले, पण त्यांपैकी कोणत्याही क्रमांकाची नोंद नाही.</translation>
    </message>
    <message>
        <source>This entry is timed before the entry numbered before it (%1).</source>
        <translation>या नोंदीची वेळ, तिच्या आधीच्या क्रमांकाच्या नोंदीच्या (%1) वेळेपूर्वीची आहे.</translation>
    </message>
    <message>
        <source>This correction does not refer to an earlier entry.</source>
        <translation>ही दुरुस्ती कोणत्याही आधीच्या नोंदीचा संदर्भ देत नाही.</translation>
    </message>
    <message>
        <source>Petition %1/%2</source>
        <translation>अर्ज %1/%2</translation>
    </message>
    <message>
        <source>Marked as registered as an FIR, but no FIR refers to it.</source>
        <translation>प्रथम खबर अहवाल (FIR) नोंदवल्याचे चिन्हांकित आहे, पण कोणत्याही FIR मध्ये याचा संदर्भ नाही.</translation>
    </message>
    <message>
        <source>FIR %1/%2</source>
        <translation>FIR %1/%2</translation>
    </message>
    <message>
        <source>The complaint this FIR came from is not marked as registered.</source>
        <translation>हा प्रथम खबर अहवाल (FIR) ज्या तक्रारीवरून नोंदवला गेला, ती तक्रार नोंदवलेली म्हणून चिन्हांकित नाही.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were written outside the change log and would never reach the State Data Centre.</source>
        <translation>
            <numerusform>%n नोंद बदलांच्या नोंदवहीबाहेर (चेंज लॉग) लिहिली गेली आहे आणि ती राज्य डेटा केंद्रापर्यंत कधीच पोहोचणार नाही.</numerusform>
            <numerusform>%n नोंदी बदलांच्या नोंदवहीबाहेर (चेंज लॉग) लिहिल्या गेल्या आहेत आणि त्या राज्य डेटा केंद्रापर्यंत कधीच पोहोचणार नाहीत.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitOfWork</name>
    <message>
        <source>The record to change no longer exists.</source>
        <translation>बदलायची नोंद आता अस्तित्वात नाही.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Station House Officer</source>
        <translation>ठाणे प्रभारी अधिकारी</translation>
    </message>
    <message>
        <source>Investigating Officer</source>
        <translation>तपासी अधिकारी</translation>
    </message>
    <message>
        <source>Writer / Duty Officer</source>
        <translation>लेखनिक / ठाणे अंमलदार</translation>
    </message>
    <message>
        <source>District Trainer</source>
        <translation>जिल्हा प्रशिक्षक</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>प्रशासक</translation>
    </message>
    <message>
        <source>The first user of a station must be its administrator.</source>
        <translation>पोलीस ठाण्याचा पहिला वापरकर्ता हा त्याचा प्रशासक असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Only an administrator can add users.</source>
        <translation>फक्त प्रशासकच वापरकर्ते जोडू शकतो.</translation>
    </message>
    <message>
        <source>Username: 3 to 32 characters, starting with a letter; letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only.</source>
        <translation>वापरकर्तानाव: 3 ते 32 अक्षरे, सुरुवात इंग्रजी अक्षराने; फक्त अक्षरे, अंक, &apos;.&apos;, &apos;_&apos; आणि &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Username: %1 is already taken.</source>
        <translation>वापरकर्तानाव: %1 आधीच वापरात आहे.</translation>
    </message>
    <message>
        <source>Full name: is required.</source>
        <translation>पूर्ण नाव: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>The user cannot be added:</source>
        <translation>वापरकर्ता जोडता येत नाही:</translation>
    </message>
    <message>
        <source>The password could not be protected; the user was not added.</source>
        <translation>पासवर्ड सुरक्षित करता आला नाही; वापरकर्ता जोडला गेला नाही.</translation>
    </message>
    <message>
        <source>Only an administrator can change accounts.</source>
        <translation>फक्त प्रशासकच खात्यांमध्ये बदल करू शकतो.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>तुम्ही स्वतःचे खाते निष्क्रिय करू शकत नाही.</translation>
    </message>
    <message>
        <source>Only an administrator can set another user&apos;s password.</source>
        <translation>दुसऱ्या वापरकर्त्याचा पासवर्ड फक्त प्रशासकच ठरवू शकतो.</translation>
    </message>
    <message>
        <source>The password was not changed:</source>
        <translation>पासवर्ड बदलला गेला नाही:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Records of a police station, offline first.</source>
        <translation>पोलीस ठाण्याचे अभिलेख, प्रामुख्याने ऑफलाइन (नेटवर्कशिवाय).</translation>
    </message>
    <message>
        <source>The station store to open.</source>
        <translation>उघडायचा ठाण्याचा डेटा संग्रह.</translation>
    </message>
</context>
<context>
    <name>thana::core::Complaint</name>
    <message>
        <source>In person</source>
        <translation>समक्ष</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>टपालाद्वारे</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>ई-मेलद्वारे</translation>
    </message>
    <message>
        <source>Citizen portal</source>
        <translation>नागरिक पोर्टलवर</translation>
    </message>
    <message>
        <source>112 call</source>
        <translation>112 कॉलवर</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>प्रलंबित</translation>
    </message>
    <message>
        <source>FIR registered</source>
        <translation>प्रथम खबर अहवाल (FIR) नोंदवला</translation>
    </message>
    <message>
        <source>Non-cognizable report</source>
        <translation>अदखलपात्र गुन्हा (NC)</translation>
    </message>
    <message>
        <source>Under enquiry</source>
        <translation>चौकशी सुरू</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Petition %1/%2</source>
        <translation>अर्ज %1/%2</translation>
    </message>
</context>
<context>
    <name>thana::core::Fir</name>
    <message>
        <source>Oral</source>
        <translation>तोंडी</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>लेखी</translation>
    </message>
    <message>
        <source>e-FIR</source>
        <translation>ई-FIR</translation>
    </message>
    <message>
        <source>FIR %1/%2</source>
        <translation>FIR %1/%2</translation>
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
        <translation>हा ठाण्याचा डेटा संग्रह Thana च्या नवीन आवृत्तीने लिहिलेला आहे (स्कीमा %1; हा प्रोग्राम %2 पर्यंतच ओळखतो). त्यात कोणताही बदल केलेला नाही. तो उघडण्यासाठी नवीन आवृत्ती स्थापित करा.</translation>
    </message>
    <message>
        <source>Upgrading the station store to schema %1 failed; nothing was changed. %2</source>
        <translation>ठाण्याचा डेटा संग्रह स्कीमा %1 वर अद्ययावत करणे अयशस्वी झाले; काहीही बदललेले नाही. %2</translation>
    </message>
</context>
<context>
    <name>thana::core::Password</name>
    <message>
        <source>Password: must be at least 10 characters long.</source>
        <translation>पासवर्ड: किमान 10 अक्षरांचा असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Password: must contain both letters and digits.</source>
        <translation>पासवर्ड: त्यात अक्षरे व अंक दोन्ही असणे आवश्यक आहे.</translation>
    </message>
</context>
<context>
    <name>thana::core::Storage</name>
    <message>
        <source>Registered FIRs and General Diary entries cannot be changed or deleted; record an amendment or a correction instead.</source>
        <translation>नोंदवलेले प्रथम खबर अहवाल (FIR) आणि स्टेशन डायरी (जीडी) नोंदी बदलता किंवा हटवता येत नाहीत; त्याऐवजी सुधारणा किंवा दुरुस्ती नोंदवा.</translation>
    </message>
    <message>
        <source>The station store is busy; try again in a moment.</source>
        <translation>ठाण्याचा डेटा संग्रह व्यस्त आहे; थोड्या वेळाने पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>The station store could not complete the operation: %1</source>
        <translation>ठाण्याचा डेटा संग्रह ही क्रिया पूर्ण करू शकला नाही: %1</translation>
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
        <translation>या पोलीस ठाण्याचे वापरकर्ते</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>वापरकर्तानाव</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूर्ण नाव</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>हुद्दा</translation>
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
        <translation>वापरकर्ता जोडा (&amp;A)</translation>
    </message>
    <message>
        <source>Activate / &amp;deactivate</source>
        <translation>सक्रिय / निष्क्रिय करा (&amp;D)</translation>
    </message>
    <message>
        <source>Only an administrator can add users or change accounts.</source>
        <translation>फक्त प्रशासकच वापरकर्ते जोडू शकतो किंवा खात्यांमध्ये बदल करू शकतो.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>बदल झाला नाही</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>होय</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नाही</translation>
    </message>
</context>
<context>
    <name>thana::ui::AmendDialog</name>
    <message>
        <source>Amend FIR</source>
        <translation>प्रथम खबर अहवाल (FIR) मध्ये सुधारणा</translation>
    </message>
    <message>
        <source>New value; for a section: BNS 303</source>
        <translation>नवीन मूल्य; कलमासाठी: BNS 303</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>रकाना:</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>नवीन मूल्य:</translation>
    </message>
    <message>
        <source>Reason for amendment:</source>
        <translation>सुधारणेचे कारण:</translation>
    </message>
</context>
<context>
    <name>thana::ui::ComplaintActionDialog</name>
    <message>
        <source>Action on the complaint</source>
        <translation>तक्रारीवरील कार्यवाही</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>कार्यवाही:</translation>
    </message>
    <message>
        <source>Reason / details:</source>
        <translation>कारण / तपशील:</translation>
    </message>
</context>
<context>
    <name>thana::ui::ComplaintDialog</name>
    <message>
        <source>Receive a complaint</source>
        <translation>तक्रार स्वीकारा</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>तक्रारदार</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>तक्रार</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>प्राप्तीचे माध्यम:</translation>
    </message>
    <message>
        <source>Received at:</source>
        <translation>प्राप्त झाल्याची वेळ:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>विषय:</translation>
    </message>
    <message>
        <source>Complaint text:</source>
        <translation>तक्रारीचा मजकूर:</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>जतन करा (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>thana::ui::ComplaintsPage</name>
    <message>
        <source>Filter by subject or complainant  (Ctrl+F)</source>
        <translation>विषय किंवा तक्रारदारानुसार शोधा  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>सर्व तक्रारी</translation>
    </message>
    <message>
        <source>&amp;Receive complaint (Ctrl+N)</source>
        <translation>तक्रार स्वीकारा (&amp;R) (Ctrl+N)</translation>
    </message>
    <message>
        <source>Register &amp;FIR (Ctrl+R)</source>
        <translation>प्रथम खबर अहवाल (&amp;FIR) नोंदवा (Ctrl+R)</translation>
    </message>
    <message>
        <source>Other &amp;action</source>
        <translation>इतर कार्यवाही (&amp;A)</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>अर्ज क्र.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्तीची वेळ</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>तक्रारदार</translation>
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
        <translation>%1 प्राप्त झाला असून स्टेशन डायरी (जीडी) मध्ये नोंदवला आहे.</translation>
    </message>
    <message>
        <source>FIR already registered</source>
        <translation>प्रथम खबर अहवाल (FIR) आधीच नोंदवलेला आहे</translation>
    </message>
    <message>
        <source>An FIR has already been registered on this complaint.</source>
        <translation>या तक्रारीवर आधीच प्रथम खबर अहवाल (FIR) नोंदवला गेला आहे.</translation>
    </message>
</context>
<context>
    <name>thana::ui::DashboardPage</name>
    <message>
        <source>FIRs registered in %1</source>
        <translation>%1 मध्ये नोंदवलेले प्रथम खबर अहवाल (FIR)</translation>
    </message>
    <message>
        <source>FIRs in the store</source>
        <translation>डेटा संग्रहातील एकूण प्रथम खबर अहवाल (FIR)</translation>
    </message>
    <message>
        <source>Complaints awaiting action</source>
        <translation>कार्यवाही प्रलंबित असलेल्या तक्रारी</translation>
    </message>
    <message>
        <source>General Diary entries</source>
        <translation>स्टेशन डायरी (जीडी) नोंदी</translation>
    </message>
</context>
<context>
    <name>thana::ui::FirForm</name>
    <message>
        <source>Register FIR (IIF-I)</source>
        <translation>प्रथम खबर अहवाल (FIR) नोंदवा (IIF-I)</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>माहिती</translation>
    </message>
    <message>
        <source>Information received directly: a General Diary entry will record it with the FIR.</source>
        <translation>थेट मिळालेली माहिती: प्रथम खबर अहवाल (FIR) सोबतच तिची स्टेशन डायरी (जीडी) नोंद केली जाईल.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>स्रोत:</translation>
    </message>
    <message>
        <source>GD entry text:</source>
        <translation>जीडी नोंदीचा मजकूर:</translation>
    </message>
    <message>
        <source>Information received at:</source>
        <translation>माहिती मिळाल्याची वेळ:</translation>
    </message>
    <message>
        <source>Type of information:</source>
        <translation>माहितीचा प्रकार:</translation>
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
        <translation>ईशान्य</translation>
    </message>
    <message>
        <source>East</source>
        <translation>पूर्व</translation>
    </message>
    <message>
        <source>South-East</source>
        <translation>आग्नेय</translation>
    </message>
    <message>
        <source>South</source>
        <translation>दक्षिण</translation>
    </message>
    <message>
        <source>South-West</source>
        <translation>नैऋत्य</translation>
    </message>
    <message>
        <source>West</source>
        <translation>पश्चिम</translation>
    </message>
    <message>
        <source>North-West</source>
        <translation>वायव्य</translation>
    </message>
    <message>
        <source> km</source>
        <translation> किमी</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>पासून:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>पर्यंत:</translation>
    </message>
    <message>
        <source>Place of occurrence:</source>
        <translation>घटनास्थळ:</translation>
    </message>
    <message>
        <source>Beat:</source>
        <translation>बीट:</translation>
    </message>
    <message>
        <source>Direction from the station:</source>
        <translation>पोलीस ठाण्यापासून दिशा:</translation>
    </message>
    <message>
        <source>Distance from the station:</source>
        <translation>पोलीस ठाण्यापासून अंतर:</translation>
    </message>
    <message>
        <source>Acts and sections</source>
        <translation>अधिनियम व कलमे</translation>
    </message>
    <message>
        <source>Add section (Ctrl+K)</source>
        <translation>कलम जोडा (Ctrl+K)</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>निवडलेले काढा</translation>
    </message>
    <message>
        <source>Complainant / informant</source>
        <translation>तक्रारदार / माहिती देणारा</translation>
    </message>
    <message>
        <source>Known or suspected accused</source>
        <translation>ज्ञात किंवा संशयित आरोपी</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>ज्ञात</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>संशयित</translation>
    </message>
    <message>
        <source>Unknown accused</source>
        <translation>अज्ञात आरोपी</translation>
    </message>
    <message>
        <source>Number of unknown accused:</source>
        <translation>अज्ञात आरोपींची संख्या:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>वर्णन:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>अहवाल</translation>
    </message>
    <message>
        <source>Rs. </source>
        <translation>रु. </translation>
    </message>
    <message>
        <source>Case registered and investigation taken up.</source>
        <translation>गुन्हा दाखल करून तपास सुरू केला.</translation>
    </message>
    <message>
        <source>(to be assigned)</source>
        <translation>(नेमणूक करायची आहे)</translation>
    </message>
    <message>
        <source>Zero FIR: the offence occurred outside this station&apos;s area</source>
        <translation>शून्य प्रथम खबर अहवाल (Zero FIR): गुन्हा या पोलीस ठाण्याच्या हद्दीबाहेर घडला</translation>
    </message>
    <message>
        <source>Reason for delay in reporting:</source>
        <translation>माहिती देण्यास विलंबाचे कारण:</translation>
    </message>
    <message>
        <source>Properties involved:</source>
        <translation>संबंधित मालमत्ता:</translation>
    </message>
    <message>
        <source>Value of property:</source>
        <translation>मालमत्तेचे मूल्य:</translation>
    </message>
    <message>
        <source>First information (informant&apos;s words):</source>
        <translation>प्रथम खबर (माहिती देणाऱ्याच्या शब्दांत):</translation>
    </message>
    <message>
        <source>Action taken:</source>
        <translation>केलेली कार्यवाही:</translation>
    </message>
    <message>
        <source>Investigating officer:</source>
        <translation>तपासी अधिकारी:</translation>
    </message>
    <message>
        <source>Station or area where it occurred:</source>
        <translation>गुन्हा घडला ते पोलीस ठाणे किंवा क्षेत्र:</translation>
    </message>
    <message>
        <source>Register FIR (Ctrl+S)</source>
        <translation>प्रथम खबर अहवाल (FIR) नोंदवा (Ctrl+S)</translation>
    </message>
    <message>
        <source>%1, recorded in %2: %3</source>
        <translation>%1, %2 मध्ये नोंदवला: %3</translation>
    </message>
    <message>
        <source>Complainant / informant: %1</source>
        <translation>तक्रारदार / माहिती देणारा: %1</translation>
    </message>
    <message>
        <source>Sexual offence: the victim&apos;s identity will be withheld</source>
        <translation>लैंगिक गुन्हा: पीडितेची ओळख गोपनीय ठेवली जाईल</translation>
    </message>
</context>
<context>
    <name>thana::ui::FirView</name>
    <message>
        <source>&amp;Print (Ctrl+P)</source>
        <translation>प्रिंट करा (&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF</source>
        <translation>P&amp;DF म्हणून जतन करा</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>सुधारणा करा (&amp;A)</translation>
    </message>
    <message>
        <source>Save FIR copy as PDF</source>
        <translation>प्रथम खबर अहवाल (FIR) ची प्रत PDF म्हणून जतन करा</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फाइल्स (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>जतन झाले नाही</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF %1 येथे लिहिता आली नाही.</translation>
    </message>
    <message>
        <source>This FIR is not in the store.</source>
        <translation>हा प्रथम खबर अहवाल (FIR) डेटा संग्रहात नाही.</translation>
    </message>
    <message>
        <source>FIR %1-%2 %3</source>
        <translation>FIR %1-%2 %3</translation>
    </message>
</context>
<context>
    <name>thana::ui::FirsPage</name>
    <message>
        <source>FIR number (17 or 17/2026), section (BNS 303), complainant or place  (Ctrl+F)</source>
        <translation>FIR क्रमांक (17 किंवा 17/2026), कलम (BNS 303), तक्रारदार किंवा ठिकाण  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>सर्व वर्षे</translation>
    </message>
    <message>
        <source>Register FIR on &amp;direct information (Ctrl+N)</source>
        <translation>थेट माहितीवरून प्रथम खबर अहवाल (FIR) नोंदवा (&amp;D) (Ctrl+N)</translation>
    </message>
    <message>
        <source>FIR No.</source>
        <translation>FIR क्र.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>नोंदवल्याची वेळ</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>कलमे</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>तक्रारदार</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ठिकाण</translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation>तपासी अधिकारी</translation>
    </message>
    <message>
        <source>Enter or double-click opens the FIR. Names of victims of sexual offences are withheld from officers not working the case.</source>
        <translation>Enter दाबल्यास किंवा डबल-क्लिक केल्यास प्रथम खबर अहवाल (FIR) उघडतो. लैंगिक गुन्ह्यांतील पीडितांची नावे त्या गुन्ह्याच्या तपासाशी संबंध नसलेल्या अधिकाऱ्यांपासून गोपनीय ठेवली जातात.</translation>
    </message>
</context>
<context>
    <name>thana::ui::FirstRunWizard</name>
    <message>
        <source>Set up this police station</source>
        <translation>या पोलीस ठाण्याची मांडणी (सेटअप) करा</translation>
    </message>
    <message>
        <source>Welcome to Thana</source>
        <translation>Thana मध्ये आपले स्वागत आहे</translation>
    </message>
    <message>
        <source>This store is new. In three short steps you will record the police station it belongs to, create your administrator account, and the account of the Station House Officer. Everything works without a network; records reach the State Data Centre when a link is available.</source>
        <translation>हा डेटा संग्रह नवीन आहे. तीन छोट्या टप्प्यांत तुम्ही हा संग्रह ज्या पोलीस ठाण्याचा आहे त्याची नोंद कराल, तुमचे प्रशासक खाते तयार कराल आणि ठाणे प्रभारी अधिकाऱ्याचे खाते तयार कराल. सर्व काही नेटवर्कशिवाय चालते; नेटवर्क जोडणी उपलब्ध झाल्यावर अभिलेख राज्य डेटा केंद्राकडे पोहोचतात.</translation>
    </message>
    <message>
        <source>The police station</source>
        <translation>पोलीस ठाणे</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>हिंदी</translation>
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
        <translation>जिल्हा कोड:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>जिल्हा:</translation>
    </message>
    <message>
        <source>Station code:</source>
        <translation>पोलीस ठाणे कोड:</translation>
    </message>
    <message>
        <source>Station name (English):</source>
        <translation>पोलीस ठाण्याचे नाव (इंग्रजी):</translation>
    </message>
    <message>
        <source>Station name (local language):</source>
        <translation>पोलीस ठाण्याचे नाव (स्थानिक भाषा):</translation>
    </message>
    <message>
        <source>Local language:</source>
        <translation>स्थानिक भाषा:</translation>
    </message>
    <message>
        <source>Your administrator account</source>
        <translation>तुमचे प्रशासक खाते</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>वापरकर्तानाव:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>पूर्ण नाव:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>पासवर्ड:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>पासवर्ड पुन्हा:</translation>
    </message>
    <message>
        <source>The Station House Officer</source>
        <translation>ठाणे प्रभारी अधिकारी</translation>
    </message>
    <message>
        <source>Investigating officers, writers and trainers can be added later under Administration.</source>
        <translation>तपासी अधिकारी, लेखनिक / ठाणे अंमलदार आणि प्रशिक्षक नंतर प्रशासन विभागात जोडता येतील.</translation>
    </message>
    <message>
        <source>Police Inspector</source>
        <translation>पोलीस निरीक्षक</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>हुद्दा:</translation>
    </message>
    <message>
        <source>Password again: the two passwords differ.</source>
        <translation>पासवर्ड पुन्हा: दोन्ही पासवर्ड वेगवेगळे आहेत.</translation>
    </message>
</context>
<context>
    <name>thana::ui::GdEntryDialog</name>
    <message>
        <source>New General Diary entry</source>
        <translation>नवीन स्टेशन डायरी (जीडी) नोंद</translation>
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
        <translation>आगमन</translation>
    </message>
    <message>
        <source>Information received</source>
        <translation>माहिती प्राप्त</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>ताबा (कोठडी)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>प्रकार:</translation>
    </message>
    <message>
        <source>Correct a General Diary entry</source>
        <translation>स्टेशन डायरी (जीडी) नोंद दुरुस्त करा</translation>
    </message>
    <message>
        <source>Entry corrected:</source>
        <translation>दुरुस्त होणारी नोंद:</translation>
    </message>
    <message>
        <source>The original entry stays as written; the correction is a new entry that refers to it.</source>
        <translation>मूळ नोंद लिहिल्याप्रमाणेच राहते; दुरुस्ती ही तिचा संदर्भ देणारी नवीन नोंद असते.</translation>
    </message>
    <message>
        <source>Entry text:</source>
        <translation>नोंदीचा मजकूर:</translation>
    </message>
</context>
<context>
    <name>thana::ui::GdPage</name>
    <message>
        <source>Filter entries by their text  (Ctrl+F)</source>
        <translation>नोंदी त्यांच्या मजकुरानुसार शोधा  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New entry (Ctrl+N)</source>
        <translation>नवीन नोंद (&amp;N) (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Correct selected entry</source>
        <translation>निवडलेली नोंद दुरुस्त करा (&amp;C)</translation>
    </message>
    <message>
        <source>GD No.</source>
        <translation>जीडी क्र.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>वेळ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>नोंद</translation>
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
        <translation>पोलीस ठाणे कोड %1, %2</translation>
    </message>
    <message>
        <source>Practice station: the records here are training data.</source>
        <translation>सराव ठाणे: येथील अभिलेख प्रशिक्षणासाठीचा डेटा आहेत.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>वापरकर्तानाव (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड (&amp;P):</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>लॉग इन करा</translation>
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
        <translation>डॅशबोर्ड</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>तक्रारी</translation>
    </message>
    <message>
        <source>General Diary</source>
        <translation>स्टेशन डायरी (जीडी)</translation>
    </message>
    <message>
        <source>FIRs</source>
        <translation>प्रथम खबर अहवाल (FIR)</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>व्यक्ती</translation>
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
        <translation>सराव ठाणे: फक्त प्रशिक्षणासाठीचा डेटा</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहेर पडा (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>मदत (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Thana</source>
        <translation>Thana विषयी (&amp;A)</translation>
    </message>
    <message>
        <source>About Thana</source>
        <translation>Thana विषयी</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Thana&lt;/h3&gt;&lt;p&gt;Records of the police station: complaints, General Diary and FIRs, kept on this computer and working without a network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Thana&lt;/h3&gt;&lt;p&gt;पोलीस ठाण्याचे अभिलेख: तक्रारी, स्टेशन डायरी (जीडी) आणि प्रथम खबर अहवाल (FIR), याच संगणकावर जतन केलेले आणि नेटवर्कशिवाय चालणारे.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>thana::ui::PersonEditor</name>
    <message>
        <source>Father</source>
        <translation>वडील</translation>
    </message>
    <message>
        <source>Husband</source>
        <translation>पती</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>आई</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>पालक</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>स्त्री</translation>
    </message>
    <message>
        <source>Transgender</source>
        <translation>तृतीयपंथी</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>माहीत नाही</translation>
    </message>
    <message>
        <source> years</source>
        <translation> वर्षे</translation>
    </message>
    <message>
        <source>None</source>
        <translation>काहीही नाही</translation>
    </message>
    <message>
        <source>Aadhaar</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>Voter ID</source>
        <translation>मतदार ओळखपत्र</translation>
    </message>
    <message>
        <source>PAN</source>
        <translation>पॅन (PAN)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>पासपोर्ट</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>वाहन चालक परवाना</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>नाव (इंग्रजी):</translation>
    </message>
    <message>
        <source>Name (Devanagari):</source>
        <translation>नाव (देवनागरी):</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>नाते:</translation>
    </message>
    <message>
        <source>Relative&apos;s name:</source>
        <translation>नातेवाइकाचे नाव:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>लिंग:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>वय:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>फोन:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>पत्ता:</translation>
    </message>
    <message>
        <source>Identity document:</source>
        <translation>ओळखपत्र:</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>ओळखपत्र क्रमांक:</translation>
    </message>
</context>
<context>
    <name>thana::ui::PersonPicker</name>
    <message>
        <source>New person</source>
        <translation>नवीन व्यक्ती</translation>
    </message>
    <message>
        <source>Person already on record</source>
        <translation>आधीच नोंद असलेली व्यक्ती</translation>
    </message>
    <message>
        <source>Search by name (English or Devanagari) or phone</source>
        <translation>नाव (इंग्रजी किंवा देवनागरी) किंवा फोननुसार शोधा</translation>
    </message>
    <message>
        <source>, relative: %1</source>
        <translation>, नातेवाईक: %1</translation>
    </message>
</context>
<context>
    <name>thana::ui::PersonsPage</name>
    <message>
        <source>Search persons by any part of a name (English or Devanagari) or a phone number  (Ctrl+F)</source>
        <translation>नावाचा कोणताही भाग (इंग्रजी किंवा देवनागरी) किंवा फोन क्रमांकाने व्यक्ती शोधा  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>नवीन व्यक्ती (&amp;N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>नातेवाईक</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>वय</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पत्ता</translation>
    </message>
    <message>
        <source>Enter on a row corrects the person&apos;s particulars.</source>
        <translation>ओळीवर Enter दाबल्यास त्या व्यक्तीचा तपशील दुरुस्त करता येतो.</translation>
    </message>
    <message>
        <source>Correct person&apos;s particulars</source>
        <translation>व्यक्तीचा तपशील दुरुस्त करा</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>नवीन व्यक्ती</translation>
    </message>
</context>
<context>
    <name>thana::ui::SectionPicker</name>
    <message>
        <source>Choose acts and sections</source>
        <translation>अधिनियम व कलमे निवडा</translation>
    </message>
    <message>
        <source>Occurrence on %1: sections of the %2 and of the special acts in force apply.</source>
        <translation>%1 रोजीची घटना: %2 ची आणि अंमलात असलेल्या विशेष अधिनियमांची कलमे लागू होतात.</translation>
    </message>
    <message>
        <source>Section number (303, BNS 303, NDPS 20) or words (theft, cheating)</source>
        <translation>कलम क्रमांक (303, BNS 303, NDPS 20) किंवा शब्द (चोरी, फसवणूक)</translation>
    </message>
    <message>
        <source>Add selected</source>
        <translation>निवडलेले जोडा</translation>
    </message>
    <message>
        <source>Sexual offence: the victim&apos;s identity will be withheld</source>
        <translation>लैंगिक गुन्हा: पीडितेची ओळख गोपनीय ठेवली जाईल</translation>
    </message>
</context>
<context>
    <name>thana::ui::UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>वापरकर्ता जोडा</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>वापरकर्तानाव:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>पूर्ण नाव:</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>हुद्दा:</translation>
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
        <translation>पासवर्ड पुन्हा:</translation>
    </message>
    <message>
        <source>Password again: the two passwords differ.</source>
        <translation>पासवर्ड पुन्हा: दोन्ही पासवर्ड वेगवेगळे आहेत.</translation>
    </message>
</context>
<context>
    <name>thanactl</name>
    <message>
        <source>Run &quot;thanactl %1 --help&quot; for its options.</source>
        <translation>त्याच्या पर्यायांसाठी &quot;thanactl %1 --help&quot; चालवा.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>ही मदत दाखवा.</translation>
    </message>
    <message>
        <source>The station store (a file).</source>
        <translation>ठाण्याचा डेटा संग्रह (एक फाइल).</translation>
    </message>
    <message>
        <source>State code, e.g. MH.</source>
        <translation>राज्य कोड, उदा. MH.</translation>
    </message>
    <message>
        <source>State name, e.g. Maharashtra.</source>
        <translation>राज्याचे नाव, उदा. Maharashtra.</translation>
    </message>
    <message>
        <source>District code, e.g. PUN.</source>
        <translation>जिल्हा कोड, उदा. PUN.</translation>
    </message>
    <message>
        <source>District name, e.g. Pune City.</source>
        <translation>जिल्ह्याचे नाव, उदा. Pune City.</translation>
    </message>
    <message>
        <source>Station code issued by the state, e.g. MH-PUN-0421.</source>
        <translation>राज्याने दिलेला पोलीस ठाणे कोड, उदा. MH-PUN-0421.</translation>
    </message>
    <message>
        <source>Station name in English.</source>
        <translation>पोलीस ठाण्याचे नाव इंग्रजीत.</translation>
    </message>
    <message>
        <source>Station name in the local language, in Devanagari.</source>
        <translation>पोलीस ठाण्याचे नाव स्थानिक भाषेत, देवनागरी लिपीत.</translation>
    </message>
    <message>
        <source>Local language of registers and copies: hi or mr.</source>
        <translation>नोंदवह्या व प्रतींची स्थानिक भाषा: hi किंवा mr.</translation>
    </message>
    <message>
        <source>A practice station for classes; never synchronised.</source>
        <translation>प्रशिक्षण वर्गांसाठी सराव ठाणे; याचा डेटा कधीही सिंक्रोनाइझ होत नाही.</translation>
    </message>
    <message>
        <source>User name of the first administrator.</source>
        <translation>पहिल्या प्रशासकाचे वापरकर्तानाव.</translation>
    </message>
    <message>
        <source>Full name of the first administrator.</source>
        <translation>पहिल्या प्रशासकाचे पूर्ण नाव.</translation>
    </message>
    <message>
        <source>Creates a new station store with its station and first administrator. The administrator&apos;s password is read from standard input.</source>
        <translation>पोलीस ठाणे आणि पहिला प्रशासक यांसह नवीन ठाण्याचा डेटा संग्रह तयार करते. प्रशासकाचा पासवर्ड मानक इनपुटमधून (standard input) वाचला जातो.</translation>
    </message>
    <message>
        <source>--db: the store to create is required.</source>
        <translation>--db: तयार करायचा डेटा संग्रह देणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>%1 already exists; init creates new stores only and leaves existing ones alone.</source>
        <translation>%1 आधीच अस्तित्वात आहे; init फक्त नवीन डेटा संग्रह तयार करते आणि अस्तित्वातील डेटा संग्रहांत कोणताही बदल करत नाही.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 साठी पासवर्ड:</translation>
    </message>
    <message>
        <source>Created %1 (%2) in %3 with administrator %4.</source>
        <translation>पोलीस ठाणे %1 (%2) %3 मध्ये तयार केले; प्रशासक: %4.</translation>
    </message>
    <message>
        <source>How many days of records to make (default 365).</source>
        <translation>किती दिवसांचे अभिलेख तयार करायचे (डीफॉल्ट 365).</translation>
    </message>
    <message>
        <source>The last day of the records, YYYY-MM-DD (default today).</source>
        <translation>अभिलेखांचा शेवटचा दिवस, YYYY-MM-DD (डीफॉल्ट आज).</translation>
    </message>
    <message>
        <source>Seed of the generator; the same seed makes the same station.</source>
        <translation>जनरेटरचा सीड (seed); तोच सीड दिल्यास तेच ठाणे तयार होते.</translation>
    </message>
    <message>
        <source>Do not report progress.</source>
        <translation>प्रगती दाखवू नका.</translation>
    </message>
    <message>
        <source>Creates a practice station with realistic records: officers, complainants with Hindi and English names, complaints, General Diary entries and FIRs. Every account&apos;s password is %1.</source>
        <translation>वास्तवदर्शी अभिलेखांसह सराव ठाणे तयार करते: अधिकारी, हिंदी व इंग्रजी नावांचे तक्रारदार, तक्रारी, स्टेशन डायरी (जीडी) नोंदी आणि प्रथम खबर अहवाल (FIR). प्रत्येक खात्याचा पासवर्ड %1 आहे.</translation>
    </message>
    <message>
        <source>--days: must be a whole number from 1 to 3660.</source>
        <translation>--days: 1 ते 3660 मधील पूर्ण संख्या असावी.</translation>
    </message>
    <message>
        <source>--seed: must be a whole number.</source>
        <translation>--seed: पूर्ण संख्या असावी.</translation>
    </message>
    <message>
        <source>--last-day: must be a date written YYYY-MM-DD.</source>
        <translation>--last-day: YYYY-MM-DD स्वरूपात लिहिलेली तारीख असावी.</translation>
    </message>
    <message>
        <source>%1 already exists; demo creates new stores only and leaves existing ones alone.</source>
        <translation>%1 आधीच अस्तित्वात आहे; demo फक्त नवीन डेटा संग्रह तयार करते आणि अस्तित्वातील डेटा संग्रहांत कोणताही बदल करत नाही.</translation>
    </message>
    <message>
        <source>Making records: %1%</source>
        <translation>अभिलेख तयार होत आहेत: %1%</translation>
    </message>
    <message>
        <source>Made a practice station in %1 in %2 s. Log in as sho, io.patil or admin with the password %3.</source>
        <translation>%1 मध्ये सराव ठाणे %2 सेकंदांत तयार केले. %3 या पासवर्डने sho, io.patil किंवा admin म्हणून लॉग इन करा.</translation>
    </message>
    <message>
        <source>Report each check as it starts.</source>
        <translation>प्रत्येक तपासणी सुरू होताच ती दाखवा.</translation>
    </message>
    <message>
        <source>Checks a whole store: SQLite&apos;s integrity and foreign keys, then every rule over every record. Prints each finding; the exit status is 0 only when the store is clean.</source>
        <translation>संपूर्ण डेटा संग्रह तपासते: आधी SQLite ची अखंडता आणि फॉरेन की (foreign keys), नंतर प्रत्येक अभिलेखावर प्रत्येक नियम. आढळलेली प्रत्येक त्रुटी दाखवते; डेटा संग्रहात एकही त्रुटी नसेल तरच निर्गमन स्थिती (exit status) 0 असते.</translation>
    </message>
    <message>
        <source>--db: the store to check is required.</source>
        <translation>--db: तपासायचा डेटा संग्रह देणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>%1: the store is clean.</source>
        <translation>%1: डेटा संग्रहात कोणतीही त्रुटी आढळली नाही.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s).</source>
        <translation>
            <numerusform>%1: %n त्रुटी आढळली.</numerusform>
            <numerusform>%1: %n त्रुटी आढळल्या.</numerusform>
        </translation>
    </message>
    <message>
        <source>The administrator adding the user.</source>
        <translation>वापरकर्ता जोडणारा प्रशासक.</translation>
    </message>
    <message>
        <source>The new user&apos;s log-in name.</source>
        <translation>नवीन वापरकर्त्याचे वापरकर्तानाव (लॉग इन नाव).</translation>
    </message>
    <message>
        <source>The new user&apos;s full name.</source>
        <translation>नवीन वापरकर्त्याचे पूर्ण नाव.</translation>
    </message>
    <message>
        <source>Rank, e.g. PSI.</source>
        <translation>हुद्दा, उदा. PSI.</translation>
    </message>
    <message>
        <source>One of sho, io, writer, trainer, admin.</source>
        <translation>sho, io, writer, trainer, admin यांपैकी एक.</translation>
    </message>
    <message>
        <source>Adds a user. Standard input gives two lines: the administrator&apos;s password, then the new user&apos;s password.</source>
        <translation>वापरकर्ता जोडते. मानक इनपुटमधून (standard input) दोन ओळी दिल्या जातात: आधी प्रशासकाचा पासवर्ड, नंतर नवीन वापरकर्त्याचा पासवर्ड.</translation>
    </message>
    <message>
        <source>--db: the store is required.</source>
        <translation>--db: डेटा संग्रह देणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>--as: the administrator adding the user is required.</source>
        <translation>--as: वापरकर्ता जोडणाऱ्या प्रशासकाचे नाव देणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>--role: must be one of sho, io, writer, trainer, admin.</source>
        <translation>--role: sho, io, writer, trainer, admin यांपैकी एक असावे.</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>%1 यांचा पासवर्ड:</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation>%1 (%2) यांना %3 म्हणून जोडले.</translation>
    </message>
    <message>
        <source>Lists the store&apos;s users: log-in name, role, full name and whether active.</source>
        <translation>डेटा संग्रहातील वापरकर्त्यांची यादी दाखवते: वापरकर्तानाव, भूमिका, पूर्ण नाव आणि खाते सक्रिय आहे की नाही.</translation>
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
        <translation>वापर: thanactl COMMAND [options]

कमांड:
  init        नवीन ठाण्याचा डेटा संग्रह तयार करा
  demo        एका वर्षाच्या अभिलेखांसह सराव ठाणे तयार करा
  check       डेटा संग्रहाची अखंडता आणि त्यातील अभिलेखांवर प्रत्येक नियम तपासा
  user add    वापरकर्ता जोडा
  user list   वापरकर्त्यांची यादी दाखवा

&quot;thanactl COMMAND --help&quot; कमांडचे पर्याय दाखवते.
निर्गमन स्थिती (exit status): 0 यशस्वी, 1 अयशस्वी किंवा त्रुटी आढळल्या, 2 चुकीची कमांड लाइन.
</translation>
    </message>
    <message>
        <source>user: say &quot;user add&quot; or &quot;user list&quot;.</source>
        <translation>user: &quot;user add&quot; किंवा &quot;user list&quot; लिहा.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>अज्ञात कमांड &quot;%1&quot;.</translation>
    </message>
</context>
</TS>
