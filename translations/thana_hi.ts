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
    <name>CaseClocks</name>
    <message>
        <source>e-FIR signed by the informant</source>
        <translation>सूचनाकर्ता द्वारा ई-एफ़आईआर (e-FIR) पर हस्ताक्षर</translation>
    </message>
    <message>
        <source>Final report within %1 days of the first remand, or the accused gets default bail</source>
        <translation>प्रथम रिमांड के %1 दिनों के भीतर अंतिम रिपोर्ट, अन्यथा अभियुक्त को व्यतिक्रम जमानत (default bail) का अधिकार</translation>
    </message>
    <message>
        <source>Investigation completed within two months</source>
        <translation>दो माह के भीतर विवेचना पूर्ण</translation>
    </message>
    <message>
        <source>Victim or informant told of the progress of the investigation</source>
        <translation>पीड़ित या सूचनाकर्ता को विवेचना की प्रगति की सूचना</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>FIR: the case does not exist.</source>
        <translation>प्र.सू.रि.: यह मामला मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>%1: the case was transferred to %2; it is written there now.</source>
        <translation>%1: मामला %2 को स्थानांतरित किया जा चुका है; अब इसकी प्रविष्टियाँ वहीं लिखी जाती हैं।</translation>
    </message>
    <message>
        <source>%1: is required.</source>
        <translation>%1: आवश्यक है।</translation>
    </message>
    <message>
        <source>%1: cannot be before the FIR was registered (%2 at %3).</source>
        <translation>%1: प्र.सू.रि. दर्ज होने (%2, समय %3) से पहले का नहीं हो सकता।</translation>
    </message>
    <message>
        <source>%1: cannot be before the occurrence began (%2).</source>
        <translation>%1: घटना के आरंभ (%2) से पहले का नहीं हो सकता।</translation>
    </message>
    <message>
        <source>%1: cannot be in the future.</source>
        <translation>%1: भविष्य का नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Only the SHO gives a case to another investigating officer.</source>
        <translation>केवल थाना प्रभारी ही मामला किसी अन्य विवेचना अधिकारी को सौंपते हैं।</translation>
    </message>
    <message>
        <source>Investigating officer: must be an active officer with the IO or SHO role.</source>
        <translation>विवेचना अधिकारी: विवेचना अधिकारी या थाना प्रभारी की भूमिका वाला सक्रिय अधिकारी होना चाहिए।</translation>
    </message>
    <message>
        <source>Investigating officer: the case is already with this officer.</source>
        <translation>विवेचना अधिकारी: मामला पहले से इसी अधिकारी के पास है।</translation>
    </message>
    <message>
        <source>Reason: say why the case changes hands.</source>
        <translation>कारण: बताएँ कि मामला दूसरे अधिकारी को क्यों सौंपा जा रहा है।</translation>
    </message>
    <message>
        <source>The case cannot be reassigned:</source>
        <translation>मामला दूसरे अधिकारी को नहीं सौंपा जा सकता:</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer or the SHO records an arrest.</source>
        <translation>केवल मामले के विवेचना अधिकारी या थाना प्रभारी ही गिरफ्तारी दर्ज करते हैं।</translation>
    </message>
    <message>
        <source>Arrested at</source>
        <translation>गिरफ्तारी का समय</translation>
    </message>
    <message>
        <source>Surrendered at</source>
        <translation>आत्मसमर्पण का समय</translation>
    </message>
    <message>
        <source>Accused: choose a recorded person.</source>
        <translation>अभियुक्त: अभिलेख में दर्ज कोई व्यक्ति चुनें।</translation>
    </message>
    <message>
        <source>Accused: already arrested in this case as %1.</source>
        <translation>अभियुक्त: इस मामले में पहले ही %1 के रूप में गिरफ्तार किया जा चुका है।</translation>
    </message>
    <message>
        <source>Court: name the court the accused surrendered in.</source>
        <translation>न्यायालय: उस न्यायालय का नाम लिखें जिसमें अभियुक्त ने आत्मसमर्पण किया।</translation>
    </message>
    <message>
        <source>Remanded at: say when the court remanded the accused.</source>
        <translation>रिमांड का समय: बताएँ कि न्यायालय ने अभियुक्त को कब रिमांड पर भेजा।</translation>
    </message>
    <message>
        <source>Remanded at: cannot be before the arrest.</source>
        <translation>रिमांड का समय: गिरफ्तारी से पहले का नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Informed: name the relative or friend and the designated officer told of the arrest (BNSS s.48).</source>
        <translation>सूचित व्यक्ति: उस संबंधी या मित्र और उस नामित अधिकारी के नाम लिखें जिन्हें गिरफ्तारी की सूचना दी गई (BNSS s.48)।</translation>
    </message>
    <message>
        <source>The arrest cannot be recorded:</source>
        <translation>गिरफ्तारी दर्ज नहीं की जा सकती:</translation>
    </message>
    <message>
        <source>Create the station first.</source>
        <translation>पहले थाना सेट अप करें।</translation>
    </message>
    <message>
        <source>Accused %1 in %2 arrested at %3.</source>
        <translation>%2 में अभियुक्त %1 को स्थान %3 पर गिरफ्तार किया गया।</translation>
    </message>
    <message>
        <source>Accused %1 in %2 surrendered in %3.</source>
        <translation>%2 में अभियुक्त %1 ने %3 में आत्मसमर्पण किया।</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer writes its case diary.</source>
        <translation>केवल मामले के विवेचना अधिकारी ही उसकी केस डायरी लिखते हैं।</translation>
    </message>
    <message>
        <source>Case diary entry</source>
        <translation>केस डायरी प्रविष्टि</translation>
    </message>
    <message>
        <source>Case diary: write what was done.</source>
        <translation>केस डायरी: लिखें कि क्या कार्यवाही की गई।</translation>
    </message>
    <message>
        <source>The case diary entry cannot be written:</source>
        <translation>केस डायरी प्रविष्टि नहीं लिखी जा सकती:</translation>
    </message>
    <message>
        <source>Your role cannot record an e-FIR signature.</source>
        <translation>आपकी भूमिका में ई-एफ़आईआर (e-FIR) पर हस्ताक्षर दर्ज करने का अधिकार नहीं है।</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>हस्ताक्षर का समय</translation>
    </message>
    <message>
        <source>FIR: this FIR was not registered on an e-FIR.</source>
        <translation>प्र.सू.रि.: यह प्र.सू.रि. ई-एफ़आईआर (e-FIR) पर दर्ज नहीं की गई थी।</translation>
    </message>
    <message>
        <source>The signature cannot be recorded:</source>
        <translation>हस्ताक्षर दर्ज नहीं किया जा सकता:</translation>
    </message>
    <message>
        <source>The e-FIR signature is already on record.</source>
        <translation>ई-एफ़आईआर (e-FIR) पर हस्ताक्षर पहले से दर्ज है।</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer drafts its final report.</source>
        <translation>केवल मामले के विवेचना अधिकारी ही उसकी अंतिम रिपोर्ट का प्रारूप तैयार करते हैं।</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>अंतिम रिपोर्ट</translation>
    </message>
    <message>
        <source>Final report: write the findings.</source>
        <translation>अंतिम रिपोर्ट: विवेचना के निष्कर्ष लिखें।</translation>
    </message>
    <message>
        <source>Final report: the case already has an approved final report.</source>
        <translation>अंतिम रिपोर्ट: इस मामले की अनुमोदित अंतिम रिपोर्ट पहले से है।</translation>
    </message>
    <message>
        <source>The final report cannot be drafted:</source>
        <translation>अंतिम रिपोर्ट का प्रारूप तैयार नहीं किया जा सकता:</translation>
    </message>
    <message>
        <source>Only the SHO approves a final report.</source>
        <translation>केवल थाना प्रभारी ही अंतिम रिपोर्ट अनुमोदित करते हैं।</translation>
    </message>
    <message>
        <source>The final report does not exist.</source>
        <translation>यह अंतिम रिपोर्ट मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The final report is already approved.</source>
        <translation>अंतिम रिपोर्ट पहले ही अनुमोदित हो चुकी है।</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer or the SHO records its crime details.</source>
        <translation>केवल मामले के विवेचना अधिकारी या थाना प्रभारी ही उसका अपराध विवरण दर्ज करते हैं।</translation>
    </message>
    <message>
        <source>Crime details</source>
        <translation>अपराध विवरण</translation>
    </message>
    <message>
        <source>Crime head: is required.</source>
        <translation>अपराध शीर्ष: आवश्यक है।</translation>
    </message>
    <message>
        <source>The crime details cannot be recorded:</source>
        <translation>अपराध विवरण दर्ज नहीं किया जा सकता:</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer records statements.</source>
        <translation>केवल मामले के विवेचना अधिकारी ही बयान दर्ज करते हैं।</translation>
    </message>
    <message>
        <source>Statement recorded at</source>
        <translation>बयान दर्ज करने का समय</translation>
    </message>
    <message>
        <source>Person: choose a recorded person.</source>
        <translation>व्यक्ति: अभिलेख में दर्ज कोई व्यक्ति चुनें।</translation>
    </message>
    <message>
        <source>Given as: witness, victim, complainant or expert.</source>
        <translation>किस रूप में: साक्षी (witness), पीड़ित (victim), शिकायतकर्ता (complainant) या विशेषज्ञ (expert)।</translation>
    </message>
    <message>
        <source>Statement: the words of the person are required.</source>
        <translation>बयान: व्यक्ति के अपने शब्द आवश्यक हैं।</translation>
    </message>
    <message>
        <source>The statement cannot be recorded:</source>
        <translation>बयान दर्ज नहीं किया जा सकता:</translation>
    </message>
    <message>
        <source>Only the SHO or the case&apos;s investigating officer sends the final report to court.</source>
        <translation>केवल थाना प्रभारी या मामले के विवेचना अधिकारी ही अंतिम रिपोर्ट न्यायालय को भेजते हैं।</translation>
    </message>
    <message>
        <source>Final report: only an approved final report goes to court.</source>
        <translation>अंतिम रिपोर्ट: केवल अनुमोदित अंतिम रिपोर्ट ही न्यायालय को भेजी जाती है।</translation>
    </message>
    <message>
        <source>Court: name the court the report goes to.</source>
        <translation>न्यायालय: उस न्यायालय का नाम लिखें जिसे रिपोर्ट भेजी जा रही है।</translation>
    </message>
    <message>
        <source>Final report: already sent to court.</source>
        <translation>अंतिम रिपोर्ट: पहले ही न्यायालय को भेजी जा चुकी है।</translation>
    </message>
    <message>
        <source>The final report cannot be sent:</source>
        <translation>अंतिम रिपोर्ट भेजी नहीं जा सकती:</translation>
    </message>
    <message>
        <source>Only the SHO transfers a case.</source>
        <translation>केवल थाना प्रभारी ही मामला स्थानांतरित करते हैं।</translation>
    </message>
    <message>
        <source>Transferred at</source>
        <translation>स्थानांतरण का समय</translation>
    </message>
    <message>
        <source>Transfer to: name the police station or agency.</source>
        <translation>किसे स्थानांतरित: थाने या एजेंसी का नाम लिखें।</translation>
    </message>
    <message>
        <source>Reason: say why the case is transferred.</source>
        <translation>कारण: बताएँ कि मामला क्यों स्थानांतरित किया जा रहा है।</translation>
    </message>
    <message>
        <source>The case cannot be transferred:</source>
        <translation>मामला स्थानांतरित नहीं किया जा सकता:</translation>
    </message>
    <message>
        <source>%1 transferred to %2: %3</source>
        <translation>%1 %2 को स्थानांतरित: %3</translation>
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
    <message>
        <source>%1 %2 (FIR %3/%4), on police custody remand since %5</source>
        <translation>%1 %2 (प्र.सू.रि. %3/%4), %5 से पुलिस हिरासत रिमांड पर</translation>
    </message>
    <message>
        <source>%1 %2 (FIR %3/%4), arrested %5, to be produced before the magistrate</source>
        <translation>%1 %2 (प्र.सू.रि. %3/%4), %5 को गिरफ्तार, मजिस्ट्रेट के समक्ष प्रस्तुत किया जाना है</translation>
    </message>
    <message>
        <source>Persons in custody at the start of %1: none.</source>
        <translation>%1 के आरंभ में हिरासत में व्यक्ति: कोई नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>Persons in custody at the start of %1 (%n): </source>
        <translation>
            <numerusform>%1 के आरंभ में हिरासत में व्यक्ति (%n): </numerusform>
            <numerusform>%1 के आरंभ में हिरासत में व्यक्ति (%n): </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>There is no FIR %1 in the store.</source>
        <translation>डेटा स्टोर में प्र.सू.रि. %1 नहीं है।</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>फ़ोल्डर %1 नहीं बनाया जा सका।</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <source>File: not a Thana case file (format &quot;%1&quot;).</source>
        <translation>फ़ाइल: यह Thana की केस फ़ाइल नहीं है (फ़ॉर्मेट &quot;%1&quot;)।</translation>
    </message>
    <message>
        <source>File: version %1 of the case format; this program reads version %2.</source>
        <translation>फ़ाइल: केस फ़ॉर्मेट का संस्करण %1 है; यह प्रोग्राम संस्करण %2 पढ़ता है।</translation>
    </message>
    <message>
        <source>Store: create the station before importing cases.</source>
        <translation>डेटा स्टोर: मामले आयात करने से पहले थाना सेट अप करें।</translation>
    </message>
    <message>
        <source>Station: the case belongs to %1; this store is station %2.</source>
        <translation>थाना: मामला %1 का है; यह डेटा स्टोर थाना %2 का है।</translation>
    </message>
    <message>
        <source>FIR: a case file holds exactly one FIR.</source>
        <translation>प्र.सू.रि.: एक केस फ़ाइल में ठीक एक प्र.सू.रि. होती है।</translation>
    </message>
    <message>
        <source>FIR: %1 is already in the store with different contents; nothing was changed.</source>
        <translation>प्र.सू.रि.: %1 डेटा स्टोर में पहले से भिन्न विषय-वस्तु के साथ मौजूद है; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>%1: cannot be before the FIR was registered.</source>
        <translation>%1: प्र.सू.रि. दर्ज होने से पहले का नहीं हो सकता।</translation>
    </message>
    <message>
        <source>%1: cannot be before the occurrence began.</source>
        <translation>%1: घटना के आरंभ से पहले का नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Arrested at</source>
        <translation>गिरफ्तारी का समय</translation>
    </message>
    <message>
        <source>Case diary entry</source>
        <translation>केस डायरी प्रविष्टि</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>अंतिम रिपोर्ट</translation>
    </message>
    <message>
        <source>Seized at</source>
        <translation>जब्ती का समय</translation>
    </message>
    <message>
        <source>Moved at</source>
        <translation>संचलन का समय</translation>
    </message>
    <message>
        <source>Accused code: the accused arrested %1 in order is %2, not %3.</source>
        <translation>अभियुक्त कोड: गिरफ्तारी के क्रम में %1 स्थान वाले अभियुक्त का कोड %2 है, %3 नहीं।</translation>
    </message>
    <message>
        <source>Final report: approved by someone who is not the SHO.</source>
        <translation>अंतिम रिपोर्ट: ऐसे व्यक्ति द्वारा अनुमोदित जो थाना प्रभारी नहीं है।</translation>
    </message>
    <message>
        <source>Final report: drafted by an officer who was not the case&apos;s IO.</source>
        <translation>अंतिम रिपोर्ट: ऐसे अधिकारी द्वारा तैयार जो मामले का विवेचना अधिकारी नहीं था।</translation>
    </message>
    <message>
        <source>Number: %1 of this case is already used by another record in the store.</source>
        <translation>क्रमांक: इस मामले की %1 का क्रमांक डेटा स्टोर में किसी अन्य अभिलेख द्वारा पहले से उपयोग में है।</translation>
    </message>
    <message>
        <source>File: not readable JSON (%1).</source>
        <translation>फ़ाइल: पढ़ने योग्य JSON नहीं है (%1)।</translation>
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
    <name>MissingPersonMatcher</name>
    <message>
        <source>Missing person %1</source>
        <translation>गुमशुदा व्यक्ति %1</translation>
    </message>
    <message>
        <source>Unidentified body %1</source>
        <translation>अज्ञात शव %1</translation>
    </message>
    <message>
        <source>Person found %1</source>
        <translation>प्राप्त व्यक्ति %1</translation>
    </message>
    <message>
        <source>Gender agrees.</source>
        <translation>लिंग मेल खाता है।</translation>
    </message>
    <message>
        <source>Age %1 and apparent age %2 overlap.</source>
        <translation>आयु %1 और अनुमानित आयु %2 की सीमाएँ आपस में मिलती हैं।</translation>
    </message>
    <message>
        <source>Age %1 and apparent age %2 are close.</source>
        <translation>आयु %1 और अनुमानित आयु %2 निकट हैं।</translation>
    </message>
    <message>
        <source>Heights %1 cm and %2 cm differ by %3 cm.</source>
        <translation>ऊँचाई %1 से.मी. और %2 से.मी. में %3 से.मी. का अंतर है।</translation>
    </message>
    <message>
        <source>Marks in common: %1.</source>
        <translation>समान पहचान चिह्न: %1।</translation>
    </message>
    <message>
        <source>Clothing in common: %1.</source>
        <translation>समान पहनावा: %1।</translation>
    </message>
    <message>
        <source>Same build: %1.</source>
        <translation>समान कद-काठी: %1।</translation>
    </message>
    <message>
        <source>Same complexion: %1.</source>
        <translation>समान रंग: %1।</translation>
    </message>
    <message>
        <source>Places in common: %1.</source>
        <translation>समान स्थान: %1।</translation>
    </message>
    <message numerus="yes">
        <source>Found %n day(s) after going missing.</source>
        <translation>
            <numerusform>गुमशुदगी के %n दिन बाद प्राप्त।</numerusform>
            <numerusform>गुमशुदगी के %n दिन बाद प्राप्त।</numerusform>
        </translation>
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
    <message>
        <source>same name</source>
        <translation>समान नाम</translation>
    </message>
    <message>
        <source>same father&apos;s or husband&apos;s name</source>
        <translation>पिता या पति का समान नाम</translation>
    </message>
    <message>
        <source>age within 3 years</source>
        <translation>आयु में 3 वर्ष तक का अंतर</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>समान फ़ोन</translation>
    </message>
    <message>
        <source>address in common</source>
        <translation>पता मेल खाता है</translation>
    </message>
    <message>
        <source>Only the SHO or an investigating officer merges persons.</source>
        <translation>केवल थाना प्रभारी या विवेचना अधिकारी ही व्यक्तियों का विलय करते हैं।</translation>
    </message>
    <message>
        <source>Persons: both must be on record.</source>
        <translation>व्यक्ति: दोनों अभिलेख में दर्ज होने चाहिए।</translation>
    </message>
    <message>
        <source>Persons: a person cannot be merged into itself.</source>
        <translation>व्यक्ति: किसी व्यक्ति का विलय स्वयं में नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Persons: this entry is already merged into another.</source>
        <translation>व्यक्ति: इस प्रविष्टि का पहले ही किसी अन्य प्रविष्टि में विलय हो चुका है।</translation>
    </message>
    <message>
        <source>Persons: the entry to keep has itself been merged; merge into the one it stands for.</source>
        <translation>व्यक्ति: जिस प्रविष्टि को रखना है, उसका स्वयं विलय हो चुका है; उस प्रविष्टि में विलय करें जिसका वह प्रतिनिधित्व करती है।</translation>
    </message>
    <message>
        <source>Reason: say why these are one person.</source>
        <translation>कारण: बताएँ कि ये एक ही व्यक्ति क्यों हैं।</translation>
    </message>
    <message>
        <source>The persons cannot be merged:</source>
        <translation>व्यक्तियों का विलय नहीं किया जा सकता:</translation>
    </message>
    <message>
        <source>Only the SHO or an investigating officer undoes a merge.</source>
        <translation>केवल थाना प्रभारी या विवेचना अधिकारी ही विलय को पूर्ववत करते हैं।</translation>
    </message>
    <message>
        <source>The merge does not exist.</source>
        <translation>यह विलय मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The merge has already been undone.</source>
        <translation>यह विलय पहले ही पूर्ववत किया जा चुका है।</translation>
    </message>
</context>
<context>
    <name>PropertyService</name>
    <message>
        <source>Only the case&apos;s investigating officer or the SHO records a seizure.</source>
        <translation>केवल मामले के विवेचना अधिकारी या थाना प्रभारी ही जब्ती दर्ज करते हैं।</translation>
    </message>
    <message>
        <source>Seized at</source>
        <translation>जब्ती का समय</translation>
    </message>
    <message>
        <source>Description of the property: is required.</source>
        <translation>संपत्ति का विवरण: आवश्यक है।</translation>
    </message>
    <message>
        <source>Witnesses: name the witnesses of the search and seizure.</source>
        <translation>साक्षी: तलाशी और जब्ती के साक्षियों के नाम लिखें।</translation>
    </message>
    <message>
        <source>Value of property: cannot be negative.</source>
        <translation>संपत्ति का मूल्य: ऋणात्मक नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Store keeper: name who received it into the property store.</source>
        <translation>मालखाना प्रभारी: उसका नाम लिखें जिसने इसे मालखाने में प्राप्त किया।</translation>
    </message>
    <message>
        <source>The seizure cannot be recorded:</source>
        <translation>जब्ती दर्ज नहीं की जा सकती:</translation>
    </message>
    <message>
        <source>Property seized and deposited in the property store as No. %1/%2: %3.</source>
        <translation>संपत्ति जब्त कर मालखाने में सं. %1/%2 के रूप में जमा की गई: %3।</translation>
    </message>
    <message>
        <source>The seized property is not on record.</source>
        <translation>जब्त संपत्ति अभिलेख में दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer or the SHO moves its property.</source>
        <translation>केवल मामले के विवेचना अधिकारी या थाना प्रभारी ही उसकी संपत्ति का संचलन करते हैं।</translation>
    </message>
    <message>
        <source>Moved at</source>
        <translation>संचलन का समय</translation>
    </message>
    <message>
        <source>Movement: &quot;%1&quot; cannot follow &quot;%2&quot; in the chain of custody.</source>
        <translation>संचलन: अभिरक्षा श्रृंखला (chain of custody) में &quot;%2&quot; के बाद &quot;%1&quot; नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Moved at: cannot be before the previous movement.</source>
        <translation>संचलन का समय: पिछले संचलन से पहले का नहीं हो सकता।</translation>
    </message>
    <message>
        <source>To or from: name the laboratory, court, owner or store keeper.</source>
        <translation>किसे या किससे: प्रयोगशाला, न्यायालय, स्वामी या मालखाना प्रभारी का नाम लिखें।</translation>
    </message>
    <message>
        <source>The movement cannot be recorded:</source>
        <translation>संचलन दर्ज नहीं किया जा सकता:</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer or the SHO adds evidence.</source>
        <translation>केवल मामले के विवेचना अधिकारी या थाना प्रभारी ही साक्ष्य जोड़ते हैं।</translation>
    </message>
    <message>
        <source>Collected at</source>
        <translation>संग्रह का समय</translation>
    </message>
    <message>
        <source>Description: say what the record is and where it came from.</source>
        <translation>विवरण: बताएँ कि यह अभिलेख क्या है और कहाँ से प्राप्त हुआ।</translation>
    </message>
    <message>
        <source>File: %1 cannot be read.</source>
        <translation>फ़ाइल: %1 पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>The evidence cannot be added:</source>
        <translation>साक्ष्य नहीं जोड़ा जा सकता:</translation>
    </message>
    <message>
        <source>The same file is already evidence in this case.</source>
        <translation>यही फ़ाइल इस मामले में पहले से साक्ष्य के रूप में दर्ज है।</translation>
    </message>
    <message>
        <source>Certificate under section 63 of the Bharatiya Sakshya Adhiniyam, 2023</source>
        <translation>भारतीय साक्ष्य अधिनियम, 2023 की धारा 63 के अंतर्गत प्रमाणपत्र</translation>
    </message>
    <message>
        <source>%1, %2: FIR %3/%4</source>
        <translation>%1, %2: प्र.सू.रि. %3/%4</translation>
    </message>
    <message>
        <source>Electronic record</source>
        <translation>इलेक्ट्रॉनिक अभिलेख</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>SHA-256 hash</source>
        <translation>SHA-256 हैश</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 बाइट</translation>
    </message>
    <message>
        <source>Produced on</source>
        <translation>प्राप्त करने की तिथि</translation>
    </message>
    <message>
        <source>I certify that the electronic record described above was produced from a computer or device in lawful use, that its hash was computed when it was taken into this case, and that a copy produced later is the same record if its SHA-256 hash is the one printed here.</source>
        <translation>मैं प्रमाणित करता/करती हूँ कि ऊपर वर्णित इलेक्ट्रॉनिक अभिलेख विधिसम्मत उपयोग में रहे किसी कंप्यूटर या उपकरण से प्राप्त किया गया, कि इस मामले में लिए जाते समय इसका हैश परिकलित किया गया, और कि बाद में प्रस्तुत की गई कोई प्रति यही अभिलेख है यदि उसका SHA-256 हैश यहाँ मुद्रित हैश ही है।</translation>
    </message>
    <message>
        <source>Signed: %1 %2</source>
        <translation>हस्ताक्षर: %1 %2</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer or the SHO records the court&apos;s disposal.</source>
        <translation>केवल मामले के विवेचना अधिकारी या थाना प्रभारी ही न्यायालय द्वारा निस्तारण दर्ज करते हैं।</translation>
    </message>
    <message>
        <source>Disposed of on</source>
        <translation>निस्तारण की तिथि</translation>
    </message>
    <message>
        <source>Court disposal: the case has no approved final report yet.</source>
        <translation>न्यायालय द्वारा निस्तारण: इस मामले की अभी कोई अनुमोदित अंतिम रिपोर्ट नहीं है।</translation>
    </message>
    <message>
        <source>Disposed of on: cannot be before the final report was approved.</source>
        <translation>निस्तारण की तिथि: अंतिम रिपोर्ट के अनुमोदन से पहले की नहीं हो सकती।</translation>
    </message>
    <message>
        <source>Disposal: one of convicted, acquitted, discharged or compounded.</source>
        <translation>निस्तारण: दोषसिद्ध (convicted), दोषमुक्त (acquitted), उन्मोचित (discharged) या शमनित (compounded) में से एक।</translation>
    </message>
    <message>
        <source>Court and case number: both are required.</source>
        <translation>न्यायालय और वाद संख्या: दोनों आवश्यक हैं।</translation>
    </message>
    <message>
        <source>Sentence: record the sentence of a conviction.</source>
        <translation>दंडादेश: दोषसिद्धि पर दिया गया दंड दर्ज करें।</translation>
    </message>
    <message>
        <source>The court&apos;s disposal cannot be recorded:</source>
        <translation>न्यायालय द्वारा निस्तारण दर्ज नहीं किया जा सकता:</translation>
    </message>
    <message>
        <source>The court&apos;s disposal of this case is already on record.</source>
        <translation>इस मामले का न्यायालय द्वारा निस्तारण पहले से दर्ज है।</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer or the SHO records an appeal.</source>
        <translation>केवल मामले के विवेचना अधिकारी या थाना प्रभारी ही अपील दर्ज करते हैं।</translation>
    </message>
    <message>
        <source>Appeal: the case has no court disposal yet.</source>
        <translation>अपील: इस मामले का अभी न्यायालय द्वारा निस्तारण नहीं हुआ है।</translation>
    </message>
    <message>
        <source>Filed on: cannot be before the disposal appealed against.</source>
        <translation>दायर करने की तिथि: जिस निस्तारण के विरुद्ध अपील की गई है, उससे पहले की नहीं हो सकती।</translation>
    </message>
    <message>
        <source>Decided on: cannot be before the appeal was filed.</source>
        <translation>निर्णय की तिथि: अपील दायर होने से पहले की नहीं हो सकती।</translation>
    </message>
    <message>
        <source>Result: one of upheld, reversed, modified, remanded or dismissed.</source>
        <translation>परिणाम: यथावत (upheld), उलटा गया (reversed), संशोधित (modified), प्रतिप्रेषित (remanded) या खारिज (dismissed) में से एक।</translation>
    </message>
    <message>
        <source>Appellate court: is required.</source>
        <translation>अपीलीय न्यायालय: आवश्यक है।</translation>
    </message>
    <message>
        <source>The appeal cannot be recorded:</source>
        <translation>अपील दर्ज नहीं की जा सकती:</translation>
    </message>
    <message>
        <source>File: %1 could not be kept beside the station store.</source>
        <translation>फ़ाइल: %1 को थाना डेटा स्टोर के साथ सुरक्षित नहीं रखा जा सका।</translation>
    </message>
</context>
<context>
    <name>RecordRules</name>
    <message>
        <source>Record kind: &quot;%1&quot; is not a kind of record a station sends.</source>
        <translation>अभिलेख का प्रकार: &quot;%1&quot; ऐसा अभिलेख प्रकार नहीं है जिसे कोई थाना भेजता है।</translation>
    </message>
    <message>
        <source>Record identity: is required.</source>
        <translation>अभिलेख की पहचान: आवश्यक है।</translation>
    </message>
    <message>
        <source>%1 %2: registered records of this kind are never changed; an amendment or a correction is a new record.</source>
        <translation>%1 %2: इस प्रकार के दर्ज अभिलेख कभी बदले नहीं जाते; संशोधन या सुधार एक नया अभिलेख होता है।</translation>
    </message>
    <message>
        <source>%1 %2: the column %3 is required.</source>
        <translation>%1 %2: कॉलम %3 आवश्यक है।</translation>
    </message>
    <message>
        <source>%1 %2: the record names a different identity (%3).</source>
        <translation>%1 %2: अभिलेख में भिन्न पहचान (%3) दी गई है।</translation>
    </message>
    <message>
        <source>%1 %2: belongs to station %3; a station may send only its own records.</source>
        <translation>%1 %2: थाना %3 का है; कोई थाना केवल अपने ही अभिलेख भेज सकता है।</translation>
    </message>
    <message>
        <source>Acts and sections: %1 is not in the master data.</source>
        <translation>अधिनियम और धाराएँ: %1 मास्टर डेटा में नहीं है।</translation>
    </message>
    <message>
        <source>%1 %2: only the time the visitor left is written later; %3 is never changed.</source>
        <translation>%1 %2: बाद में केवल आगंतुक के जाने का समय लिखा जाता है; %3 कभी बदला नहीं जाता।</translation>
    </message>
</context>
<context>
    <name>RegisterChain</name>
    <message>
        <source>The record to chain is not in the store.</source>
        <translation>श्रृंखला में जोड़ा जाने वाला अभिलेख डेटा स्टोर में नहीं है।</translation>
    </message>
    <message>
        <source>Link %1 of the chain is missing: a link was removed.</source>
        <translation>श्रृंखला की कड़ी %1 अनुपलब्ध है: एक कड़ी हटाई गई है।</translation>
    </message>
    <message>
        <source>%1: the chain&apos;s link does not follow from the one before it.</source>
        <translation>%1: श्रृंखला की यह कड़ी अपनी पिछली कड़ी से मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>%1: the record of link %2 has been deleted.</source>
        <translation>%1: कड़ी %2 का अभिलेख हटा दिया गया है।</translation>
    </message>
    <message>
        <source>%1: the record has been changed since it was written.</source>
        <translation>%1: लिखे जाने के बाद अभिलेख में परिवर्तन किया गया है।</translation>
    </message>
    <message>
        <source>%1: the record is out of its place in the register.</source>
        <translation>%1: अभिलेख रजिस्टर में अपने स्थान पर नहीं है।</translation>
    </message>
    <message>
        <source>%1: the record is in the register but was never linked into its chain: it was inserted behind the application&apos;s back.</source>
        <translation>%1: अभिलेख रजिस्टर में है परंतु कभी अपनी श्रृंखला से जोड़ा नहीं गया: इसे एप्लिकेशन को दरकिनार कर डाला गया है।</translation>
    </message>
</context>
<context>
    <name>RegisterPrinter</name>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF को %1 में नहीं लिखा जा सका।</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>प्रिंट करना रद्द कर दिया गया।</translation>
    </message>
    <message>
        <source>The register has no columns to print.</source>
        <translation>रजिस्टर में प्रिंट करने के लिए कोई कॉलम नहीं है।</translation>
    </message>
    <message>
        <source>The register changed while it was being printed; print it again.</source>
        <translation>प्रिंट करते समय रजिस्टर में परिवर्तन हो गया; इसे फिर से प्रिंट करें।</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>Register: &quot;%1&quot; is not one of %2.</source>
        <translation>रजिस्टर: &quot;%1&quot;, %2 में से कोई नहीं है।</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Murder</source>
        <translation>हत्या</translation>
    </message>
    <message>
        <source>Culpable homicide not amounting to murder</source>
        <translation>हत्या की कोटि में न आने वाला आपराधिक मानव वध</translation>
    </message>
    <message>
        <source>Rape</source>
        <translation>बलात्कार</translation>
    </message>
    <message>
        <source>Sexual offences against children (POCSO Act)</source>
        <translation>बालकों के विरुद्ध लैंगिक अपराध (POCSO अधिनियम)</translation>
    </message>
    <message>
        <source>Attempt to murder</source>
        <translation>हत्या का प्रयास</translation>
    </message>
    <message>
        <source>Dacoity</source>
        <translation>डकैती</translation>
    </message>
    <message>
        <source>Kidnapping and abduction</source>
        <translation>व्यपहरण एवं अपहरण</translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation>लूट</translation>
    </message>
    <message>
        <source>Other crimes against women</source>
        <translation>महिलाओं के विरुद्ध अन्य अपराध</translation>
    </message>
    <message>
        <source>House-breaking and burglary</source>
        <translation>गृह-भेदन एवं सेंधमारी</translation>
    </message>
    <message>
        <source>Rioting</source>
        <translation>बलवा</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>उपहति</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>चोरी</translation>
    </message>
    <message>
        <source>Criminal breach of trust</source>
        <translation>आपराधिक न्यासभंग</translation>
    </message>
    <message>
        <source>Cheating</source>
        <translation>छल</translation>
    </message>
    <message>
        <source>NDPS Act</source>
        <translation>NDPS अधिनियम</translation>
    </message>
    <message>
        <source>Arms Act</source>
        <translation>आयुध अधिनियम</translation>
    </message>
    <message>
        <source>Other offences</source>
        <translation>अन्य अपराध</translation>
    </message>
    <message>
        <source>Up to 30 days</source>
        <translation>30 दिन तक</translation>
    </message>
    <message>
        <source>31 to 60 days</source>
        <translation>31 से 60 दिन</translation>
    </message>
    <message>
        <source>61 to 90 days</source>
        <translation>61 से 90 दिन</translation>
    </message>
    <message>
        <source>91 days to 6 months</source>
        <translation>91 दिन से 6 माह</translation>
    </message>
    <message>
        <source>6 months to 1 year</source>
        <translation>6 माह से 1 वर्ष</translation>
    </message>
    <message>
        <source>Over 1 year</source>
        <translation>1 वर्ष से अधिक</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Crime review: %1-%2 is not a month.</source>
        <translation>अपराध समीक्षा: %1-%2 कोई माह नहीं है।</translation>
    </message>
    <message>
        <source>Pendency: the day is not a date.</source>
        <translation>लंबित विवेचना: दिया गया दिन कोई वैध तिथि नहीं है।</translation>
    </message>
    <message>
        <source>Disposal: the period must run from a day to the same or a later day.</source>
        <translation>निस्तारण: अवधि किसी दिन से उसी दिन या उसके बाद के किसी दिन तक होनी चाहिए।</translation>
    </message>
</context>
<context>
    <name>StationRecords</name>
    <message>
        <source>Gender: must be male, female, transgender or not known.</source>
        <translation>लिंग: पुरुष, महिला, ट्रांसजेंडर या अज्ञात होना चाहिए।</translation>
    </message>
    <message>
        <source>Age: give the age, or the least and the most it could be.</source>
        <translation>आयु: आयु बताएँ, या न्यूनतम और अधिकतम संभावित आयु बताएँ।</translation>
    </message>
    <message>
        <source>Age: must be between 0 and 120 years.</source>
        <translation>आयु: 0 से 120 वर्ष के बीच होनी चाहिए।</translation>
    </message>
    <message>
        <source>Age: the most it could be (%1) cannot be less than the least (%2).</source>
        <translation>आयु: अधिकतम संभावित आयु (%1) न्यूनतम आयु (%2) से कम नहीं हो सकती।</translation>
    </message>
    <message>
        <source>Height: must be between 30 and 250 cm, or left empty when not known.</source>
        <translation>ऊँचाई: 30 से 250 से.मी. के बीच होनी चाहिए, या ज्ञात न होने पर खाली छोड़ दें।</translation>
    </message>
    <message>
        <source>%1: is required.</source>
        <translation>%1: आवश्यक है।</translation>
    </message>
    <message>
        <source>%1: cannot be in the future.</source>
        <translation>%1: भविष्य का नहीं हो सकता।</translation>
    </message>
    <message>
        <source>%1: cannot be before %2 (%3).</source>
        <translation>%1: %2 (%3) से पहले का नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Only the station&apos;s officers record a missing person.</source>
        <translation>केवल थाने के अधिकारी ही गुमशुदा व्यक्ति दर्ज करते हैं।</translation>
    </message>
    <message>
        <source>Name of the missing person: is required.</source>
        <translation>गुमशुदा व्यक्ति का नाम: आवश्यक है।</translation>
    </message>
    <message>
        <source>Missing since</source>
        <translation>गुमशुदगी का समय</translation>
    </message>
    <message>
        <source>Missing since: cannot be after the report was received (%1).</source>
        <translation>गुमशुदगी का समय: रिपोर्ट प्राप्त होने (%1) के बाद का नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>रिपोर्ट का समय</translation>
    </message>
    <message>
        <source>Place last seen: is required.</source>
        <translation>अंतिम बार देखे जाने का स्थान: आवश्यक है।</translation>
    </message>
    <message>
        <source>Reported by: choose the recorded person who made the report.</source>
        <translation>सूचनाकर्ता: रिपोर्ट करने वाले व्यक्ति को अभिलेख में दर्ज व्यक्तियों में से चुनें।</translation>
    </message>
    <message>
        <source>The missing person cannot be recorded:</source>
        <translation>गुमशुदा व्यक्ति दर्ज नहीं किया जा सकता:</translation>
    </message>
    <message>
        <source>Missing person report No. %1 received: %2, missing since %3 from %4.</source>
        <translation>गुमशुदगी रिपोर्ट सं. %1 प्राप्त: %2, %3 से गुमशुदा, स्थान: %4।</translation>
    </message>
    <message>
        <source>Only the station&apos;s officers record that a missing person was traced.</source>
        <translation>केवल थाने के अधिकारी ही दर्ज करते हैं कि गुमशुदा व्यक्ति का पता चल गया है।</translation>
    </message>
    <message>
        <source>Missing person: the report does not exist.</source>
        <translation>गुमशुदा व्यक्ति: यह रिपोर्ट मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The tracing cannot be recorded:</source>
        <translation>पता चलने का विवरण दर्ज नहीं किया जा सकता:</translation>
    </message>
    <message>
        <source>Missing person %1: already traced on %2.</source>
        <translation>गुमशुदा व्यक्ति %1: इसका पता %2 को पहले ही चल चुका है।</translation>
    </message>
    <message>
        <source>Traced at</source>
        <translation>पता चलने का समय</translation>
    </message>
    <message>
        <source>the person went missing</source>
        <translation>व्यक्ति के गुमशुदा होने</translation>
    </message>
    <message>
        <source>Where traced: is required.</source>
        <translation>कहाँ पता चला: आवश्यक है।</translation>
    </message>
    <message>
        <source>How traced: is required.</source>
        <translation>कैसे पता चला: आवश्यक है।</translation>
    </message>
    <message>
        <source>Missing person No. %1, %2, traced at %3 on %4: %5</source>
        <translation>गुमशुदा व्यक्ति सं. %1 (%2) का पता %4 को स्थान %3 पर चला: %5</translation>
    </message>
    <message>
        <source>Only the station&apos;s officers record an unidentified body.</source>
        <translation>केवल थाने के अधिकारी ही अज्ञात शव दर्ज करते हैं।</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>मिलने का समय</translation>
    </message>
    <message>
        <source>Place where found: is required.</source>
        <translation>मिलने का स्थान: आवश्यक है।</translation>
    </message>
    <message>
        <source>Inquest: record the inquest report on the body (BNSS s.194).</source>
        <translation>पंचनामा: शव का जाँच पंचनामा दर्ज करें (BNSS s.194)।</translation>
    </message>
    <message>
        <source>The unidentified body cannot be recorded:</source>
        <translation>अज्ञात शव दर्ज नहीं किया जा सकता:</translation>
    </message>
    <message>
        <source>Unidentified dead body No. %1 found at %2 on %3; inquest under BNSS s.194 held.</source>
        <translation>अज्ञात शव सं. %1, %3 को स्थान %2 पर मिला; BNSS s.194 के अंतर्गत पंचनामा किया गया।</translation>
    </message>
    <message>
        <source>Only the station&apos;s officers record the identification of a body.</source>
        <translation>केवल थाने के अधिकारी ही शव की पहचान दर्ज करते हैं।</translation>
    </message>
    <message>
        <source>Body: the record does not exist.</source>
        <translation>शव: यह अभिलेख मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The identification cannot be recorded:</source>
        <translation>पहचान दर्ज नहीं की जा सकती:</translation>
    </message>
    <message>
        <source>Body %1: already identified as %2.</source>
        <translation>शव %1: पहले ही %2 के रूप में पहचाना जा चुका है।</translation>
    </message>
    <message>
        <source>Identified at</source>
        <translation>पहचान का समय</translation>
    </message>
    <message>
        <source>the body was found</source>
        <translation>शव मिलने</translation>
    </message>
    <message>
        <source>Identified as: name whom the body was identified as.</source>
        <translation>किस रूप में पहचाना गया: उस व्यक्ति का नाम लिखें जिसके रूप में शव की पहचान हुई।</translation>
    </message>
    <message>
        <source>Identified by: name who identified the body.</source>
        <translation>पहचानकर्ता: शव की पहचान करने वाले व्यक्ति का नाम लिखें।</translation>
    </message>
    <message>
        <source>Identified as: the recorded person chosen does not exist.</source>
        <translation>किस रूप में पहचाना गया: चुना गया दर्ज व्यक्ति मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Unidentified dead body No. %1 identified on %2 as %3 by %4.</source>
        <translation>अज्ञात शव सं. %1 की पहचान %2 को %4 द्वारा %3 के रूप में की गई।</translation>
    </message>
    <message>
        <source>Only the station&apos;s officers record a person found.</source>
        <translation>केवल थाने के अधिकारी ही प्राप्त व्यक्ति दर्ज करते हैं।</translation>
    </message>
    <message>
        <source>Placed with: say where the person was placed (shelter home, hospital, child welfare committee).</source>
        <translation>कहाँ रखा गया: बताएँ कि व्यक्ति को कहाँ रखा गया (आश्रय गृह, अस्पताल, बाल कल्याण समिति)।</translation>
    </message>
    <message>
        <source>The person found cannot be recorded:</source>
        <translation>प्राप्त व्यक्ति दर्ज नहीं किया जा सकता:</translation>
    </message>
    <message>
        <source>Person found No. %1 at %2 on %3, placed with %4.</source>
        <translation>प्राप्त व्यक्ति सं. %1, %3 को स्थान %2 पर मिला; %4 के पास रखा गया।</translation>
    </message>
    <message>
        <source>Only the SHO opens a history sheet.</source>
        <translation>केवल थाना प्रभारी ही हिस्ट्रीशीट खोलते हैं।</translation>
    </message>
    <message>
        <source>Person: choose the recorded person the sheet is opened on.</source>
        <translation>व्यक्ति: अभिलेख में दर्ज वह व्यक्ति चुनें जिसकी हिस्ट्रीशीट खोली जा रही है।</translation>
    </message>
    <message>
        <source>Person: already has an open history sheet, No. %1/%2.</source>
        <translation>व्यक्ति: इसकी हिस्ट्रीशीट सं. %1/%2 पहले से खुली है।</translation>
    </message>
    <message>
        <source>Category: is required.</source>
        <translation>श्रेणी: आवश्यक है।</translation>
    </message>
    <message>
        <source>Grounds: say why the person is kept under watch.</source>
        <translation>आधार: बताएँ कि व्यक्ति को निगरानी में क्यों रखा जा रहा है।</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>खोलने का समय</translation>
    </message>
    <message>
        <source>Cases: an FIR linked to the sheet does not exist.</source>
        <translation>मामले: हिस्ट्रीशीट से जुड़ी एक प्र.सू.रि. मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The history sheet cannot be opened:</source>
        <translation>हिस्ट्रीशीट नहीं खोली जा सकती:</translation>
    </message>
    <message>
        <source>Only the SHO or an investigating officer adds a case to a history sheet.</source>
        <translation>केवल थाना प्रभारी या कोई विवेचना अधिकारी ही हिस्ट्रीशीट में मामला जोड़ते हैं।</translation>
    </message>
    <message>
        <source>History sheet: does not exist.</source>
        <translation>हिस्ट्रीशीट: मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>History sheet %1: was closed on %2; nothing is added to it.</source>
        <translation>हिस्ट्रीशीट %1: %2 को बंद की जा चुकी है; इसमें कुछ नहीं जोड़ा जाता।</translation>
    </message>
    <message>
        <source>Case: the FIR does not exist.</source>
        <translation>मामला: यह प्र.सू.रि. मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Case: already linked to this history sheet.</source>
        <translation>मामला: पहले से इस हिस्ट्रीशीट से जुड़ा है।</translation>
    </message>
    <message>
        <source>The case cannot be added to the history sheet:</source>
        <translation>मामला हिस्ट्रीशीट में नहीं जोड़ा जा सकता:</translation>
    </message>
    <message>
        <source>Only the SHO closes a history sheet.</source>
        <translation>केवल थाना प्रभारी ही हिस्ट्रीशीट बंद करते हैं।</translation>
    </message>
    <message>
        <source>The history sheet cannot be closed:</source>
        <translation>हिस्ट्रीशीट बंद नहीं की जा सकती:</translation>
    </message>
    <message>
        <source>History sheet %1: was already closed on %2.</source>
        <translation>हिस्ट्रीशीट %1: %2 को पहले ही बंद की जा चुकी है।</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>बंद करने का समय</translation>
    </message>
    <message>
        <source>the sheet was opened</source>
        <translation>हिस्ट्रीशीट खोले जाने</translation>
    </message>
    <message>
        <source>Reason for closing: is required.</source>
        <translation>बंद करने का कारण: आवश्यक है।</translation>
    </message>
    <message>
        <source>Only the station&apos;s officers enter a process received from a court.</source>
        <translation>केवल थाने के अधिकारी ही न्यायालय से प्राप्त आदेशिका (सम्मन/वारंट) दर्ज करते हैं।</translation>
    </message>
    <message>
        <source>Court: name the court that issued the process.</source>
        <translation>न्यायालय: आदेशिका जारी करने वाले न्यायालय का नाम लिखें।</translation>
    </message>
    <message>
        <source>Case: give the court&apos;s case number.</source>
        <translation>प्रकरण: न्यायालय की प्रकरण संख्या लिखें।</translation>
    </message>
    <message>
        <source>Person to be served: the recorded person chosen does not exist.</source>
        <translation>तामील हेतु व्यक्ति: चुना गया दर्ज व्यक्ति मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Person to be served: give the name and address.</source>
        <translation>तामील हेतु व्यक्ति: नाम और पता लिखें।</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>प्राप्ति का समय</translation>
    </message>
    <message>
        <source>Date fixed by the court: is required.</source>
        <translation>न्यायालय द्वारा नियत तिथि: आवश्यक है।</translation>
    </message>
    <message>
        <source>Date fixed by the court: cannot be before the process was received (%1).</source>
        <translation>न्यायालय द्वारा नियत तिथि: आदेशिका प्राप्त होने (%1) से पहले की नहीं हो सकती।</translation>
    </message>
    <message>
        <source>Officer to serve it: must be an active officer of the station.</source>
        <translation>तामील करने वाला अधिकारी: थाने का सक्रिय अधिकारी होना चाहिए।</translation>
    </message>
    <message>
        <source>The process cannot be entered:</source>
        <translation>आदेशिका दर्ज नहीं की जा सकती:</translation>
    </message>
    <message>
        <source>Only the station&apos;s officers report on a process.</source>
        <translation>केवल थाने के अधिकारी ही आदेशिका पर तामील रिपोर्ट देते हैं।</translation>
    </message>
    <message>
        <source>Process: does not exist.</source>
        <translation>आदेशिका: मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The report on the process cannot be recorded:</source>
        <translation>आदेशिका पर रिपोर्ट दर्ज नहीं की जा सकती:</translation>
    </message>
    <message>
        <source>Process %1: was returned to the court; nothing more is reported on it.</source>
        <translation>आदेशिका %1: न्यायालय को लौटाई जा चुकी है; इस पर आगे कोई रिपोर्ट नहीं दी जाती।</translation>
    </message>
    <message>
        <source>Process %1: was already served; only its return to the court remains.</source>
        <translation>आदेशिका %1: पहले ही तामील हो चुकी है; अब केवल इसे न्यायालय को लौटाना शेष है।</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>रिपोर्ट का दिनांक</translation>
    </message>
    <message>
        <source>the process was received</source>
        <translation>आदेशिका प्राप्त होने</translation>
    </message>
    <message>
        <source>Date of the report: cannot be before the last report on the process (%1).</source>
        <translation>रिपोर्ट का दिनांक: आदेशिका पर पिछली रिपोर्ट (%1) से पहले का नहीं हो सकता।</translation>
    </message>
    <message>
        <source>How served: say how (personally, on an adult member of the family, by affixing a copy).</source>
        <translation>तामील का तरीका: बताएँ कि कैसे (व्यक्तिगत रूप से, परिवार के किसी वयस्क सदस्य पर, या प्रति चस्पा करके)।</translation>
    </message>
    <message>
        <source>Served on: name the person it was served on.</source>
        <translation>किस पर तामील: उस व्यक्ति का नाम लिखें जिस पर तामील की गई।</translation>
    </message>
    <message>
        <source>Reason: say why the process could not be served.</source>
        <translation>कारण: बताएँ कि आदेशिका की तामील क्यों नहीं हो सकी।</translation>
    </message>
    <message>
        <source>Only the station&apos;s officers keep the visitors register.</source>
        <translation>केवल थाने के अधिकारी ही आगंतुक रजिस्टर रखते हैं।</translation>
    </message>
    <message>
        <source>Visitor&apos;s name: is required.</source>
        <translation>आगंतुक का नाम: आवश्यक है।</translation>
    </message>
    <message>
        <source>Address or phone: give at least one, so the visitor can be reached.</source>
        <translation>पता या फ़ोन: कम से कम एक दें, ताकि आगंतुक से संपर्क किया जा सके।</translation>
    </message>
    <message>
        <source>Purpose of the visit: is required.</source>
        <translation>आने का प्रयोजन: आवश्यक है।</translation>
    </message>
    <message>
        <source>Whom met: is required.</source>
        <translation>किससे मिले: आवश्यक है।</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>आने का समय</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>जाने का समय</translation>
    </message>
    <message>
        <source>the time in</source>
        <translation>आने के समय</translation>
    </message>
    <message>
        <source>The visitor cannot be recorded:</source>
        <translation>आगंतुक दर्ज नहीं किया जा सकता:</translation>
    </message>
    <message>
        <source>Visitor: the entry does not exist.</source>
        <translation>आगंतुक: यह प्रविष्टि मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The time out cannot be recorded:</source>
        <translation>जाने का समय दर्ज नहीं किया जा सकता:</translation>
    </message>
    <message>
        <source>Time out: already recorded (%1).</source>
        <translation>जाने का समय: पहले ही दर्ज है (%1)।</translation>
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
    <message>
        <source>Property store register</source>
        <translation>मालखाना रजिस्टर</translation>
    </message>
    <message>
        <source>Missing persons register</source>
        <translation>गुमशुदा व्यक्ति रजिस्टर</translation>
    </message>
    <message>
        <source>Unidentified dead bodies register</source>
        <translation>अज्ञात शव रजिस्टर</translation>
    </message>
    <message>
        <source>Found persons register</source>
        <translation>प्राप्त व्यक्ति रजिस्टर</translation>
    </message>
    <message>
        <source>History sheets register</source>
        <translation>हिस्ट्रीशीट रजिस्टर</translation>
    </message>
    <message>
        <source>Summons and warrants register</source>
        <translation>सम्मन एवं वारंट रजिस्टर</translation>
    </message>
    <message>
        <source>Visitors register</source>
        <translation>आगंतुक रजिस्टर</translation>
    </message>
</context>
<context>
    <name>SyncLedger</name>
    <message>
        <source>The State Data Centre acknowledged change %1, but this station has written only %2 changes; nothing was marked as sent.</source>
        <translation>राज्य डेटा केंद्र ने परिवर्तन %1 की प्राप्ति स्वीकार की, परंतु इस थाने ने केवल %2 परिवर्तन लिखे हैं; कुछ भी भेजा गया चिह्नित नहीं किया गया।</translation>
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
    <name>thana::core::SyncLedger</name>
    <message>
        <source>Master data from the State Data Centre: a section needs its act, number and title.</source>
        <translation>राज्य डेटा केंद्र से मास्टर डेटा: प्रत्येक धारा के लिए उसका अधिनियम, संख्या और शीर्षक आवश्यक है।</translation>
    </message>
</context>
<context>
    <name>thana::sync::Batch</name>
    <message numerus="yes">
        <source>and %n more problem(s).</source>
        <translation>
            <numerusform>और %n अन्य समस्या।</numerusform>
            <numerusform>और %n अन्य समस्याएँ।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 is required.</source>
        <translation>%1: %2 आवश्यक है।</translation>
    </message>
    <message>
        <source>%1: %2 must be text.</source>
        <translation>%1: %2 पाठ (text) होना चाहिए।</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>अभिलेख %1</translation>
    </message>
    <message>
        <source>%1: seq is required.</source>
        <translation>%1: seq आवश्यक है।</translation>
    </message>
    <message>
        <source>%1: seq must be a whole number.</source>
        <translation>%1: seq पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>%1: actor must be text.</source>
        <translation>%1: actor पाठ (text) होना चाहिए।</translation>
    </message>
    <message>
        <source>%1: payload is required.</source>
        <translation>%1: payload आवश्यक है।</translation>
    </message>
    <message>
        <source>%1: payload must be a JSON object.</source>
        <translation>%1: payload एक JSON ऑब्जेक्ट होना चाहिए।</translation>
    </message>
    <message>
        <source>Station code: is required.</source>
        <translation>थाना कोड: आवश्यक है।</translation>
    </message>
    <message>
        <source>Station code: must look like MH-PUN-0421 (two capital letters, three capital letters and four digits, joined by hyphens).</source>
        <translation>थाना कोड: MH-PUN-0421 जैसा होना चाहिए (दो बड़े अक्षर, तीन बड़े अक्षर और चार अंक, हाइफ़न से जुड़े हुए)।</translation>
    </message>
    <message>
        <source>Batch id: is required.</source>
        <translation>बैच आईडी: आवश्यक है।</translation>
    </message>
    <message>
        <source>Batch id: must be 1 to %1 letters, digits, dots, underscores, colons or hyphens, starting with a letter or digit.</source>
        <translation>बैच आईडी: 1 से %1 तक अक्षर, अंक, बिंदु, अंडरस्कोर, कोलन या हाइफ़न होने चाहिए, और आरंभ किसी अक्षर या अंक से होना चाहिए।</translation>
    </message>
    <message>
        <source>%1: seq must be at least 1.</source>
        <translation>%1: seq कम से कम 1 होना चाहिए।</translation>
    </message>
    <message>
        <source>%1: seq %2 must be greater than the previous record&apos;s %3.</source>
        <translation>%1: seq %2 पिछले अभिलेख के %3 से बड़ा होना चाहिए।</translation>
    </message>
    <message>
        <source>%1: entity is required.</source>
        <translation>%1: entity आवश्यक है।</translation>
    </message>
    <message>
        <source>%1: entity must be a table name (lower-case letters, digits and underscores).</source>
        <translation>%1: entity किसी तालिका का नाम होना चाहिए (छोटे अक्षर, अंक और अंडरस्कोर)।</translation>
    </message>
    <message>
        <source>%1: uid is required.</source>
        <translation>%1: uid आवश्यक है।</translation>
    </message>
    <message>
        <source>%1: op is required.</source>
        <translation>%1: op आवश्यक है।</translation>
    </message>
    <message>
        <source>%1: op must be insert or update, not &quot;%2&quot;.</source>
        <translation>%1: op insert या update होना चाहिए, &quot;%2&quot; नहीं।</translation>
    </message>
    <message>
        <source>%1: at is required.</source>
        <translation>%1: at आवश्यक है।</translation>
    </message>
    <message>
        <source>%1: at must be a UTC time such as 2026-03-01T09:30:00.000Z.</source>
        <translation>%1: at एक UTC समय होना चाहिए, जैसे 2026-03-01T09:30:00.000Z।</translation>
    </message>
    <message>
        <source>The batch cannot be written:</source>
        <translation>बैच नहीं लिखा जा सकता:</translation>
    </message>
    <message>
        <source>Compression level: must be from 1 to %1.</source>
        <translation>संपीड़न स्तर: 1 से %1 तक होना चाहिए।</translation>
    </message>
    <message>
        <source>The batch holds no records; an empty batch is never sent.</source>
        <translation>बैच में कोई अभिलेख नहीं है; खाली बैच कभी नहीं भेजा जाता।</translation>
    </message>
    <message>
        <source>The batch could not be compressed.</source>
        <translation>बैच संपीड़ित नहीं किया जा सका।</translation>
    </message>
    <message>
        <source>The data is not a Thana upload batch: it does not start with THB1.</source>
        <translation>यह डेटा Thana का अपलोड बैच नहीं है: यह THB1 से शुरू नहीं होता।</translation>
    </message>
    <message>
        <source>The batch is cut short: %1 bytes arrived, fewer than its %2-byte header.</source>
        <translation>बैच अधूरा है: %1 बाइट प्राप्त हुए, जो इसके %2 बाइट के हेडर से भी कम हैं।</translation>
    </message>
    <message>
        <source>The batch uses features (flags %1) that this program does not support.</source>
        <translation>बैच ऐसी सुविधाओं (फ़्लैग %1) का उपयोग करता है जिन्हें यह प्रोग्राम समर्थित नहीं करता।</translation>
    </message>
    <message>
        <source>The batch is cut short: its header announces %1 bytes of content but %2 arrived.</source>
        <translation>बैच अधूरा है: इसके हेडर के अनुसार सामग्री %1 बाइट की है, परंतु %2 बाइट प्राप्त हुए।</translation>
    </message>
    <message>
        <source>The batch has %1 unexpected bytes after its content.</source>
        <translation>बैच में उसकी सामग्री के बाद %1 अनपेक्षित बाइट हैं।</translation>
    </message>
    <message>
        <source>The batch is corrupted: its checksum does not match its content.</source>
        <translation>बैच दूषित है: इसका चेकसम इसकी सामग्री से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>The batch expands to %1 bytes, more than the %2 bytes allowed.</source>
        <translation>विसंपीड़न पर बैच %1 बाइट का हो जाता है, जो अनुमत %2 बाइट से अधिक है।</translation>
    </message>
    <message>
        <source>The batch&apos;s content is not a compressed frame of known size.</source>
        <translation>बैच की सामग्री ज्ञात आकार का संपीड़ित फ़्रेम नहीं है।</translation>
    </message>
    <message>
        <source>The batch&apos;s content does not match the sizes in its header.</source>
        <translation>बैच की सामग्री उसके हेडर में दिए गए आकारों से मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>The batch holds no records; an empty batch is refused.</source>
        <translation>बैच में कोई अभिलेख नहीं है; खाली बैच अस्वीकार किया जाता है।</translation>
    </message>
    <message>
        <source>The batch&apos;s content could not be decompressed.</source>
        <translation>बैच की सामग्री विसंपीड़ित नहीं की जा सकी।</translation>
    </message>
    <message>
        <source>Line %1 of the batch does not end with a newline.</source>
        <translation>बैच की पंक्ति %1 न्यूलाइन (newline) पर समाप्त नहीं होती।</translation>
    </message>
    <message>
        <source>Line %1 of the batch is not valid JSON: %2.</source>
        <translation>बैच की पंक्ति %1 वैध JSON नहीं है: %2।</translation>
    </message>
    <message>
        <source>Line %1 of the batch is not a JSON object.</source>
        <translation>बैच की पंक्ति %1 JSON ऑब्जेक्ट नहीं है।</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>बैच</translation>
    </message>
    <message>
        <source>The batch was refused:</source>
        <translation>बैच अस्वीकार कर दिया गया:</translation>
    </message>
    <message>
        <source>Line %1 of the batch %2</source>
        <translation>बैच की पंक्ति %1 %2</translation>
    </message>
    <message>
        <source>is not a JSON object of the records&apos; columns.</source>
        <translation>अभिलेखों के कॉलमों का JSON ऑब्जेक्ट नहीं है।</translation>
    </message>
    <message>
        <source>has columns of different lengths (shape, seq, uid, actor and at must have one entry per record).</source>
        <translation>में अलग-अलग लंबाई के कॉलम हैं (shape, seq, uid, actor और at में प्रति अभिलेख एक प्रविष्टि होनी चाहिए)।</translation>
    </message>
    <message>
        <source>is not a JSON object naming a shape&apos;s entity, op and keys.</source>
        <translation>किसी shape की entity, op और keys बताने वाला JSON ऑब्जेक्ट नहीं है।</translation>
    </message>
    <message>
        <source>is followed by fewer columns than its shape has keys.</source>
        <translation>के बाद उसके shape की keys से कम कॉलम हैं।</translation>
    </message>
    <message>
        <source>is not a JSON array of a column&apos;s values.</source>
        <translation>किसी कॉलम के मानों का JSON ऐरे नहीं है।</translation>
    </message>
    <message>
        <source>names shape %1 for record %2; the batch has %3.</source>
        <translation>में अभिलेख %2 के लिए shape %1 बताया गया है; बैच में %3 shape हैं।</translation>
    </message>
    <message>
        <source>has more records of shape %1 than its columns have values.</source>
        <translation>में shape %1 के अभिलेख उसके कॉलमों के मानों से अधिक हैं।</translation>
    </message>
    <message>
        <source>names author %1 for record %2; the batch lists %3.</source>
        <translation>में अभिलेख %2 के लिए लेखक %1 बताया गया है; बैच में %3 लेखक सूचीबद्ध हैं।</translation>
    </message>
    <message>
        <source>has %1 records of shape %2, but its columns hold %3 values.</source>
        <translation>में shape %2 के %1 अभिलेख हैं, परंतु उसके कॉलमों में %3 मान हैं।</translation>
    </message>
    <message>
        <source>Chain head %1</source>
        <translation>श्रृंखला शीर्ष %1</translation>
    </message>
    <message>
        <source>%1: register must be gd or fir.</source>
        <translation>%1: register gd या fir होना चाहिए।</translation>
    </message>
    <message>
        <source>%1: the batch already has a head for register %2.</source>
        <translation>%1: बैच में रजिस्टर %2 का शीर्ष पहले से है।</translation>
    </message>
    <message>
        <source>%1: position must be at least 1.</source>
        <translation>%1: position कम से कम 1 होना चाहिए।</translation>
    </message>
    <message>
        <source>%1: hash must be 64 lower-case hexadecimal digits.</source>
        <translation>%1: hash 64 हेक्साडेसिमल अंकों (छोटे अक्षरों में) का होना चाहिए।</translation>
    </message>
    <message>
        <source>%1: recordUid is required.</source>
        <translation>%1: recordUid आवश्यक है।</translation>
    </message>
    <message>
        <source>Batch format version %1 is not supported; this program reads versions %2 and %3.</source>
        <translation>बैच फ़ॉर्मेट संस्करण %1 समर्थित नहीं है; यह प्रोग्राम संस्करण %2 और %3 पढ़ता है।</translation>
    </message>
    <message>
        <source>Batch: chains must be a list.</source>
        <translation>बैच: chains एक सूची होनी चाहिए।</translation>
    </message>
    <message>
        <source>The last line of the batch does not end with a newline.</source>
        <translation>बैच की अंतिम पंक्ति न्यूलाइन (newline) पर समाप्त नहीं होती।</translation>
    </message>
</context>
<context>
    <name>thana::sync::SdcServer</name>
    <message>
        <source>The server&apos;s certificate, key or the state&apos;s CA certificate could not be read (%1, %2, %3).</source>
        <translation>सर्वर का प्रमाणपत्र, कुंजी या राज्य के CA का प्रमाणपत्र पढ़ा नहीं जा सका (%1, %2, %3)।</translation>
    </message>
    <message>
        <source>The State Data Centre could not listen on %1:%2: %3</source>
        <translation>राज्य डेटा केंद्र %1:%2 पर कनेक्शन स्वीकार (listen) नहीं कर सका: %3</translation>
    </message>
    <message>
        <source>The connection did not show a station certificate of the state&apos;s CA.</source>
        <translation>कनेक्शन ने राज्य के CA द्वारा जारी थाना प्रमाणपत्र प्रस्तुत नहीं किया।</translation>
    </message>
    <message>
        <source>The certificate of station %1 has been revoked by the state&apos;s CA; ask the state&apos;s administrator for a new one.</source>
        <translation>थाना %1 का प्रमाणपत्र राज्य के CA द्वारा निरस्त कर दिया गया है; नए प्रमाणपत्र के लिए राज्य के प्रशासक से संपर्क करें।</translation>
    </message>
    <message>
        <source>The batch is %1 bytes; the State Data Centre takes at most %2 bytes in one batch.</source>
        <translation>बैच %1 बाइट का है; राज्य डेटा केंद्र एक बैच में अधिकतम %2 बाइट स्वीकार करता है।</translation>
    </message>
    <message>
        <source>This connection is from station %1 and may not send records of station %2; nothing was stored.</source>
        <translation>यह कनेक्शन थाना %1 का है और थाना %2 के अभिलेख नहीं भेज सकता; कुछ भी संग्रहीत नहीं किया गया।</translation>
    </message>
    <message>
        <source>The State Data Centre has nothing at %1.</source>
        <translation>राज्य डेटा केंद्र में %1 पर कुछ भी उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>The request is not an upload batch.</source>
        <translation>यह अनुरोध अपलोड बैच नहीं है।</translation>
    </message>
</context>
<context>
    <name>thana::sync::SdcStore</name>
    <message>
        <source>The State Data Centre&apos;s database could not be opened: %1</source>
        <translation>राज्य डेटा केंद्र का डेटाबेस खोला नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The State Data Centre&apos;s tables could not be made: %1</source>
        <translation>राज्य डेटा केंद्र की तालिकाएँ नहीं बनाई जा सकीं: %1</translation>
    </message>
    <message>
        <source>The State Data Centre could not store the batch: %1</source>
        <translation>राज्य डेटा केंद्र बैच संग्रहीत नहीं कर सका: %1</translation>
    </message>
    <message>
        <source>This batch is from station %1, but the connection is from station %2; nothing was stored.</source>
        <translation>यह बैच थाना %1 का है, परंतु कनेक्शन थाना %2 का है; कुछ भी संग्रहीत नहीं किया गया।</translation>
    </message>
    <message>
        <source>The State Data Centre holds this station&apos;s changes up to %1; the batch goes on with change %2 instead of %3. Nothing was stored; send again from %3.</source>
        <translation>राज्य डेटा केंद्र के पास इस थाने के परिवर्तन %1 तक हैं; बैच परिवर्तन %3 के बजाय परिवर्तन %2 से आगे बढ़ता है। कुछ भी संग्रहीत नहीं किया गया; %3 से फिर भेजें।</translation>
    </message>
    <message>
        <source>The record&apos;s columns are not a JSON object.</source>
        <translation>अभिलेख के कॉलम JSON ऑब्जेक्ट नहीं हैं।</translation>
    </message>
    <message>
        <source>Station %1 holds a record with this identity.</source>
        <translation>थाना %1 के पास इसी पहचान वाला एक अभिलेख है।</translation>
    </message>
    <message>
        <source>The record was created twice with different changes.</source>
        <translation>अभिलेख भिन्न परिवर्तनों के साथ दो बार बनाया गया।</translation>
    </message>
    <message>
        <source>The FIR belongs to station %1 (it was transferred); this station&apos;s change was kept aside.</source>
        <translation>प्र.सू.रि. थाना %1 की है (इसे स्थानांतरित किया गया था); इस थाने का परिवर्तन अलग रख दिया गया।</translation>
    </message>
    <message>
        <source>A change to a record the State Data Centre does not hold.</source>
        <translation>ऐसे अभिलेख में परिवर्तन जो राज्य डेटा केंद्र के पास नहीं है।</translation>
    </message>
    <message>
        <source>The record belongs to station %1 (it was transferred); this station&apos;s change was kept aside.</source>
        <translation>अभिलेख थाना %1 का है (इसे स्थानांतरित किया गया था); इस थाने का परिवर्तन अलग रख दिया गया।</translation>
    </message>
    <message>
        <source>There is no FIR %1 at the State Data Centre.</source>
        <translation>राज्य डेटा केंद्र में प्र.सू.रि. %1 नहीं है।</translation>
    </message>
    <message>
        <source>The FIR already belongs to station %1.</source>
        <translation>प्र.सू.रि. पहले से थाना %1 की है।</translation>
    </message>
    <message>
        <source>FIR %1/%2 of %3</source>
        <translation>%3 की प्र.सू.रि. %1/%2</translation>
    </message>
    <message>
        <source>Search: type at least three letters.</source>
        <translation>खोज: कम से कम तीन अक्षर टाइप करें।</translation>
    </message>
    <message>
        <source>FIR %1/%2: %3</source>
        <translation>प्र.सू.रि. %1/%2: %3</translation>
    </message>
    <message>
        <source>Resolution: say how the conflict was resolved.</source>
        <translation>समाधान: बताएँ कि टकराव का समाधान कैसे किया गया।</translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>कोई खुला टकराव %1 नहीं है।</translation>
    </message>
    <message>
        <source>The station&apos;s %1 chain ends at record %2, which is not in the batch.</source>
        <translation>थाने की %1 श्रृंखला अभिलेख %2 पर समाप्त होती है, जो बैच में नहीं है।</translation>
    </message>
    <message>
        <source>The station&apos;s %1 chain has %2 links up to record %3; the records received make %4: records are missing or were added at the station.</source>
        <translation>थाने की %1 श्रृंखला में अभिलेख %3 तक %2 कड़ियाँ हैं; प्राप्त अभिलेखों से %4 कड़ियाँ बनती हैं: अभिलेख अनुपलब्ध हैं या थाने पर जोड़े गए थे।</translation>
    </message>
    <message>
        <source>Link %1 of the station&apos;s %2 chain (record %3) does not follow from the records received: a record was changed at the station after it was written, or travelled changed.</source>
        <translation>थाने की %2 श्रृंखला की कड़ी %1 (अभिलेख %3) प्राप्त अभिलेखों से मेल नहीं खाती: किसी अभिलेख को लिखे जाने के बाद थाने पर बदला गया, या वह मार्ग में बदल गया।</translation>
    </message>
</context>
<context>
    <name>thana::sync::StateCa</name>
    <message>
        <source>The cryptographic operation failed: %1</source>
        <translation>क्रिप्टोग्राफ़िक प्रक्रिया विफल रही: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1 is not a register of this certificate authority.</source>
        <translation>%1 इस प्रमाणन प्राधिकरण (CA) का रजिस्टर नहीं है।</translation>
    </message>
    <message>
        <source>%1 lists a certificate without a valid serial.</source>
        <translation>%1 में बिना वैध क्रम संख्या (serial) वाला एक प्रमाणपत्र सूचीबद्ध है।</translation>
    </message>
    <message>
        <source>%1 and %2 are not a matching key and certificate.</source>
        <translation>%1 और %2 आपस में मेल खाने वाली कुंजी और प्रमाणपत्र नहीं हैं।</translation>
    </message>
    <message>
        <source>The certificate authority in %1 is in use by another program; try again.</source>
        <translation>%1 में स्थित प्रमाणन प्राधिकरण (CA) किसी अन्य प्रोग्राम द्वारा उपयोग में है; फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>Days valid: must be at least 1.</source>
        <translation>वैधता के दिन: कम से कम 1 होने चाहिए।</translation>
    </message>
    <message>
        <source>Station code: is required.</source>
        <translation>थाना कोड: आवश्यक है।</translation>
    </message>
    <message>
        <source>Station code: must look like MH-PUN-0421 (two capital letters, three capital letters and four digits, joined by hyphens).</source>
        <translation>थाना कोड: MH-PUN-0421 जैसा होना चाहिए (दो बड़े अक्षर, तीन बड़े अक्षर और चार अंक, हाइफ़न से जुड़े हुए)।</translation>
    </message>
    <message>
        <source>Host name: is required.</source>
        <translation>होस्ट नाम: आवश्यक है।</translation>
    </message>
    <message>
        <source>Host name: must be at most %1 characters.</source>
        <translation>होस्ट नाम: अधिकतम %1 वर्ण का होना चाहिए।</translation>
    </message>
    <message>
        <source>Host name: must be a DNS name (letters, digits, hyphens and dots) or an IP address.</source>
        <translation>होस्ट नाम: DNS नाम (अक्षर, अंक, हाइफ़न और बिंदु) या IP पता होना चाहिए।</translation>
    </message>
    <message>
        <source>Folder: is required.</source>
        <translation>फ़ोल्डर: आवश्यक है।</translation>
    </message>
    <message>
        <source>State name: is required.</source>
        <translation>राज्य का नाम: आवश्यक है।</translation>
    </message>
    <message>
        <source>State name: must be at most %1 characters.</source>
        <translation>राज्य का नाम: अधिकतम %1 वर्ण का होना चाहिए।</translation>
    </message>
    <message>
        <source>The certificate authority cannot be created:</source>
        <translation>प्रमाणन प्राधिकरण (CA) नहीं बनाया जा सकता:</translation>
    </message>
    <message>
        <source>%1 already holds a certificate authority; an existing one is never replaced.</source>
        <translation>%1 में पहले से एक प्रमाणन प्राधिकरण (CA) है; मौजूदा प्राधिकरण कभी बदला नहीं जाता।</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>फ़ोल्डर नहीं बनाया जा सका</translation>
    </message>
    <message>
        <source>%1 holds no certificate authority: ca.key, ca.crt and index.json are needed.</source>
        <translation>%1 में कोई प्रमाणन प्राधिकरण (CA) नहीं है: ca.key, ca.crt और index.json आवश्यक हैं।</translation>
    </message>
    <message>
        <source>Output folder: is required.</source>
        <translation>आउटपुट फ़ोल्डर: आवश्यक है।</translation>
    </message>
    <message>
        <source>Validity: the end must come after the start.</source>
        <translation>वैधता: अंत आरंभ के बाद होना चाहिए।</translation>
    </message>
    <message>
        <source>Validity: must end by %1, when the certificate authority&apos;s own certificate expires.</source>
        <translation>वैधता: %1 तक समाप्त होनी चाहिए, जब प्रमाणन प्राधिकरण (CA) का अपना प्रमाणपत्र समाप्त होता है।</translation>
    </message>
    <message>
        <source>The certificate cannot be issued:</source>
        <translation>प्रमाणपत्र जारी नहीं किया जा सकता:</translation>
    </message>
    <message>
        <source>%1 already exists; choose an empty folder so no key is overwritten.</source>
        <translation>%1 पहले से मौजूद है; खाली फ़ोल्डर चुनें ताकि कोई कुंजी अधिलेखित (overwrite) न हो।</translation>
    </message>
    <message>
        <source>%1 is not a certificate.</source>
        <translation>%1 प्रमाणपत्र नहीं है।</translation>
    </message>
    <message>
        <source>%1 was not issued by this certificate authority.</source>
        <translation>%1 इस प्रमाणन प्राधिकरण (CA) द्वारा जारी नहीं किया गया था।</translation>
    </message>
    <message>
        <source>The certificate cannot be revoked:</source>
        <translation>प्रमाणपत्र निरस्त नहीं किया जा सकता:</translation>
    </message>
    <message>
        <source>Serial: must be a hexadecimal number or the path of a certificate file.</source>
        <translation>क्रम संख्या (serial): हेक्साडेसिमल संख्या या किसी प्रमाणपत्र फ़ाइल का पथ होना चाहिए।</translation>
    </message>
    <message>
        <source>Serial %1: this certificate authority issued no certificate with this serial.</source>
        <translation>क्रम संख्या %1: इस प्रमाणन प्राधिकरण (CA) ने इस क्रम संख्या का कोई प्रमाणपत्र जारी नहीं किया।</translation>
    </message>
    <message>
        <source>Serial %1: the certificate was already revoked on %2.</source>
        <translation>क्रम संख्या %1: प्रमाणपत्र %2 को पहले ही निरस्त किया जा चुका है।</translation>
    </message>
    <message>
        <source>%1 is not a certificate revocation list.</source>
        <translation>%1 प्रमाणपत्र निरसन सूची (CRL) नहीं है।</translation>
    </message>
    <message>
        <source>%1 was not signed by the state&apos;s certificate authority.</source>
        <translation>%1 पर राज्य के प्रमाणन प्राधिकरण (CA) के हस्ताक्षर नहीं हैं।</translation>
    </message>
</context>
<context>
    <name>thana::sync::SyncClient</name>
    <message>
        <source>The State Data Centre could not be reached (%1). The changes stay queued and go when the link is back.</source>
        <translation>राज्य डेटा केंद्र से संपर्क नहीं हो सका (%1)। परिवर्तन कतार में रहेंगे और कनेक्शन बहाल होने पर भेजे जाएँगे।</translation>
    </message>
    <message>
        <source>The State Data Centre refused this station&apos;s certificate because it has expired; ask the state&apos;s administrator for a new one (%1).</source>
        <translation>राज्य डेटा केंद्र ने इस थाने का प्रमाणपत्र अस्वीकार कर दिया क्योंकि उसकी वैधता समाप्त हो चुकी है; नए प्रमाणपत्र के लिए राज्य के प्रशासक से संपर्क करें (%1)।</translation>
    </message>
    <message>
        <source>The State Data Centre did not accept this station&apos;s certificate (%1).</source>
        <translation>राज्य डेटा केंद्र ने इस थाने का प्रमाणपत्र स्वीकार नहीं किया (%1)।</translation>
    </message>
    <message>
        <source>A secure connection to the State Data Centre could not be made (%1).</source>
        <translation>राज्य डेटा केंद्र से सुरक्षित कनेक्शन नहीं बन सका (%1)।</translation>
    </message>
    <message>
        <source>The State Data Centre answered %1 (%2).</source>
        <translation>राज्य डेटा केंद्र का उत्तर: %1 (%2)।</translation>
    </message>
    <message>
        <source>Synchronisation failed: %1</source>
        <translation>सिंक (समकालिकरण) विफल रहा: %1</translation>
    </message>
    <message>
        <source>The station&apos;s certificate, key or the state&apos;s CA certificate could not be read (%1, %2, %3).</source>
        <translation>थाने का प्रमाणपत्र, कुंजी या राज्य के CA का प्रमाणपत्र पढ़ा नहीं जा सका (%1, %2, %3)।</translation>
    </message>
    <message>
        <source>This station&apos;s certificate expired on %1; ask the state&apos;s administrator for a new one.</source>
        <translation>इस थाने के प्रमाणपत्र की वैधता %1 को समाप्त हो गई; नए प्रमाणपत्र के लिए राज्य के प्रशासक से संपर्क करें।</translation>
    </message>
    <message>
        <source>State Data Centre address: must be an https:// address (now &quot;%1&quot;).</source>
        <translation>राज्य डेटा केंद्र का पता: https:// वाला पता होना चाहिए (अभी &quot;%1&quot; है)।</translation>
    </message>
    <message>
        <source>This store has no station yet; set the station up first.</source>
        <translation>इस डेटा स्टोर में अभी कोई थाना नहीं है; पहले थाना सेट अप करें।</translation>
    </message>
    <message>
        <source>This is a practice station; its records never leave this computer.</source>
        <translation>यह अभ्यास थाना है; इसके अभिलेख कभी इस कंप्यूटर से बाहर नहीं जाते।</translation>
    </message>
    <message>
        <source>The State Data Centre stored changes up to %1 of %2; the rest stay queued.</source>
        <translation>राज्य डेटा केंद्र ने %2 में से %1 तक के परिवर्तन संग्रहीत किए; शेष कतार में हैं।</translation>
    </message>
    <message>
        <source>Not stored by the State Data Centre: %1</source>
        <translation>राज्य डेटा केंद्र द्वारा संग्रहीत नहीं: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept as conflicts at the State Data Centre for a person to resolve.</source>
        <translation>
            <numerusform>%n परिवर्तन राज्य डेटा केंद्र पर टकराव के रूप में रखा गया है, जिसका समाधान किसी व्यक्ति को करना है।</numerusform>
            <numerusform>%n परिवर्तन राज्य डेटा केंद्र पर टकराव के रूप में रखे गए हैं, जिनका समाधान किसी व्यक्ति को करना है।</numerusform>
        </translation>
    </message>
    <message>
        <source>The State Data Centre found this station&apos;s register chain broken: %1</source>
        <translation>राज्य डेटा केंद्र ने इस थाने की रजिस्टर श्रृंखला टूटी हुई पाई: %1</translation>
    </message>
</context>
<context>
    <name>thana::sync::SyncWorker</name>
    <message>
        <source>Synchronisation is off because the station store could not be opened (%1). Restart Thana; if this stays, call the station&apos;s administrator.</source>
        <translation>सिंक बंद है क्योंकि थाना डेटा स्टोर खोला नहीं जा सका (%1)। Thana को पुनः आरंभ करें; यदि समस्या बनी रहे, तो थाने के प्रशासक को बुलाएँ।</translation>
    </message>
    <message>
        <source>The last round was cut short when Thana was closed; the changes stay queued and go at the next round.</source>
        <translation>Thana बंद किए जाने से पिछला दौर बीच में रुक गया; परिवर्तन कतार में हैं और अगले दौर में भेजे जाएँगे।</translation>
    </message>
    <message>
        <source>Synchronisation is off because this store has no station yet; finish the station&apos;s setup first.</source>
        <translation>सिंक बंद है क्योंकि इस डेटा स्टोर में अभी कोई थाना नहीं है; पहले थाने का सेटअप पूरा करें।</translation>
    </message>
    <message>
        <source>Not set up yet: the administrator must give the State Data Centre&apos;s address and the folder with this station&apos;s certificate once, with &quot;thanactl sync --server URL --credentials FOLDER&quot;.</source>
        <translation>अभी सेट अप नहीं है: प्रशासक को एक बार &quot;thanactl sync --server URL --credentials FOLDER&quot; से राज्य डेटा केंद्र का पता और इस थाने के प्रमाणपत्र वाला फ़ोल्डर देना होगा।</translation>
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
    <name>thana::ui::CaseDialog</name>
    <message>
        <source>Investigation</source>
        <translation>विवेचना</translation>
    </message>
    <message>
        <source>&amp;Arrests (IIF-III)</source>
        <translation>गिरफ्तारियाँ (&amp;A) (IIF-III)</translation>
    </message>
    <message>
        <source>&amp;Property (IIF-IV)</source>
        <translation>संपत्ति (&amp;P) (IIF-IV)</translation>
    </message>
    <message>
        <source>&amp;Final report (IIF-V)</source>
        <translation>अंतिम रिपोर्ट (&amp;F) (IIF-V)</translation>
    </message>
    <message>
        <source>Accused:</source>
        <translation>अभियुक्त:</translation>
    </message>
    <message>
        <source>Arrested at:</source>
        <translation>गिरफ्तारी का समय:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>स्थान:</translation>
    </message>
    <message>
        <source>Sent up to court</source>
        <translation>न्यायालय में प्रस्तुत</translation>
    </message>
    <message>
        <source>Released on bail by police</source>
        <translation>पुलिस द्वारा जमानत पर रिहा</translation>
    </message>
    <message>
        <source>Bailed by court</source>
        <translation>न्यायालय द्वारा जमानत</translation>
    </message>
    <message>
        <source>Judicial custody</source>
        <translation>न्यायिक हिरासत</translation>
    </message>
    <message>
        <source>Police custody remand</source>
        <translation>पुलिस हिरासत रिमांड</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>परिणाम:</translation>
    </message>
    <message>
        <source>Remanded at:</source>
        <translation>रिमांड का समय:</translation>
    </message>
    <message>
        <source>Relative or friend, and the designated officer</source>
        <translation>संबंधी या मित्र, और नामित अधिकारी</translation>
    </message>
    <message>
        <source>Informed:</source>
        <translation>सूचित व्यक्ति:</translation>
    </message>
    <message>
        <source>&amp;Record arrest</source>
        <translation>गिरफ्तारी दर्ज करें (&amp;R)</translation>
    </message>
    <message>
        <source>Save memo as PDF</source>
        <translation>मेमो PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Arrest memo</source>
        <translation>गिरफ्तारी मेमो</translation>
    </message>
    <message>
        <source>vehicle, mobile phone, cash, jewellery, document, weapon…</source>
        <translation>वाहन, मोबाइल फ़ोन, नकदी, आभूषण, दस्तावेज़, हथियार…</translation>
    </message>
    <message>
        <source>Type of property:</source>
        <translation>संपत्ति का प्रकार:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>विवरण:</translation>
    </message>
    <message>
        <source>Rs. </source>
        <translation>रु. </translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>मूल्य:</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>चोरी की गई</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>बरामद</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>जब्त</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>लावारिस</translation>
    </message>
    <message>
        <source>Nature:</source>
        <translation>स्वरूप:</translation>
    </message>
    <message>
        <source>Seized at:</source>
        <translation>जब्ती का समय:</translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation>साक्षी:</translation>
    </message>
    <message>
        <source>Received in the property store by:</source>
        <translation>मालखाने में प्राप्त करने वाले:</translation>
    </message>
    <message>
        <source>Record &amp;seizure</source>
        <translation>जब्ती दर्ज करें (&amp;S)</translation>
    </message>
    <message>
        <source>Seizure memo</source>
        <translation>जब्ती मेमो</translation>
    </message>
    <message>
        <source>Charge sheet</source>
        <translation>आरोप पत्र</translation>
    </message>
    <message>
        <source>Closure report</source>
        <translation>समापन रिपोर्ट</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>प्रकार:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>निष्कर्ष:</translation>
    </message>
    <message>
        <source>&amp;Draft (investigating officer)</source>
        <translation>प्रारूप तैयार करें (&amp;D) (विवेचना अधिकारी)</translation>
    </message>
    <message>
        <source>A&amp;pprove (SHO)</source>
        <translation>अनुमोदित करें (&amp;P) (थाना प्रभारी)</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>रिपोर्ट PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>अंतिम रिपोर्ट</translation>
    </message>
    <message>
        <source>met</source>
        <translation>पूरी हुई</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>चूक गई</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n दिन विलंब</numerusform>
            <numerusform>%n दिन विलंब</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n दिन शेष</numerusform>
            <numerusform>%n दिन शेष</numerusform>
        </translation>
    </message>
    <message>
        <source>No final report yet.</source>
        <translation>अभी कोई अंतिम रिपोर्ट नहीं है।</translation>
    </message>
    <message>
        <source>Approved by the SHO on %1.</source>
        <translation>थाना प्रभारी द्वारा %1 को अनुमोदित।</translation>
    </message>
    <message>
        <source>Drafted; waiting for the SHO&apos;s approval.</source>
        <translation>प्रारूप तैयार; थाना प्रभारी के अनुमोदन की प्रतीक्षा है।</translation>
    </message>
    <message>
        <source>Recorded as %1, with GD entry.</source>
        <translation>%1 के रूप में दर्ज, जीडी प्रविष्टि सहित।</translation>
    </message>
    <message>
        <source>Entered in the property store as No. %1/%2.</source>
        <translation>मालखाने में सं. %1/%2 के रूप में दर्ज।</translation>
    </message>
    <message>
        <source>Drafted. The SHO approves it.</source>
        <translation>प्रारूप तैयार हो गया। थाना प्रभारी इसे अनुमोदित करेंगे।</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>अनुमोदित।</translation>
    </message>
    <message>
        <source>There is nothing to print yet.</source>
        <translation>अभी प्रिंट करने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>%1 को PDF के रूप में सहेजें</translation>
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
        <source>Crime &amp;details (IIF-II)</source>
        <translation>अपराध विवरण (&amp;D) (IIF-II)</translation>
    </message>
    <message>
        <source>Case dia&amp;ry</source>
        <translation>केस डायरी (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Court (IIF-VI, VII)</source>
        <translation>न्यायालय (&amp;C) (IIF-VI, VII)</translation>
    </message>
    <message>
        <source>&amp;Officer and transfer</source>
        <translation>अधिकारी और स्थानांतरण (&amp;O)</translation>
    </message>
    <message>
        <source>Crime head:</source>
        <translation>अपराध शीर्ष:</translation>
    </message>
    <message>
        <source>Sub-head:</source>
        <translation>उप-शीर्ष:</translation>
    </message>
    <message>
        <source>Modus operandi:</source>
        <translation>अपराध करने का तरीका:</translation>
    </message>
    <message>
        <source>Type of place:</source>
        <translation>स्थान का प्रकार:</translation>
    </message>
    <message>
        <source>Motive:</source>
        <translation>उद्देश्य:</translation>
    </message>
    <message>
        <source>Scene:</source>
        <translation>घटनास्थल:</translation>
    </message>
    <message>
        <source>&amp;Save crime details</source>
        <translation>अपराध विवरण सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Save form as PDF</source>
        <translation>प्रपत्र PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Saved. An earlier version stays on record.</source>
        <translation>सहेजा गया। पिछला संस्करण अभिलेख में बना रहता है।</translation>
    </message>
    <message>
        <source>Crime details</source>
        <translation>अपराध विवरण</translation>
    </message>
    <message>
        <source>What was done today:</source>
        <translation>आज की गई कार्यवाही:</translation>
    </message>
    <message>
        <source>The victim or informant was told of the progress (BNSS s.193(3)(ii))</source>
        <translation>पीड़ित या सूचनाकर्ता को प्रगति की सूचना दी गई (BNSS s.193(3)(ii))</translation>
    </message>
    <message>
        <source>&amp;Write entry</source>
        <translation>प्रविष्टि लिखें (&amp;W)</translation>
    </message>
    <message>
        <source>Entry %1 written; it is never edited.</source>
        <translation>प्रविष्टि %1 लिखी गई; इसमें कभी संपादन नहीं किया जाता।</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>न्यायालय:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>वाद संख्या:</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>दोषसिद्ध</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation>दोषमुक्त</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>उन्मोचित</translation>
    </message>
    <message>
        <source>Compounded</source>
        <translation>शमनित</translation>
    </message>
    <message>
        <source>Disposal:</source>
        <translation>निस्तारण:</translation>
    </message>
    <message>
        <source>Disposed of on:</source>
        <translation>निस्तारण की तिथि:</translation>
    </message>
    <message>
        <source>Sentence:</source>
        <translation>दंडादेश:</translation>
    </message>
    <message>
        <source>Appellate court:</source>
        <translation>अपीलीय न्यायालय:</translation>
    </message>
    <message>
        <source>Appeal filed on:</source>
        <translation>अपील दायर करने की तिथि:</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>यथावत</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>उलटा गया</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>संशोधित</translation>
    </message>
    <message>
        <source>Remanded</source>
        <translation>प्रतिप्रेषित</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>खारिज</translation>
    </message>
    <message>
        <source>Result of appeal:</source>
        <translation>अपील का परिणाम:</translation>
    </message>
    <message>
        <source>Appeal decided on:</source>
        <translation>अपील के निर्णय की तिथि:</translation>
    </message>
    <message>
        <source>Record &amp;disposal</source>
        <translation>निस्तारण दर्ज करें (&amp;D)</translation>
    </message>
    <message>
        <source>Record a&amp;ppeal</source>
        <translation>अपील दर्ज करें (&amp;P)</translation>
    </message>
    <message>
        <source>Disposal as PDF</source>
        <translation>निस्तारण PDF के रूप में</translation>
    </message>
    <message>
        <source>Appeal as PDF</source>
        <translation>अपील PDF के रूप में</translation>
    </message>
    <message>
        <source>The court&apos;s disposal is recorded.</source>
        <translation>न्यायालय द्वारा निस्तारण दर्ज कर दिया गया है।</translation>
    </message>
    <message>
        <source>The result of the appeal is recorded.</source>
        <translation>अपील का परिणाम दर्ज कर दिया गया है।</translation>
    </message>
    <message>
        <source>Court disposal</source>
        <translation>न्यायालय द्वारा निस्तारण</translation>
    </message>
    <message>
        <source>Result of appeal</source>
        <translation>अपील का परिणाम</translation>
    </message>
    <message>
        <source>Give the case to:</source>
        <translation>मामला किसे सौंपें:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>कारण:</translation>
    </message>
    <message>
        <source>Police station or agency, e.g. for a Zero FIR the station where it occurred</source>
        <translation>थाना या एजेंसी, जैसे शून्य प्र.सू.रि. के लिए वह थाना जहाँ अपराध हुआ</translation>
    </message>
    <message>
        <source>Transfer the case to:</source>
        <translation>मामला किसे स्थानांतरित करें:</translation>
    </message>
    <message>
        <source>Reason for the transfer:</source>
        <translation>स्थानांतरण का कारण:</translation>
    </message>
    <message>
        <source>Order reference:</source>
        <translation>आदेश का संदर्भ:</translation>
    </message>
    <message>
        <source>Re&amp;assign (SHO)</source>
        <translation>दूसरे अधिकारी को सौंपें (&amp;A) (थाना प्रभारी)</translation>
    </message>
    <message>
        <source>&amp;Transfer (SHO)</source>
        <translation>स्थानांतरित करें (&amp;T) (थाना प्रभारी)</translation>
    </message>
    <message>
        <source>The case is now with %1.</source>
        <translation>मामला अब %1 के पास है।</translation>
    </message>
    <message>
        <source>Transferred, with its GD entry; nothing more is written in it here.</source>
        <translation>जीडी प्रविष्टि सहित स्थानांतरित; अब यहाँ इसमें कुछ और नहीं लिखा जाएगा।</translation>
    </message>
    <message>
        <source>&amp;Evidence and statements</source>
        <translation>साक्ष्य और बयान (&amp;E)</translation>
    </message>
    <message>
        <source>Sent to the laboratory</source>
        <translation>प्रयोगशाला भेजा गया</translation>
    </message>
    <message>
        <source>Back from the laboratory</source>
        <translation>प्रयोगशाला से वापस</translation>
    </message>
    <message>
        <source>Produced in court</source>
        <translation>न्यायालय में प्रस्तुत</translation>
    </message>
    <message>
        <source>Back from court</source>
        <translation>न्यायालय से वापस</translation>
    </message>
    <message>
        <source>Returned to the owner</source>
        <translation>स्वामी को लौटाया गया</translation>
    </message>
    <message>
        <source>Disposed of</source>
        <translation>निस्तारित</translation>
    </message>
    <message>
        <source>Laboratory, court, owner…</source>
        <translation>प्रयोगशाला, न्यायालय, स्वामी…</translation>
    </message>
    <message>
        <source>Letter or order number</source>
        <translation>पत्र या आदेश संख्या</translation>
    </message>
    <message>
        <source>Record &amp;movement</source>
        <translation>आवागमन दर्ज करें (&amp;M)</translation>
    </message>
    <message>
        <source>Record the seizure first.</source>
        <translation>पहले जब्ती दर्ज करें।</translation>
    </message>
    <message>
        <source>Movement recorded in the chain of custody.</source>
        <translation>अभिरक्षा श्रृंखला में आवागमन दर्ज किया गया।</translation>
    </message>
    <message>
        <source>Court the approved report goes to</source>
        <translation>वह न्यायालय जिसे अनुमोदित रिपोर्ट भेजी जाती है</translation>
    </message>
    <message>
        <source>Send to &amp;court</source>
        <translation>न्यायालय को भेजें (&amp;C)</translation>
    </message>
    <message>
        <source>e-FIR signed &amp;now</source>
        <translation>ई-एफ़आईआर (e-FIR) पर अभी हस्ताक्षर हुए (&amp;N)</translation>
    </message>
    <message>
        <source>The informant has signed the e-FIR (BNSS s.173(1)(ii))</source>
        <translation>सूचनाकर्ता ने ई-एफ़आईआर (e-FIR) पर हस्ताक्षर कर दिए हैं (BNSS s.173(1)(ii))</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>%1 को भेजी गई।</translation>
    </message>
    <message>
        <source>The e-FIR signature is recorded.</source>
        <translation>ई-एफ़आईआर (e-FIR) पर हस्ताक्षर दर्ज किए गए।</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>Electronic record:</source>
        <translation>इलेक्ट्रॉनिक अभिलेख:</translation>
    </message>
    <message>
        <source>What it is and where it came from</source>
        <translation>यह क्या है और कहाँ से आया</translation>
    </message>
    <message>
        <source>&amp;Keep as evidence</source>
        <translation>साक्ष्य के रूप में रखें (&amp;K)</translation>
    </message>
    <message>
        <source>BSA s.63 certificate as PDF</source>
        <translation>BSA s.63 प्रमाणपत्र PDF के रूप में</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>व्यक्ति:</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>साक्षी</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>पीड़ित</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>शिकायतकर्ता</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>विशेषज्ञ</translation>
    </message>
    <message>
        <source>Given as:</source>
        <translation>किस रूप में:</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>बयान:</translation>
    </message>
    <message>
        <source>Record &amp;statement</source>
        <translation>बयान दर्ज करें (&amp;S)</translation>
    </message>
    <message>
        <source>Electronic record</source>
        <translation>इलेक्ट्रॉनिक अभिलेख</translation>
    </message>
    <message>
        <source>Kept; its SHA-256 is %1.</source>
        <translation>रखा गया; इसका SHA-256 %1 है।</translation>
    </message>
    <message>
        <source>BSA certificate</source>
        <translation>BSA प्रमाणपत्र</translation>
    </message>
    <message>
        <source>Statement recorded; it is never edited.</source>
        <translation>बयान दर्ज किया गया; इसे कभी संपादित नहीं किया जाता।</translation>
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
    <message>
        <source>Last day</source>
        <translation>अंतिम दिन</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>शेष दिन</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>मामला</translation>
    </message>
    <message>
        <source>What the law requires</source>
        <translation>कानून की अपेक्षा</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>कानून</translation>
    </message>
    <message>
        <source>From the State Data Centre: transfers, citizens&apos; requests, notices</source>
        <translation>राज्य डेटा केंद्र से: स्थानांतरण, नागरिकों के अनुरोध, सूचनाएँ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्ति तिथि</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>What</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Deadlines of open cases: %1 passed in the last 30 days, %2 due in the next 14 days</source>
        <translation>खुले मामलों की समय-सीमाएँ: पिछले 30 दिनों में %1 बीत गईं, अगले 14 दिनों में %2 देय</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n दिन विलंब</numerusform>
            <numerusform>%n दिन विलंब</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Case transferred here</source>
        <translation>मामला यहाँ स्थानांतरित</translation>
    </message>
    <message>
        <source>Case transferred away</source>
        <translation>मामला अन्यत्र स्थानांतरित</translation>
    </message>
    <message>
        <source>Complaint from the citizen portal</source>
        <translation>नागरिक पोर्टल से शिकायत</translation>
    </message>
    <message>
        <source>Citizen&apos;s service request</source>
        <translation>नागरिक का सेवा अनुरोध</translation>
    </message>
    <message>
        <source>Acts and sections updated</source>
        <translation>अधिनियम और धाराएँ अद्यतन</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>सूचना</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Month to review</source>
        <translation>समीक्षा का माह</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>माह (&amp;M):</translation>
    </message>
    <message>
        <source>FIRs by crime head, this month against the same month last year</source>
        <translation>अपराध शीर्ष के अनुसार प्र.सू.रि., इस माह बनाम पिछले वर्ष का यही माह</translation>
    </message>
    <message>
        <source>Crime review</source>
        <translation>अपराध समीक्षा</translation>
    </message>
    <message>
        <source>Open &amp;on:</source>
        <translation>इस दिन लंबित (&amp;O):</translation>
    </message>
    <message>
        <source>Cases under investigation by age</source>
        <translation>विवेचनाधीन मामले, अवधि के अनुसार</translation>
    </message>
    <message>
        <source>Pendency</source>
        <translation>लंबित विवेचना</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>से (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>तक (&amp;T):</translation>
    </message>
    <message>
        <source>Final reports and court disposals</source>
        <translation>अंतिम रिपोर्टें और न्यायालय द्वारा निस्तारण</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>निस्तारण</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV निर्यात करें (&amp;E)…</translation>
    </message>
    <message>
        <source>No FIRs registered in %1 or in %2</source>
        <translation>%1 या %2 में कोई प्र.सू.रि. दर्ज नहीं</translation>
    </message>
    <message>
        <source>FIRs by crime head: %1 in %2 against %3 in %4 (%5)</source>
        <translation>अपराध शीर्ष के अनुसार प्र.सू.रि.: %2 में %1 बनाम %4 में %3 (%5)</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>विवेचनाधीन</translation>
    </message>
    <message>
        <source>Past a limit of BNSS s.187(3) or s.193(2)</source>
        <translation>BNSS s.187(3) या s.193(2) की समय-सीमा पार</translation>
    </message>
    <message>
        <source>%1 case(s) under investigation on %2, %3 past a statutory limit</source>
        <translation>%2 को %1 मामले विवेचनाधीन, %3 वैधानिक समय-सीमा पार</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>मामले</translation>
    </message>
    <message>
        <source>Charge sheets</source>
        <translation>आरोप पत्र</translation>
    </message>
    <message>
        <source>Closure reports</source>
        <translation>समापन रिपोर्टें</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>दोषसिद्ध</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation>दोषमुक्त</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>उन्मोचित</translation>
    </message>
    <message>
        <source>Compounded</source>
        <translation>शमनित</translation>
    </message>
    <message>
        <source>Final reports and court disposals: charge-sheeting rate %1, conviction rate %2</source>
        <translation>अंतिम रिपोर्टें और न्यायालय द्वारा निस्तारण: आरोप पत्र दर %1, दोषसिद्धि दर %2</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>रिपोर्ट को CSV के रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 नहीं लिखा जा सकता: %2</translation>
    </message>
    <message>
        <source>Reading the deadlines of open cases…</source>
        <translation>खुले मामलों की समय-सीमाएँ पढ़ी जा रही हैं…</translation>
    </message>
    <message>
        <source>Not accepted by the State Data Centre</source>
        <translation>राज्य डेटा केंद्र द्वारा स्वीकार नहीं</translation>
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
    <message>
        <source>&amp;Investigation…</source>
        <translation>विवेचना (&amp;I)…</translation>
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
    <message>
        <source>Next round at %1; Sync now (Ctrl+Shift+S) sends at once.</source>
        <translation>अगला दौर %1 पर; अभी सिंक करें (Ctrl+Shift+S) से तुरंत भेजा जाता है।</translation>
    </message>
    <message>
        <source>Practice station: never synchronised</source>
        <translation>अभ्यास थाना: कभी सिंक नहीं होता</translation>
    </message>
    <message>
        <source>Sync: starting…</source>
        <translation>सिंक: आरंभ हो रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n queued</source>
        <translation>
            <numerusform>सिंक: %n कतार में</numerusform>
            <numerusform>सिंक: %n कतार में</numerusform>
        </translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation>अंतिम सफलता %1</translation>
    </message>
    <message>
        <source>no success yet</source>
        <translation>अभी तक कोई सफलता नहीं</translation>
    </message>
    <message>
        <source>sending now…</source>
        <translation>अभी भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>थाना (&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>अभी सिंक करें (&amp;N)</translation>
    </message>
    <message>
        <source>A practice station is never synchronised.</source>
        <translation>अभ्यास थाना कभी सिंक नहीं होता।</translation>
    </message>
    <message>
        <source>Send the queued changes to the State Data Centre now, in the background.</source>
        <translation>कतार में रखे परिवर्तन अभी, पृष्ठभूमि में, राज्य डेटा केंद्र को भेजें।</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>रजिस्टर</translation>
    </message>
    <message>
        <source>Station records</source>
        <translation>थाना अभिलेख</translation>
    </message>
</context>
<context>
    <name>thana::ui::MatchesDialog</name>
    <message>
        <source>Possible matches for %1</source>
        <translation>%1 के संभावित मिलान</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>अभिलेख</translation>
    </message>
    <message>
        <source>Name, date, place</source>
        <translation>नाम, तिथि, स्थान</translation>
    </message>
    <message>
        <source>Why it could be the same person:</source>
        <translation>यह वही व्यक्ति क्यों हो सकता है:</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>अभिलेख खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>No record could be %1 (%2): none agrees in gender, age, height and dates. Look again when new records come in.</source>
        <translation>कोई भी अभिलेख %1 (%2) से मेल नहीं खाता: किसी में भी लिंग, आयु, ऊँचाई और तिथियाँ मेल नहीं खातीं। नए अभिलेख आने पर फिर देखें।</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could be %1 (%2), best first. Open one to read it in full; nothing is linked until you record the tracing or identification.</source>
        <translation>
            <numerusform>%n अभिलेख %1 (%2) से मेल खा सकता है। पूरा पढ़ने के लिए उसे खोलें; जब तक आप पता चलना या पहचान दर्ज नहीं करते, कुछ भी जोड़ा नहीं जाता।</numerusform>
            <numerusform>%n अभिलेख %1 (%2) से मेल खा सकते हैं, सबसे अच्छा मिलान पहले। पूरा पढ़ने के लिए किसी एक को खोलें; जब तक आप पता चलना या पहचान दर्ज नहीं करते, कुछ भी जोड़ा नहीं जाता।</numerusform>
        </translation>
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
    <message>
        <source>&lt;b&gt;Already on record?&lt;/b&gt; These persons may be the one you are entering; press Enter on one to use it instead of a new entry.</source>
        <translation>&lt;b&gt;पहले से दर्ज?&lt;/b&gt; ये व्यक्ति वही हो सकते हैं जिन्हें आप दर्ज कर रहे हैं; नई प्रविष्टि के बजाय उसे चुनने के लिए उस पर Enter दबाएँ।</translation>
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
    <message>
        <source>Same person as…</source>
        <translation>यही व्यक्ति है…</translation>
    </message>
    <message>
        <source>Record that the selected entry is the same person as another one on record</source>
        <translation>दर्ज करें कि चयनित प्रविष्टि अभिलेख में दर्ज किसी अन्य व्यक्ति जैसा ही व्यक्ति है</translation>
    </message>
    <message>
        <source>Undo a merge…</source>
        <translation>विलय रद्द करें…</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>एक ही व्यक्ति</translation>
    </message>
    <message>
        <source>Select the entry that is a duplicate first.</source>
        <translation>पहले वह प्रविष्टि चुनें जो दोहराई गई है।</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is the same person as:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; यही व्यक्ति है:</translation>
    </message>
    <message>
        <source>Why they are one person, e.g. the same Aadhaar number</source>
        <translation>वे एक ही व्यक्ति क्यों हैं, जैसे एक ही आधार संख्या</translation>
    </message>
    <message>
        <source>Persons: no one on record looks like this entry.</source>
        <translation>व्यक्ति: अभिलेख में कोई भी इस प्रविष्टि जैसा नहीं दिखता।</translation>
    </message>
    <message>
        <source>Undo a merge</source>
        <translation>विलय रद्द करें</translation>
    </message>
    <message>
        <source>There is no merge to undo.</source>
        <translation>रद्द करने के लिए कोई विलय नहीं है।</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Merge to undo:</source>
        <translation>रद्द किया जाने वाला विलय:</translation>
    </message>
</context>
<context>
    <name>thana::ui::RecordForm</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>सहेजें (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>thana::ui::RegistersPage</name>
    <message>
        <source>&amp;Register:</source>
        <translation>रजिस्टर (&amp;R):</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>से (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>तक (&amp;T):</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>PDF के रूप में सहेजें (&amp;P)…</translation>
    </message>
    <message>
        <source>The whole register for the period, A4 landscape, with the heading and columns in English and Hindi on every page.</source>
        <translation>अवधि का पूरा रजिस्टर, A4 लैंडस्केप में, हर पृष्ठ पर अंग्रेज़ी और हिन्दी में शीर्षक और कॉलम सहित।</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV निर्यात करें (&amp;E)…</translation>
    </message>
    <message>
        <source>The whole register for the period as a spreadsheet file (UTF-8).</source>
        <translation>अवधि का पूरा रजिस्टर, स्प्रेडशीट फ़ाइल (UTF-8) के रूप में।</translation>
    </message>
    <message>
        <source>Oldest entry first; more rows load as you scroll. Each register is drawn from the records already entered. Names of victims of sexual offences are withheld from officers not working the case.</source>
        <translation>सबसे पुरानी प्रविष्टि पहले; स्क्रॉल करने पर और पंक्तियाँ लोड होती हैं। प्रत्येक रजिस्टर पहले से दर्ज अभिलेखों से तैयार होता है। यौन अपराधों के पीड़ितों के नाम उन अधिकारियों से गोपनीय रखे जाते हैं जो इस मामले पर कार्य नहीं कर रहे हैं।</translation>
    </message>
    <message>
        <source>&quot;From&quot; (%1) is after &quot;To&quot; (%2).</source>
        <translation>&quot;से&quot; (%1), &quot;तक&quot; (%2) के बाद है।</translation>
    </message>
    <message>
        <source>No entries in this register from %1 to %2.</source>
        <translation>इस रजिस्टर में %1 से %2 तक कोई प्रविष्टि नहीं है।</translation>
    </message>
    <message>
        <source>Save register as PDF</source>
        <translation>रजिस्टर PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>%1 को %2 द्वारा मुद्रित</translation>
    </message>
    <message>
        <source>Preparing the register…</source>
        <translation>रजिस्टर तैयार किया जा रहा है…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>%1 तैयार किया जा रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation>
            <numerusform>%1 में %n पृष्ठ सहेजा गया।</numerusform>
            <numerusform>%1 में %n पृष्ठ सहेजे गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Export register as CSV</source>
        <translation>रजिस्टर CSV के रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>फ़ाइल %1 नहीं लिखी जा सकी: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%1 में %n पंक्ति निर्यात की गई।</numerusform>
            <numerusform>%1 में %n पंक्तियाँ निर्यात की गईं।</numerusform>
        </translation>
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
    <name>thana::ui::StationRecordsPage</name>
    <message>
        <source>male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <source>transgender</source>
        <translation>ट्रांसजेंडर</translation>
    </message>
    <message>
        <source>gender not known</source>
        <translation>लिंग ज्ञात नहीं</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 वर्ष</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 वर्ष</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 से.मी.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>ज्ञात नहीं</translation>
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
        <source>&amp;Gender:</source>
        <translation>लिंग (&amp;G):</translation>
    </message>
    <message>
        <source>Apparent &amp;age, from (years):</source>
        <translation>अनुमानित आयु, न्यूनतम (वर्ष) (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Age, or from (years):</source>
        <translation>आयु, या न्यूनतम (वर्ष) (&amp;A):</translation>
    </message>
    <message>
        <source>One age, or the least it could be; leave the next field empty for a single age.</source>
        <translation>एक ही आयु, या न्यूनतम संभावित आयु; एक ही आयु हो तो अगला फ़ील्ड खाली छोड़ दें।</translation>
    </message>
    <message>
        <source>Age up &amp;to (years):</source>
        <translation>अधिकतम आयु (वर्ष) (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Height (cm):</source>
        <translation>ऊँचाई (से.मी.) (&amp;H):</translation>
    </message>
    <message>
        <source>empty if not known</source>
        <translation>ज्ञात न हो तो खाली छोड़ें</translation>
    </message>
    <message>
        <source>&amp;Build:</source>
        <translation>कद-काठी (&amp;B):</translation>
    </message>
    <message>
        <source>thin, medium, heavy</source>
        <translation>दुबला, मध्यम, भारी</translation>
    </message>
    <message>
        <source>Comple&amp;xion:</source>
        <translation>रंग (&amp;X):</translation>
    </message>
    <message>
        <source>Identifying &amp;marks:</source>
        <translation>पहचान चिह्न (&amp;M):</translation>
    </message>
    <message>
        <source>moles, scars, tattoos; separate with commas</source>
        <translation>तिल, निशान, गोदना (टैटू); अल्पविराम से अलग करें</translation>
    </message>
    <message>
        <source>C&amp;lothing:</source>
        <translation>पहनावा (&amp;L):</translation>
    </message>
    <message>
        <source>Enter the person&apos;s particulars above, or choose a person already on record.</source>
        <translation>ऊपर व्यक्ति का विवरण भरें, या पहले से दर्ज कोई व्यक्ति चुनें।</translation>
    </message>
    <message>
        <source>Missing since</source>
        <translation>गुमशुदगी का समय</translation>
    </message>
    <message>
        <source>&amp;Report missing person…</source>
        <translation>गुमशुदगी रिपोर्ट दर्ज करें (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Traced…</source>
        <translation>पता चला (&amp;T)…</translation>
    </message>
    <message>
        <source>Possible &amp;matches…</source>
        <translation>संभावित मिलान (&amp;M)…</translation>
    </message>
    <message>
        <source>Missing &amp;persons</source>
        <translation>गुमशुदा व्यक्ति (&amp;P)</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>मिलने का समय</translation>
    </message>
    <message>
        <source>Body fou&amp;nd…</source>
        <translation>शव मिला (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Identified…</source>
        <translation>पहचान हुई (&amp;I)…</translation>
    </message>
    <message>
        <source>Unidentified &amp;bodies</source>
        <translation>अज्ञात शव (&amp;B)</translation>
    </message>
    <message>
        <source>Person fou&amp;nd…</source>
        <translation>व्यक्ति मिला (&amp;N)…</translation>
    </message>
    <message>
        <source>Persons fo&amp;und</source>
        <translation>प्राप्त व्यक्ति (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open history sheet…</source>
        <translation>हिस्ट्रीशीट खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Add FIR…</source>
        <translation>प्र.सू.रि. जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>बंद करें (&amp;C)…</translation>
    </message>
    <message>
        <source>Only the SHO opens a history sheet.</source>
        <translation>केवल थाना प्रभारी ही हिस्ट्रीशीट खोलते हैं।</translation>
    </message>
    <message>
        <source>Only the SHO closes a history sheet.</source>
        <translation>केवल थाना प्रभारी ही हिस्ट्रीशीट बंद करते हैं।</translation>
    </message>
    <message>
        <source>Only the SHO or an investigating officer adds a case to a history sheet.</source>
        <translation>केवल थाना प्रभारी या कोई विवेचना अधिकारी ही हिस्ट्रीशीट में मामला जोड़ते हैं।</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>खोलने की तिथि</translation>
    </message>
    <message>
        <source>Histor&amp;y sheets</source>
        <translation>हिस्ट्रीशीट (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>इस तिथि तक नियत (&amp;D):</translation>
    </message>
    <message>
        <source>Only processes not yet returned to court whose date fixed by the court is on or before this day, the soonest first.</source>
        <translation>केवल वे आदेशिकाएँ जो अभी न्यायालय को लौटाई नहीं गई हैं और जिनकी न्यायालय द्वारा नियत तिथि इस दिन या इससे पहले की है; सबसे निकट तिथि वाली पहले।</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>Process &amp;received…</source>
        <translation>प्राप्त आदेशिका दर्ज करें (&amp;R)…</translation>
    </message>
    <message>
        <source>Report s&amp;ervice…</source>
        <translation>तामील रिपोर्ट दर्ज करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Summons &amp;&amp; &amp;warrants</source>
        <translation>सम्मन एवं वारंट (&amp;W)</translation>
    </message>
    <message>
        <source>In</source>
        <translation>आने का समय</translation>
    </message>
    <message>
        <source>Visitor &amp;in…</source>
        <translation>आगंतुक का आगमन (&amp;I)…</translation>
    </message>
    <message>
        <source>Visitor &amp;out</source>
        <translation>आगंतुक का प्रस्थान (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Visitors</source>
        <translation>आगंतुक (&amp;V)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>सं.</translation>
    </message>
    <message>
        <source>Name, purpose, whom met</source>
        <translation>नाम, प्रयोजन, किससे मिले</translation>
    </message>
    <message>
        <source>Process, person, court</source>
        <translation>आदेशिका, व्यक्ति, न्यायालय</translation>
    </message>
    <message>
        <source>Name or description</source>
        <translation>नाम या विवरण</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>traced %1</source>
        <translation>%1 को पता चला</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>गुमशुदा</translation>
    </message>
    <message>
        <source>identified as %1</source>
        <translation>%1 के रूप में पहचाना गया</translation>
    </message>
    <message>
        <source>unidentified</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>placed with %1</source>
        <translation>%1 के पास रखा गया</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>%1 को बंद</translation>
    </message>
    <message numerus="yes">
        <source>open, %n case(s)</source>
        <translation>
            <numerusform>खुली, %n मामला</numerusform>
            <numerusform>खुली, %n मामले</numerusform>
        </translation>
    </message>
    <message>
        <source>Summons</source>
        <translation>सम्मन</translation>
    </message>
    <message>
        <source>Bailable warrant</source>
        <translation>जमानती वारंट</translation>
    </message>
    <message>
        <source>Non-bailable warrant</source>
        <translation>गैर-जमानती वारंट</translation>
    </message>
    <message>
        <source>Proclamation</source>
        <translation>उद्घोषणा</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>served</source>
        <translation>तामील हुई</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>तामील नहीं हुई</translation>
    </message>
    <message>
        <source>returned to court</source>
        <translation>न्यायालय को लौटाई गई</translation>
    </message>
    <message>
        <source>%1: %2 — %3, %4</source>
        <translation>%1: %2 — %3, %4</translation>
    </message>
    <message>
        <source>%1 — %2, met %3</source>
        <translation>%1 — %2, %3 से मिले</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 को गए</translation>
    </message>
    <message>
        <source>in the station</source>
        <translation>थाने में</translation>
    </message>
    <message>
        <source>Missing person %1: %2, %3.</source>
        <translation>गुमशुदा व्यक्ति %1: %2, %3।</translation>
    </message>
    <message>
        <source>Missing since %1, last seen at %2; reported %3.</source>
        <translation>%1 से गुमशुदा; अंतिम बार देखे जाने का स्थान: %2; रिपोर्ट का समय: %3।</translation>
    </message>
    <message>
        <source>Traced %1 at %2: %3</source>
        <translation>%1 को स्थान %2 पर पता चला: %3</translation>
    </message>
    <message>
        <source>Unidentified body %1, found %2 at %3: %4.</source>
        <translation>अज्ञात शव %1, %2 को स्थान %3 पर मिला: %4।</translation>
    </message>
    <message>
        <source>Probable cause: %1</source>
        <translation>संभावित कारण: %1</translation>
    </message>
    <message>
        <source>Inquest (BNSS s.194): %1</source>
        <translation>पंचनामा (BNSS s.194): %1</translation>
    </message>
    <message>
        <source>Identified %1 as %2 by %3.</source>
        <translation>%1 को %3 द्वारा %2 के रूप में पहचाना गया।</translation>
    </message>
    <message>
        <source>Person found %1, %2 at %3: %4.</source>
        <translation>प्राप्त व्यक्ति %1, %2 को स्थान %3 पर मिला: %4।</translation>
    </message>
    <message>
        <source>Placed with %1.</source>
        <translation>%1 के पास रखा गया।</translation>
    </message>
    <message>
        <source>History sheet %1 on %2 (%3), opened %4.</source>
        <translation>हिस्ट्रीशीट %1: %2 (%3), %4 को खोली गई।</translation>
    </message>
    <message>
        <source>Grounds: %1</source>
        <translation>आधार: %1</translation>
    </message>
    <message>
        <source>No case linked yet.</source>
        <translation>अभी कोई मामला नहीं जुड़ा है।</translation>
    </message>
    <message>
        <source>Cases: FIR %1</source>
        <translation>मामले: प्र.सू.रि. %1</translation>
    </message>
    <message>
        <source>Closed %1: %2</source>
        <translation>%1 को बंद की गई: %2</translation>
    </message>
    <message>
        <source>%1 %2 from %3 in %4, received %5; the court fixed %6.</source>
        <translation>%1 %2, %3 से, प्रकरण %4 में; %5 को प्राप्त; न्यायालय द्वारा नियत तिथि %6।</translation>
    </message>
    <message>
        <source>To be served on %1, %2.</source>
        <translation>तामील हेतु व्यक्ति: %1, %2।</translation>
    </message>
    <message>
        <source>%1: served on %2 (%3).</source>
        <translation>%1: %2 पर तामील की गई (%3)।</translation>
    </message>
    <message>
        <source>%1: not served: %2</source>
        <translation>%1: तामील नहीं हुई: %2</translation>
    </message>
    <message>
        <source>%1: returned to court.</source>
        <translation>%1: न्यायालय को लौटाई गई।</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>Came %1 to meet %2: %3.</source>
        <translation>%1 को %2 से मिलने आए: %3।</translation>
    </message>
    <message>
        <source>Left %1.</source>
        <translation>%1 को चले गए।</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>पहले सूची में कोई अभिलेख चुनें।</translation>
    </message>
    <message>
        <source>No other record matches it yet.</source>
        <translation>अभी कोई अन्य अभिलेख इससे मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Report a missing person</source>
        <translation>गुमशुदगी रिपोर्ट दर्ज करें</translation>
    </message>
    <message>
        <source>&amp;Name of the missing person:</source>
        <translation>गुमशुदा व्यक्ति का नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Missing &amp;since:</source>
        <translation>गुमशुदगी का समय (&amp;S):</translation>
    </message>
    <message>
        <source>Last seen &amp;place:</source>
        <translation>अंतिम बार देखे जाने का स्थान (&amp;P):</translation>
    </message>
    <message>
        <source>Reported b&amp;y:</source>
        <translation>सूचनाकर्ता (&amp;Y):</translation>
    </message>
    <message>
        <source>Missing person report No. %1 recorded, with its General Diary entry.</source>
        <translation>गुमशुदगी रिपोर्ट सं. %1 सामान्य दैनिकी प्रविष्टि सहित दर्ज की गई।</translation>
    </message>
    <message>
        <source>Missing person %1 traced</source>
        <translation>गुमशुदा व्यक्ति %1 का पता चला</translation>
    </message>
    <message>
        <source>&amp;Traced at:</source>
        <translation>पता चलने का समय (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Where traced:</source>
        <translation>कहाँ पता चला (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;How traced:</source>
        <translation>कैसे पता चला (&amp;H):</translation>
    </message>
    <message>
        <source>Tracing recorded, with its General Diary entry.</source>
        <translation>पता चलने का विवरण सामान्य दैनिकी प्रविष्टि सहित दर्ज किया गया।</translation>
    </message>
    <message>
        <source>Unidentified dead body found</source>
        <translation>अज्ञात शव मिला</translation>
    </message>
    <message>
        <source>&amp;Found at:</source>
        <translation>मिलने का समय (&amp;F):</translation>
    </message>
    <message>
        <source>Pla&amp;ce found:</source>
        <translation>मिलने का स्थान (&amp;C):</translation>
    </message>
    <message>
        <source>Probable ca&amp;use of death:</source>
        <translation>मृत्यु का संभावित कारण (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Inquest report (BNSS s.194):</source>
        <translation>जाँच पंचनामा (BNSS s.194) (&amp;I):</translation>
    </message>
    <message>
        <source>Unidentified body No. %1 recorded, with its General Diary entry.</source>
        <translation>अज्ञात शव सं. %1 सामान्य दैनिकी प्रविष्टि सहित दर्ज किया गया।</translation>
    </message>
    <message>
        <source>Body %1 identified</source>
        <translation>शव %1 की पहचान</translation>
    </message>
    <message>
        <source>&amp;Identified at:</source>
        <translation>पहचान का समय (&amp;I):</translation>
    </message>
    <message>
        <source>Identified &amp;as:</source>
        <translation>किस रूप में पहचाना गया (&amp;A):</translation>
    </message>
    <message>
        <source>Identified &amp;by:</source>
        <translation>पहचानकर्ता (&amp;B):</translation>
    </message>
    <message>
        <source>the relative or neighbour who identified the body</source>
        <translation>शव की पहचान करने वाला संबंधी या पड़ोसी</translation>
    </message>
    <message>
        <source>Identification recorded, with its General Diary entry.</source>
        <translation>पहचान सामान्य दैनिकी प्रविष्टि सहित दर्ज की गई।</translation>
    </message>
    <message>
        <source>Person found</source>
        <translation>प्राप्त व्यक्ति</translation>
    </message>
    <message>
        <source>&amp;Name, if given:</source>
        <translation>नाम, यदि बताया हो (&amp;N):</translation>
    </message>
    <message>
        <source>Placed &amp;with:</source>
        <translation>कहाँ रखा गया (&amp;W):</translation>
    </message>
    <message>
        <source>shelter home, hospital, child welfare committee</source>
        <translation>आश्रय गृह, अस्पताल, बाल कल्याण समिति</translation>
    </message>
    <message>
        <source>Person found No. %1 recorded, with its General Diary entry.</source>
        <translation>प्राप्त व्यक्ति सं. %1 सामान्य दैनिकी प्रविष्टि सहित दर्ज किया गया।</translation>
    </message>
    <message>
        <source>FIR: there is no FIR No. %1 at this station; write the number as 12/2026.</source>
        <translation>प्र.सू.रि.: इस थाने में प्र.सू.रि. सं. %1 नहीं है; संख्या 12/2026 के रूप में लिखें।</translation>
    </message>
    <message>
        <source>Open a history sheet</source>
        <translation>हिस्ट्रीशीट खोलें</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>व्यक्ति (&amp;P):</translation>
    </message>
    <message>
        <source>Habitual offender</source>
        <translation>आदतन अपराधी</translation>
    </message>
    <message>
        <source>Property offender</source>
        <translation>संपत्ति संबंधी अपराधी</translation>
    </message>
    <message>
        <source>Bootlegger</source>
        <translation>अवैध शराब का कारोबारी</translation>
    </message>
    <message>
        <source>Body offender</source>
        <translation>शरीर संबंधी अपराधी</translation>
    </message>
    <message>
        <source>Gambler</source>
        <translation>जुआरी</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>श्रेणी (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>आधार (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Opened at:</source>
        <translation>खोलने का समय (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;FIRs that ground it:</source>
        <translation>आधारभूत प्र.सू.रि. (&amp;F):</translation>
    </message>
    <message>
        <source>e.g. 12/2026, 15/2026</source>
        <translation>जैसे 12/2026, 15/2026</translation>
    </message>
    <message>
        <source>History sheet No. %1 opened.</source>
        <translation>हिस्ट्रीशीट सं. %1 खोली गई।</translation>
    </message>
    <message>
        <source>Add a case to history sheet %1</source>
        <translation>हिस्ट्रीशीट %1 में मामला जोड़ें</translation>
    </message>
    <message>
        <source>&amp;FIR number:</source>
        <translation>प्र.सू.रि. संख्या (&amp;F):</translation>
    </message>
    <message>
        <source>e.g. 12/2026</source>
        <translation>जैसे 12/2026</translation>
    </message>
    <message>
        <source>FIR: give one FIR number, e.g. 12/2026.</source>
        <translation>प्र.सू.रि.: एक प्र.सू.रि. संख्या दें, जैसे 12/2026।</translation>
    </message>
    <message>
        <source>Case added to the history sheet.</source>
        <translation>मामला हिस्ट्रीशीट में जोड़ दिया गया।</translation>
    </message>
    <message>
        <source>Close history sheet %1</source>
        <translation>हिस्ट्रीशीट %1 बंद करें</translation>
    </message>
    <message>
        <source>&amp;Closed at:</source>
        <translation>बंद करने का समय (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>History sheet closed.</source>
        <translation>हिस्ट्रीशीट बंद की गई।</translation>
    </message>
    <message>
        <source>Process received from a court</source>
        <translation>न्यायालय से प्राप्त आदेशिका</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>प्रकार (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation>न्यायालय (&amp;C):</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>प्रकरण संख्या (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Person to be served:</source>
        <translation>तामील हेतु व्यक्ति (&amp;P):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>पता (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Received at:</source>
        <translation>प्राप्ति का समय (&amp;R):</translation>
    </message>
    <message>
        <source>Date fixed by the court (d&amp;ue):</source>
        <translation>न्यायालय द्वारा नियत तिथि (&amp;U):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Officer to serve it:</source>
        <translation>तामील करने वाला अधिकारी (&amp;O):</translation>
    </message>
    <message>
        <source>Process No. %1 entered.</source>
        <translation>आदेशिका सं. %1 दर्ज की गई।</translation>
    </message>
    <message>
        <source>Report on process %1</source>
        <translation>आदेशिका %1 पर रिपोर्ट</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>तामील हुई</translation>
    </message>
    <message>
        <source>Not served</source>
        <translation>तामील नहीं हुई</translation>
    </message>
    <message>
        <source>Returned to court</source>
        <translation>न्यायालय को लौटाई गई</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>परिणाम (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Date of the report:</source>
        <translation>रिपोर्ट का दिनांक (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;How served:</source>
        <translation>तामील का तरीका (&amp;H):</translation>
    </message>
    <message>
        <source>personally, on an adult member of the family, by affixing a copy</source>
        <translation>व्यक्तिगत रूप से, परिवार के किसी वयस्क सदस्य पर, प्रति चस्पा करके</translation>
    </message>
    <message>
        <source>Served &amp;on:</source>
        <translation>किस पर तामील (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Reason not served:</source>
        <translation>तामील न होने का कारण (&amp;R):</translation>
    </message>
    <message>
        <source>Report on the process recorded.</source>
        <translation>आदेशिका पर रिपोर्ट दर्ज की गई।</translation>
    </message>
    <message>
        <source>Visitor in</source>
        <translation>आगंतुक का आगमन</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>पता (&amp;A):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>फ़ोन (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Purpose of the visit:</source>
        <translation>आने का प्रयोजन (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Whom met:</source>
        <translation>किससे मिले (&amp;W):</translation>
    </message>
    <message>
        <source>Time &amp;in:</source>
        <translation>आने का समय (&amp;I):</translation>
    </message>
    <message>
        <source>Visitor %1 recorded in.</source>
        <translation>आगंतुक %1 का आगमन दर्ज किया गया।</translation>
    </message>
    <message>
        <source>%1 left at %2.</source>
        <translation>%1 का जाने का समय दर्ज किया गया: %2।</translation>
    </message>
    <message>
        <source>This person has been traced.</source>
        <translation>इस व्यक्ति का पता चल चुका है।</translation>
    </message>
    <message>
        <source>This body has been identified.</source>
        <translation>इस शव की पहचान हो चुकी है।</translation>
    </message>
    <message>
        <source>This history sheet is closed.</source>
        <translation>यह हिस्ट्रीशीट बंद हो चुकी है।</translation>
    </message>
    <message>
        <source>This process has been returned to court.</source>
        <translation>यह आदेशिका न्यायालय को लौटाई जा चुकी है।</translation>
    </message>
    <message>
        <source>This visitor has left.</source>
        <translation>यह आगंतुक जा चुका है।</translation>
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
    <name>thana_sdc</name>
    <message>
        <source>Show this help.</source>
        <translation>यह सहायता दिखाएँ।</translation>
    </message>
    <message>
        <source>Run &quot;thana-sdc %1 --help&quot; for its options.</source>
        <translation>इसके विकल्पों के लिए &quot;thana-sdc %1 --help&quot; चलाएँ।</translation>
    </message>
    <message>
        <source>%1: required for &quot;%2&quot;.</source>
        <translation>%1: &quot;%2&quot; के लिए आवश्यक है।</translation>
    </message>
    <message>
        <source>The state&apos;s name, e.g. Maharashtra.</source>
        <translation>राज्य का नाम, जैसे Maharashtra।</translation>
    </message>
    <message>
        <source>Creates the state&apos;s certificate authority in a new folder.</source>
        <translation>नए फ़ोल्डर में राज्य का प्रमाणन प्राधिकरण (CA) बनाता है।</translation>
    </message>
    <message>
        <source>Created the CA of %1 in %2.</source>
        <translation>%1 का CA %2 में बनाया गया।</translation>
    </message>
    <message>
        <source>The station code, e.g. MH-PUN-0421.</source>
        <translation>थाना कोड, जैसे MH-PUN-0421।</translation>
    </message>
    <message>
        <source>The server&apos;s host name.</source>
        <translation>सर्वर का होस्ट नाम।</translation>
    </message>
    <message>
        <source>Folder to write the key and certificate to.</source>
        <translation>वह फ़ोल्डर जिसमें कुंजी और प्रमाणपत्र लिखे जाएँ।</translation>
    </message>
    <message>
        <source>Days of validity (default 825).</source>
        <translation>वैधता के दिन (डिफ़ॉल्ट 825)।</translation>
    </message>
    <message>
        <source>Issues a station&apos;s certificate: CN is the station code.</source>
        <translation>थाने का प्रमाणपत्र जारी करता है: CN थाना कोड होता है।</translation>
    </message>
    <message>
        <source>Issues the State Data Centre&apos;s server certificate.</source>
        <translation>राज्य डेटा केंद्र का सर्वर प्रमाणपत्र जारी करता है।</translation>
    </message>
    <message>
        <source>Issued %1 (serial %2), valid until %3: %4</source>
        <translation>%1 जारी किया गया (क्रम संख्या %2), %3 तक वैध: %4</translation>
    </message>
    <message>
        <source>The certificate&apos;s serial, or its file.</source>
        <translation>प्रमाणपत्र की क्रम संख्या (serial), या उसकी फ़ाइल।</translation>
    </message>
    <message>
        <source>Revokes a certificate and publishes a new revocation list.</source>
        <translation>प्रमाणपत्र निरस्त करता है और नई निरसन सूची प्रकाशित करता है।</translation>
    </message>
    <message>
        <source>Revoked %1; the revocation list %2 is renewed.</source>
        <translation>%1 निरस्त किया गया; निरसन सूची %2 नवीनीकृत की गई।</translation>
    </message>
    <message>
        <source>ca: say create, issue-station, issue-server or revoke.</source>
        <translation>ca: create, issue-station, issue-server या revoke लिखें।</translation>
    </message>
    <message>
        <source>The server&apos;s certificate.</source>
        <translation>सर्वर का प्रमाणपत्र।</translation>
    </message>
    <message>
        <source>The server&apos;s key.</source>
        <translation>सर्वर की कुंजी।</translation>
    </message>
    <message>
        <source>The state&apos;s CA certificate.</source>
        <translation>राज्य के CA का प्रमाणपत्र।</translation>
    </message>
    <message>
        <source>The CA&apos;s revocation list (re-read when it changes).</source>
        <translation>CA की निरसन सूची (बदलने पर फिर से पढ़ी जाती है)।</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>वह पता जिस पर कनेक्शन स्वीकार (listen) किए जाएँ (डिफ़ॉल्ट 127.0.0.1)।</translation>
    </message>
    <message>
        <source>Port (default 8443; 0 picks a free one).</source>
        <translation>पोर्ट (डिफ़ॉल्ट 8443; 0 देने पर कोई खाली पोर्ट चुना जाता है)।</translation>
    </message>
    <message>
        <source>Write the port listened on to this file.</source>
        <translation>जिस पोर्ट पर कनेक्शन स्वीकार किए जा रहे हैं, उसे इस फ़ाइल में लिखें।</translation>
    </message>
    <message>
        <source>Serves stations over HTTPS with mutual TLS.</source>
        <translation>म्यूचुअल TLS के साथ HTTPS पर थानों को सेवा देता है।</translation>
    </message>
    <message>
        <source>Serving on %1:%2 (%3).</source>
        <translation>%1:%2 पर सेवा दी जा रही है (%3)।</translation>
    </message>
    <message>
        <source>The station the entry is for.</source>
        <translation>वह थाना जिसके लिए प्रविष्टि है।</translation>
    </message>
    <message>
        <source>portal_complaint, service_request, masterdata or notice.</source>
        <translation>portal_complaint, service_request, masterdata या notice।</translation>
    </message>
    <message>
        <source>A line the station reads.</source>
        <translation>एक पंक्ति जो थाना पढ़ता है।</translation>
    </message>
    <message>
        <source>Details as a JSON object.</source>
        <translation>JSON ऑब्जेक्ट के रूप में विवरण।</translation>
    </message>
    <message>
        <source>Puts an entry in a station&apos;s feed.</source>
        <translation>किसी थाने की फ़ीड में एक प्रविष्टि डालता है।</translation>
    </message>
    <message>
        <source>--payload: must be a JSON object.</source>
        <translation>--payload: JSON ऑब्जेक्ट होना चाहिए।</translation>
    </message>
    <message>
        <source>Posted entry %1 for %2.</source>
        <translation>%2 के लिए प्रविष्टि %1 डाली गई।</translation>
    </message>
    <message>
        <source>The FIR&apos;s identity.</source>
        <translation>प्र.सू.रि. की पहचान।</translation>
    </message>
    <message>
        <source>The station it goes to.</source>
        <translation>वह थाना जिसे यह जाती है।</translation>
    </message>
    <message>
        <source>Why, e.g. the order&apos;s number.</source>
        <translation>कारण, जैसे आदेश की संख्या।</translation>
    </message>
    <message>
        <source>Moves an FIR to another station and tells both stations.</source>
        <translation>प्र.सू.रि. को दूसरे थाने में स्थानांतरित करता है और दोनों थानों को सूचित करता है।</translation>
    </message>
    <message>
        <source>FIR %1 now belongs to %2.</source>
        <translation>प्र.सू.रि. %1 अब %2 की है।</translation>
    </message>
    <message>
        <source>conflict %1: %2 change %3 to %4 %5: %6</source>
        <translation>टकराव %1: %2 का परिवर्तन %3, %4 %5 पर: %6</translation>
    </message>
    <message>
        <source>The conflict&apos;s number, as status lists it.</source>
        <translation>टकराव की संख्या, जैसी status में सूचीबद्ध है।</translation>
    </message>
    <message>
        <source>What was decided, in words.</source>
        <translation>क्या निर्णय लिया गया, शब्दों में।</translation>
    </message>
    <message>
        <source>Closes a conflict with what was decided. The change kept aside stays on record either way.</source>
        <translation>लिए गए निर्णय के साथ टकराव बंद करता है। अलग रखा गया परिवर्तन हर स्थिति में अभिलेख में बना रहता है।</translation>
    </message>
    <message>
        <source>Conflict %1 resolved.</source>
        <translation>टकराव %1 का समाधान हो गया।</translation>
    </message>
    <message>
        <source>Usage: thana-sdc COMMAND [options]

Commands:
  ca create          create the state&apos;s certificate authority
  ca issue-station   issue a station&apos;s certificate
  ca issue-server    issue the service&apos;s certificate
  ca revoke          revoke a certificate
  serve              serve stations over HTTPS with mutual TLS
  post               put an entry in a station&apos;s feed
  transfer           move an FIR to another station
  status             what is stored, and open conflicts
  resolve            close a conflict with what was decided

&quot;thana-sdc COMMAND --help&quot; shows a command&apos;s options.
</source>
        <translation>उपयोग: thana-sdc COMMAND [options]

कमांड:
  ca create          राज्य का प्रमाणन प्राधिकरण (CA) बनाएँ
  ca issue-station   थाने का प्रमाणपत्र जारी करें
  ca issue-server    सेवा का प्रमाणपत्र जारी करें
  ca revoke          प्रमाणपत्र निरस्त करें
  serve              म्यूचुअल TLS के साथ HTTPS पर थानों को सेवा दें
  post               किसी थाने की फ़ीड में प्रविष्टि डालें
  transfer           प्र.सू.रि. को दूसरे थाने में स्थानांतरित करें
  status             क्या संग्रहीत है, और खुले टकराव
  resolve            लिए गए निर्णय के साथ टकराव बंद करें

&quot;thana-sdc COMMAND --help&quot; किसी कमांड के विकल्प दिखाता है।
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>अज्ञात कमांड &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>Prints what the State Data Centre holds, its open conflicts and any register-chain breaks.</source>
        <translation>दिखाता है कि राज्य डेटा केंद्र में क्या संग्रहीत है, उसके खुले टकराव, और रजिस्टर श्रृंखलाओं में कहीं भी आई टूट।</translation>
    </message>
    <message>
        <source>chain break %1: station %2, %3 register, link %4, found %5: %6</source>
        <translation>श्रृंखला टूट %1: थाना %2, %3 रजिस्टर, कड़ी %4, पता चला %5: %6</translation>
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
        <source>user: say &quot;user add&quot; or &quot;user list&quot;.</source>
        <translation>user: &quot;user add&quot; या &quot;user list&quot; लिखें।</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>अज्ञात कमांड &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>Make the station a synchronising one, to exercise a test State Data Centre; never use it with a real one.</source>
        <translation>थाने को सिंक करने वाला थाना बनाएँ, ताकि परीक्षण हेतु बने राज्य डेटा केंद्र को आज़माया जा सके; वास्तविक केंद्र के साथ इसका कभी उपयोग न करें।</translation>
    </message>
    <message>
        <source>The State Data Centre&apos;s address, e.g. https://sdc.mh.gov.in:8443 (kept for later rounds).</source>
        <translation>राज्य डेटा केंद्र का पता, जैसे https://sdc.mh.gov.in:8443 (आगे के दौरों के लिए सहेजा जाता है)।</translation>
    </message>
    <message>
        <source>Folder with the station&apos;s certificate and key and the state&apos;s CA certificate (kept for later rounds).</source>
        <translation>थाने के प्रमाणपत्र और कुंजी तथा राज्य के CA के प्रमाणपत्र वाला फ़ोल्डर (आगे के दौरों के लिए सहेजा जाता है)।</translation>
    </message>
    <message>
        <source>Changes in one upload batch, at most (default %1); a transaction is never split.</source>
        <translation>एक अपलोड बैच में अधिकतम परिवर्तन (डिफ़ॉल्ट %1); कोई ट्रांज़ैक्शन कभी विभाजित नहीं किया जाता।</translation>
    </message>
    <message>
        <source>Runs one round of synchronisation with the State Data Centre: sends every queued change and reads the station&apos;s feed. The exit status is 0 only when the round completed.</source>
        <translation>राज्य डेटा केंद्र के साथ सिंक (समकालिकरण) का एक दौर चलाता है: कतार में रखा हर परिवर्तन भेजता है और थाने की फ़ीड पढ़ता है। निकास स्थिति (exit status) तभी 0 होती है जब दौर पूरा हो जाए।</translation>
    </message>
    <message>
        <source>--batch-records: must be a whole number from 1 to 100000.</source>
        <translation>--batch-records: 1 से 100000 तक की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>--server and --credentials: say once where the State Data Centre is and where the station&apos;s certificate is.</source>
        <translation>--server और --credentials: एक बार बताएँ कि राज्य डेटा केंद्र कहाँ है और थाने का प्रमाणपत्र कहाँ है।</translation>
    </message>
    <message>
        <source>This store has no station yet.</source>
        <translation>इस डेटा स्टोर में अभी कोई थाना नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still queued.</source>
        <translation>
            <numerusform>%n परिवर्तन अभी भी कतार में है।</numerusform>
            <numerusform>%n परिवर्तन अभी भी कतार में हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1 change(s) in %2 batch(es), %3 bytes; the State Data Centre holds everything up to change %4.</source>
        <translation>%2 बैच में %1 परिवर्तन भेजे गए, %3 बाइट; राज्य डेटा केंद्र के पास परिवर्तन %4 तक सब कुछ है।</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) from the State Data Centre.</source>
        <translation>
            <numerusform>राज्य डेटा केंद्र से %n नई प्रविष्टि।</numerusform>
            <numerusform>राज्य डेटा केंद्र से %n नई प्रविष्टियाँ।</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stored by the State Data Centre: %1</source>
        <translation>राज्य डेटा केंद्र द्वारा संग्रहीत नहीं: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept as conflicts at the State Data Centre for a person to resolve.</source>
        <translation>
            <numerusform>%n परिवर्तन राज्य डेटा केंद्र पर टकराव के रूप में रखा गया है, जिसका समाधान किसी व्यक्ति को करना है।</numerusform>
            <numerusform>%n परिवर्तन राज्य डेटा केंद्र पर टकराव के रूप में रखे गए हैं, जिनका समाधान किसी व्यक्ति को करना है।</numerusform>
        </translation>
    </message>
    <message>
        <source>A piece of a name, a vehicle number or a description of property.</source>
        <translation>नाम का कोई भाग, वाहन संख्या या संपत्ति का विवरण।</translation>
    </message>
    <message>
        <source>Searches persons, vehicles and property across the state&apos;s stations at the State Data Centre (needs the link; uses the sync settings).</source>
        <translation>राज्य डेटा केंद्र पर राज्य के सभी थानों में व्यक्ति, वाहन और संपत्ति खोजता है (कनेक्शन आवश्यक; सिंक की सेटिंग्स का उपयोग करता है)।</translation>
    </message>
    <message>
        <source>Search: type at least three letters.</source>
        <translation>खोज: कम से कम तीन अक्षर टाइप करें।</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>%n अभिलेख मिला।</numerusform>
            <numerusform>%n अभिलेख मिले।</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder to write the case files to.</source>
        <translation>वह फ़ोल्डर जिसमें केस फ़ाइलें लिखी जाएँ।</translation>
    </message>
    <message>
        <source>Writes every case of the store as one JSON file per FIR, in the interchange format of docs/interchange.md.</source>
        <translation>डेटा स्टोर के हर मामले को docs/interchange.md के इंटरचेंज फ़ॉर्मेट में, प्रति प्र.सू.रि. एक JSON फ़ाइल के रूप में लिखता है।</translation>
    </message>
    <message>
        <source>--db and --out: the store and the folder are required.</source>
        <translation>--db और --out: डेटा स्टोर और फ़ोल्डर बताना आवश्यक है।</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>%n मामला %1 में निर्यात किया गया।</numerusform>
            <numerusform>%n मामले %1 में निर्यात किए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>The SHO or administrator importing (password on standard input).</source>
        <translation>आयात करने वाले थाना प्रभारी या प्रशासक (पासवर्ड मानक इनपुट से)।</translation>
    </message>
    <message>
        <source>The folder of case files.</source>
        <translation>केस फ़ाइलों का फ़ोल्डर।</translation>
    </message>
    <message>
        <source>Imports case files. Every rule applies; a case is imported whole or not at all; a case already in the store is left unchanged. Prints a line per file; the exit status is 0 only when none was refused.</source>
        <translation>केस फ़ाइलें आयात करता है। प्रत्येक नियम लागू होता है; कोई मामला या तो पूरा आयात होता है या बिल्कुल नहीं; डेटा स्टोर में पहले से मौजूद मामला अपरिवर्तित रहता है। प्रति फ़ाइल एक पंक्ति दिखाता है; निकास स्थिति (exit status) तभी 0 होती है जब कोई फ़ाइल अस्वीकार न हुई हो।</translation>
    </message>
    <message>
        <source>--db, --as and the folder are required.</source>
        <translation>--db, --as और फ़ोल्डर बताना आवश्यक है।</translation>
    </message>
    <message>
        <source>Only the SHO or an administrator imports cases.</source>
        <translation>केवल थाना प्रभारी या प्रशासक ही मामले आयात करते हैं।</translation>
    </message>
    <message>
        <source>%1: imported</source>
        <translation>%1: आयात किया गया</translation>
    </message>
    <message>
        <source>%1: already in the store, unchanged</source>
        <translation>%1: डेटा स्टोर में पहले से है, अपरिवर्तित</translation>
    </message>
    <message>
        <source>%1: refused: %2 [%3, field %4]</source>
        <translation>%1: अस्वीकृत: %2 [%3, फ़ील्ड %4]</translation>
    </message>
    <message>
        <source>%1 imported, %2 unchanged, %3 refused.</source>
        <translation>%1 आयात किए गए, %2 अपरिवर्तित, %3 अस्वीकृत।</translation>
    </message>
    <message>
        <source>Verifies the hash chains of the General Diary and the FIR register and names the first entry where each breaks (edited, deleted, inserted or reordered behind the application&apos;s back). The exit status is 0 only when every chain holds.</source>
        <translation>सामान्य दैनिकी (जीडी) और प्र.सू.रि. रजिस्टर की हैश श्रृंखलाओं का सत्यापन करता है और हर श्रृंखला की वह पहली प्रविष्टि बताता है जहाँ वह टूटती है (एप्लिकेशन को दरकिनार कर संपादित, हटाई गई, डाली गई या क्रम बदली गई)। निकास स्थिति (exit status) तभी 0 होती है जब हर श्रृंखला अखंड हो।</translation>
    </message>
    <message>
        <source>--db: the store to verify is required.</source>
        <translation>--db: सत्यापित किया जाने वाला डेटा स्टोर बताना आवश्यक है।</translation>
    </message>
    <message>
        <source>General Diary</source>
        <translation>सामान्य दैनिकी (जीडी)</translation>
    </message>
    <message>
        <source>FIR register</source>
        <translation>प्र.सू.रि. रजिस्टर</translation>
    </message>
    <message>
        <source>%1: every chain holds.</source>
        <translation>%1: हर श्रृंखला अखंड है।</translation>
    </message>
    <message>
        <source>The register: %1.</source>
        <translation>रजिस्टर: %1।</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>पहला दिन, YYYY-MM-DD।</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>अंतिम दिन, YYYY-MM-DD।</translation>
    </message>
    <message>
        <source>Write the register to this CSV file instead of printing it.</source>
        <translation>रजिस्टर को दिखाने के बजाय इस CSV फ़ाइल में लिखें।</translation>
    </message>
    <message>
        <source>Prints a station register for a period, or writes it as CSV. Registers are views of the records; victims&apos; identities in sensitive cases are withheld.</source>
        <translation>किसी अवधि का थाना रजिस्टर दिखाता है, या उसे CSV के रूप में लिखता है। रजिस्टर अभिलेखों के दृश्य (views) हैं; संवेदनशील मामलों में पीड़ितों की पहचान गोपनीय रखी जाती है।</translation>
    </message>
    <message>
        <source>--db and --name: the store and the register are required.</source>
        <translation>--db और --name: डेटा स्टोर और रजिस्टर बताना आवश्यक है।</translation>
    </message>
    <message>
        <source>--from, --to: must be dates written YYYY-MM-DD.</source>
        <translation>--from, --to: YYYY-MM-DD रूप में लिखी गई तिथियाँ होनी चाहिए।</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 नहीं लिखा जा सकता: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%1 में %n पंक्ति लिखी गई।</numerusform>
            <numerusform>%1 में %n पंक्तियाँ लिखी गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>The State Data Centre found this station&apos;s register chain broken: %1</source>
        <translation>राज्य डेटा केंद्र ने इस थाने की रजिस्टर श्रृंखला टूटी हुई पाई: %1</translation>
    </message>
    <message>
        <source>Leave out candidates scoring less than this (0-100, default 0).</source>
        <translation>इससे कम अंक वाले संभावित मिलान छोड़ दें (0-100, डिफ़ॉल्ट 0)।</translation>
    </message>
    <message>
        <source>Lists, for every missing person not yet traced, the unidentified dead bodies and persons found who could be them, best first, with the score and the reasons.</source>
        <translation>जिन गुमशुदा व्यक्तियों का अभी तक पता नहीं चला है, उनमें से प्रत्येक के लिए वे अज्ञात शव और प्राप्त व्यक्ति सूचीबद्ध करता है जो वही व्यक्ति हो सकते हैं; सबसे अच्छा मिलान पहले, अंक और कारणों सहित।</translation>
    </message>
    <message>
        <source>--min-score: must be a number from 0 to 100.</source>
        <translation>--min-score: 0 से 100 तक की संख्या होनी चाहिए।</translation>
    </message>
    <message numerus="yes">
        <source>%n possible match(es).</source>
        <translation>
            <numerusform>%n संभावित मिलान।</numerusform>
            <numerusform>%n संभावित मिलान।</numerusform>
        </translation>
    </message>
    <message>
        <source>The month to review, YYYY-MM.</source>
        <translation>समीक्षा का माह, YYYY-MM।</translation>
    </message>
    <message>
        <source>The day of the count, YYYY-MM-DD (default today).</source>
        <translation>गणना का दिन, YYYY-MM-DD (डिफ़ॉल्ट आज)।</translation>
    </message>
    <message>
        <source>Also write the report to this CSV file.</source>
        <translation>रिपोर्ट को इस CSV फ़ाइल में भी लिखें।</translation>
    </message>
    <message>
        <source>The monthly crime review: FIRs registered in the month and in the year to date by crime head, against the same periods last year. Each FIR counts once, under its gravest head.</source>
        <translation>मासिक अपराध समीक्षा: माह में और वर्ष में अब तक दर्ज प्र.सू.रि., अपराध शीर्ष के अनुसार, पिछले वर्ष की इन्हीं अवधियों की तुलना में। प्रत्येक प्र.सू.रि. केवल एक बार, अपने सबसे गंभीर शीर्ष के अंतर्गत गिनी जाती है।</translation>
    </message>
    <message>
        <source>Pendency of investigation: cases with no approved final report and not transferred away, by days since registration, with those past the limits of BNSS ss.187(3) and 193(2).</source>
        <translation>लंबित विवेचना: वे मामले जिनकी कोई अनुमोदित अंतिम रिपोर्ट नहीं है और जो अन्यत्र स्थानांतरित नहीं हुए, प्र.सू.रि. दर्ज होने के बाद बीते दिनों के अनुसार, तथा उनमें से वे जो BNSS ss.187(3) और 193(2) की समय-सीमा पार कर चुके हैं।</translation>
    </message>
    <message>
        <source>Disposal: final reports approved by kind and cases disposed of by courts by outcome in a period, with the charge-sheeting and conviction rates.</source>
        <translation>निस्तारण: किसी अवधि में प्रकार के अनुसार अनुमोदित अंतिम रिपोर्टें और परिणाम के अनुसार न्यायालयों द्वारा निस्तारित मामले, आरोप पत्र दर और दोषसिद्धि दर सहित।</translation>
    </message>
    <message>
        <source>report: say &quot;report crime-review&quot;, &quot;report pendency&quot; or &quot;report disposal&quot;.</source>
        <translation>report: &quot;report crime-review&quot;, &quot;report pendency&quot; या &quot;report disposal&quot; लिखें।</translation>
    </message>
    <message>
        <source>--month: the month is required, written YYYY-MM.</source>
        <translation>--month: माह आवश्यक है, YYYY-MM रूप में लिखा हुआ।</translation>
    </message>
    <message>
        <source>--on: must be a date written YYYY-MM-DD.</source>
        <translation>--on: YYYY-MM-DD रूप में लिखी गई तिथि होनी चाहिए।</translation>
    </message>
    <message>
        <source>--from, --to: both are required, written YYYY-MM-DD, the first not after the last.</source>
        <translation>--from, --to: दोनों आवश्यक हैं, YYYY-MM-DD रूप में लिखी हुई, और पहली तिथि अंतिम तिथि के बाद की न हो।</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>%1 में लिखा गया।</translation>
    </message>
    <message>
        <source>Usage: thanactl COMMAND [options]

Commands:
  init        create a new station store
  demo        create a practice station with a year of records
  check       check a store&apos;s integrity and every rule over its records
  verify      verify the hash chains of the General Diary and the FIR register
  register    print a station register, or write it as CSV
  match       missing persons against unidentified bodies and persons found
  report      print the crime review, pendency or disposal, or write it as CSV
  user add    add a user
  user list   list the users
  sync        one round of synchronisation with the State Data Centre
  search      search persons, vehicles and property across the state
  export      write every case as JSON files
  import      read case files into the store

&quot;thanactl COMMAND --help&quot; shows a command&apos;s options.
Exit status: 0 done, 1 failed or problems found, 2 wrong command line.
</source>
        <translation>उपयोग: thanactl COMMAND [options]

कमांड:
  init        नया थाना डेटा स्टोर बनाएँ
  demo        एक वर्ष के अभिलेखों सहित अभ्यास थाना बनाएँ
  check       डेटा स्टोर की अखंडता और उसके अभिलेखों पर प्रत्येक नियम की जाँच करें
  verify      सामान्य दैनिकी (जीडी) और प्र.सू.रि. रजिस्टर की हैश श्रृंखलाओं का सत्यापन करें
  register    थाना रजिस्टर दिखाएँ, या उसे CSV के रूप में लिखें
  match       गुमशुदा व्यक्तियों का अज्ञात शवों और प्राप्त व्यक्तियों से मिलान
  report      अपराध समीक्षा, लंबित विवेचना या निस्तारण दिखाएँ, या CSV के रूप में लिखें
  user add    उपयोगकर्ता जोड़ें
  user list   उपयोगकर्ताओं की सूची दिखाएँ
  sync        राज्य डेटा केंद्र के साथ सिंक का एक दौर
  search      पूरे राज्य में व्यक्ति, वाहन और संपत्ति खोजें
  export      हर मामले को JSON फ़ाइलों के रूप में लिखें
  import      केस फ़ाइलें डेटा स्टोर में पढ़ें

&quot;thanactl COMMAND --help&quot; किसी कमांड के विकल्प दिखाता है।
निकास स्थिति (exit status): 0 पूर्ण, 1 विफल या समस्याएँ मिलीं, 2 गलत कमांड लाइन।
</translation>
    </message>
</context>
</TS>
