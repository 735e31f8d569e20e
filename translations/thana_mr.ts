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
    <name>CaseClocks</name>
    <message>
        <source>e-FIR signed by the informant</source>
        <translation>माहिती देणाऱ्याची ई-FIR वर स्वाक्षरी</translation>
    </message>
    <message>
        <source>Final report within %1 days of the first remand, or the accused gets default bail</source>
        <translation>पहिल्या रिमांडपासून %1 दिवसांत अंतिम अहवाल, अन्यथा आरोपीला डिफॉल्ट जामीन (default bail) मिळतो</translation>
    </message>
    <message>
        <source>Investigation completed within two months</source>
        <translation>दोन महिन्यांत तपास पूर्ण</translation>
    </message>
    <message>
        <source>Victim or informant told of the progress of the investigation</source>
        <translation>पीडित किंवा माहिती देणाऱ्याला तपासाच्या प्रगतीची माहिती</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>FIR: the case does not exist.</source>
        <translation>प्रथम खबर अहवाल (FIR): हा गुन्हा अस्तित्वात नाही.</translation>
    </message>
    <message>
        <source>%1: the case was transferred to %2; it is written there now.</source>
        <translation>%1: हा गुन्हा %2 कडे वर्ग करण्यात आला आहे; आता त्याच्या नोंदी तेथेच लिहिल्या जातात.</translation>
    </message>
    <message>
        <source>%1: is required.</source>
        <translation>%1: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>%1: cannot be before the FIR was registered (%2 at %3).</source>
        <translation>%1: प्रथम खबर अहवाल (FIR) नोंदवण्याच्या (%2, वेळ %3) आधीची असू शकत नाही.</translation>
    </message>
    <message>
        <source>%1: cannot be before the occurrence began (%2).</source>
        <translation>%1: घटनेच्या सुरुवातीच्या (%2) आधीची असू शकत नाही.</translation>
    </message>
    <message>
        <source>%1: cannot be in the future.</source>
        <translation>%1: भविष्यातील असू शकत नाही.</translation>
    </message>
    <message>
        <source>Only the SHO gives a case to another investigating officer.</source>
        <translation>फक्त ठाणे प्रभारीच गुन्हा दुसऱ्या तपासी अधिकाऱ्याकडे सोपवतात.</translation>
    </message>
    <message>
        <source>Investigating officer: must be an active officer with the IO or SHO role.</source>
        <translation>तपासी अधिकारी: तपासी अधिकारी (IO) किंवा ठाणे प्रभारी (SHO) भूमिका असलेला सक्रिय अधिकारी असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Investigating officer: the case is already with this officer.</source>
        <translation>तपासी अधिकारी: हा गुन्हा आधीच याच अधिकाऱ्याकडे आहे.</translation>
    </message>
    <message>
        <source>Reason: say why the case changes hands.</source>
        <translation>कारण: गुन्हा दुसऱ्या अधिकाऱ्याकडे का सोपवला जात आहे ते लिहा.</translation>
    </message>
    <message>
        <source>The case cannot be reassigned:</source>
        <translation>गुन्हा दुसऱ्या अधिकाऱ्याकडे सोपवता येत नाही:</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer or the SHO records an arrest.</source>
        <translation>फक्त गुन्ह्याचे तपासी अधिकारी किंवा ठाणे प्रभारीच अटक नोंदवतात.</translation>
    </message>
    <message>
        <source>Arrested at</source>
        <translation>अटकेची वेळ</translation>
    </message>
    <message>
        <source>Surrendered at</source>
        <translation>शरण आल्याची वेळ</translation>
    </message>
    <message>
        <source>Accused: choose a recorded person.</source>
        <translation>आरोपी: नोंद असलेली व्यक्ती निवडा.</translation>
    </message>
    <message>
        <source>Accused: already arrested in this case as %1.</source>
        <translation>आरोपी: या गुन्ह्यात आधीच %1 म्हणून अटक झाली आहे.</translation>
    </message>
    <message>
        <source>Court: name the court the accused surrendered in.</source>
        <translation>न्यायालय: आरोपी ज्या न्यायालयात शरण आला त्याचे नाव लिहा.</translation>
    </message>
    <message>
        <source>Remanded at: say when the court remanded the accused.</source>
        <translation>रिमांडची वेळ: न्यायालयाने आरोपीला रिमांड केव्हा दिला ते लिहा.</translation>
    </message>
    <message>
        <source>Remanded at: cannot be before the arrest.</source>
        <translation>रिमांडची वेळ: अटकेच्या आधीची असू शकत नाही.</translation>
    </message>
    <message>
        <source>Informed: name the relative or friend and the designated officer told of the arrest (BNSS s.48).</source>
        <translation>कळवलेल्या व्यक्ती: अटकेची माहिती दिलेला नातेवाईक किंवा मित्र आणि नियुक्त अधिकारी यांची नावे लिहा (BNSS s.48).</translation>
    </message>
    <message>
        <source>The arrest cannot be recorded:</source>
        <translation>अटक नोंदवता येत नाही:</translation>
    </message>
    <message>
        <source>Create the station first.</source>
        <translation>आधी पोलीस ठाण्याची नोंद तयार करा.</translation>
    </message>
    <message>
        <source>Accused %1 in %2 arrested at %3.</source>
        <translation>%2 मधील आरोपी %1 याला %3 येथे अटक केली.</translation>
    </message>
    <message>
        <source>Accused %1 in %2 surrendered in %3.</source>
        <translation>%2 मधील आरोपी %1 %3 मध्ये शरण आला.</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer writes its case diary.</source>
        <translation>फक्त गुन्ह्याचे तपासी अधिकारीच त्याची केस डायरी लिहितात.</translation>
    </message>
    <message>
        <source>Case diary entry</source>
        <translation>केस डायरी नोंद</translation>
    </message>
    <message>
        <source>Case diary: write what was done.</source>
        <translation>केस डायरी: काय कार्यवाही केली ते लिहा.</translation>
    </message>
    <message>
        <source>The case diary entry cannot be written:</source>
        <translation>केस डायरी नोंद लिहिता येत नाही:</translation>
    </message>
    <message>
        <source>Your role cannot record an e-FIR signature.</source>
        <translation>तुमच्या भूमिकेला ई-FIR वरील स्वाक्षरी नोंदवण्याचा अधिकार नाही.</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>स्वाक्षरीची वेळ</translation>
    </message>
    <message>
        <source>FIR: this FIR was not registered on an e-FIR.</source>
        <translation>प्रथम खबर अहवाल (FIR): हा FIR ई-FIR वरून नोंदवलेला नाही.</translation>
    </message>
    <message>
        <source>The signature cannot be recorded:</source>
        <translation>स्वाक्षरी नोंदवता येत नाही:</translation>
    </message>
    <message>
        <source>The e-FIR signature is already on record.</source>
        <translation>ई-FIR वरील स्वाक्षरी आधीच नोंदवलेली आहे.</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer drafts its final report.</source>
        <translation>फक्त गुन्ह्याचे तपासी अधिकारीच त्याचा अंतिम अहवाल तयार करतात.</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>अंतिम अहवाल</translation>
    </message>
    <message>
        <source>Final report: write the findings.</source>
        <translation>अंतिम अहवाल: तपासातील निष्कर्ष लिहा.</translation>
    </message>
    <message>
        <source>Final report: the case already has an approved final report.</source>
        <translation>अंतिम अहवाल: या गुन्ह्याचा मंजूर अंतिम अहवाल आधीच आहे.</translation>
    </message>
    <message>
        <source>The final report cannot be drafted:</source>
        <translation>अंतिम अहवाल तयार करता येत नाही:</translation>
    </message>
    <message>
        <source>Only the SHO approves a final report.</source>
        <translation>फक्त ठाणे प्रभारीच अंतिम अहवाल मंजूर करतात.</translation>
    </message>
    <message>
        <source>The final report does not exist.</source>
        <translation>हा अंतिम अहवाल अस्तित्वात नाही.</translation>
    </message>
    <message>
        <source>The final report is already approved.</source>
        <translation>अंतिम अहवाल आधीच मंजूर झाला आहे.</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer or the SHO records its crime details.</source>
        <translation>फक्त गुन्ह्याचे तपासी अधिकारी किंवा ठाणे प्रभारीच त्याचा गुन्ह्याचा तपशील नोंदवतात.</translation>
    </message>
    <message>
        <source>Crime details</source>
        <translation>गुन्ह्याचा तपशील</translation>
    </message>
    <message>
        <source>Crime head: is required.</source>
        <translation>गुन्हा शीर्ष: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>The crime details cannot be recorded:</source>
        <translation>गुन्ह्याचा तपशील नोंदवता येत नाही:</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer records statements.</source>
        <translation>फक्त गुन्ह्याचे तपासी अधिकारीच जबाब नोंदवतात.</translation>
    </message>
    <message>
        <source>Statement recorded at</source>
        <translation>जबाब नोंदवल्याची वेळ</translation>
    </message>
    <message>
        <source>Person: choose a recorded person.</source>
        <translation>व्यक्ती: नोंद असलेली व्यक्ती निवडा.</translation>
    </message>
    <message>
        <source>Given as: witness, victim, complainant or expert.</source>
        <translation>कोणत्या नात्याने: साक्षीदार (witness), पीडित (victim), तक्रारदार (complainant) किंवा तज्ज्ञ (expert).</translation>
    </message>
    <message>
        <source>Statement: the words of the person are required.</source>
        <translation>जबाब: त्या व्यक्तीचे स्वतःचे शब्द आवश्यक आहेत.</translation>
    </message>
    <message>
        <source>The statement cannot be recorded:</source>
        <translation>जबाब नोंदवता येत नाही:</translation>
    </message>
    <message>
        <source>Only the SHO or the case&apos;s investigating officer sends the final report to court.</source>
        <translation>फक्त ठाणे प्रभारी किंवा गुन्ह्याचे तपासी अधिकारीच अंतिम अहवाल न्यायालयात पाठवतात.</translation>
    </message>
    <message>
        <source>Final report: only an approved final report goes to court.</source>
        <translation>अंतिम अहवाल: फक्त मंजूर अंतिम अहवालच न्यायालयात पाठवला जातो.</translation>
    </message>
    <message>
        <source>Court: name the court the report goes to.</source>
        <translation>न्यायालय: अहवाल ज्या न्यायालयात पाठवायचा त्याचे नाव लिहा.</translation>
    </message>
    <message>
        <source>Final report: already sent to court.</source>
        <translation>अंतिम अहवाल: आधीच न्यायालयात पाठवला आहे.</translation>
    </message>
    <message>
        <source>The final report cannot be sent:</source>
        <translation>अंतिम अहवाल पाठवता येत नाही:</translation>
    </message>
    <message>
        <source>Only the SHO transfers a case.</source>
        <translation>फक्त ठाणे प्रभारीच गुन्हा वर्ग करतात.</translation>
    </message>
    <message>
        <source>Transferred at</source>
        <translation>वर्ग केल्याची वेळ</translation>
    </message>
    <message>
        <source>Transfer to: name the police station or agency.</source>
        <translation>कोणाकडे वर्ग: पोलीस ठाणे किंवा यंत्रणेचे नाव लिहा.</translation>
    </message>
    <message>
        <source>Reason: say why the case is transferred.</source>
        <translation>कारण: गुन्हा का वर्ग केला जात आहे ते लिहा.</translation>
    </message>
    <message>
        <source>The case cannot be transferred:</source>
        <translation>गुन्हा वर्ग करता येत नाही:</translation>
    </message>
    <message>
        <source>%1 transferred to %2: %3</source>
        <translation>%1 %2 कडे वर्ग केला: %3</translation>
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
    <message>
        <source>%1 %2 (FIR %3/%4), on police custody remand since %5</source>
        <translation>%1 %2 (FIR %3/%4), %5 पासून पोलीस कोठडी रिमांडवर</translation>
    </message>
    <message>
        <source>%1 %2 (FIR %3/%4), arrested %5, to be produced before the magistrate</source>
        <translation>%1 %2 (FIR %3/%4), %5 रोजी अटक, दंडाधिकाऱ्यांसमोर हजर करणे बाकी</translation>
    </message>
    <message>
        <source>Persons in custody at the start of %1: none.</source>
        <translation>%1 रोजी दिवसाच्या सुरुवातीला कोठडीत असलेल्या व्यक्ती: कोणीही नाही.</translation>
    </message>
    <message numerus="yes">
        <source>Persons in custody at the start of %1 (%n): </source>
        <translation>
            <numerusform>%1 रोजी दिवसाच्या सुरुवातीला कोठडीत असलेल्या व्यक्ती (%n): </numerusform>
            <numerusform>%1 रोजी दिवसाच्या सुरुवातीला कोठडीत असलेल्या व्यक्ती (%n): </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>There is no FIR %1 in the store.</source>
        <translation>डेटा संग्रहात FIR %1 नाही.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>फोल्डर %1 तयार करता आले नाही.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 लिहिता आले नाही: %2</translation>
    </message>
    <message>
        <source>File: not a Thana case file (format &quot;%1&quot;).</source>
        <translation>फाइल: ही Thana ची गुन्हा फाइल नाही (स्वरूप &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>File: version %1 of the case format; this program reads version %2.</source>
        <translation>फाइल: गुन्हा फाइल स्वरूपाची आवृत्ती %1 आहे; हा प्रोग्राम आवृत्ती %2 वाचतो.</translation>
    </message>
    <message>
        <source>Store: create the station before importing cases.</source>
        <translation>डेटा संग्रह: गुन्हे आयात करण्यापूर्वी पोलीस ठाण्याची नोंद तयार करा.</translation>
    </message>
    <message>
        <source>Station: the case belongs to %1; this store is station %2.</source>
        <translation>पोलीस ठाणे: हा गुन्हा %1 चा आहे; हा डेटा संग्रह पोलीस ठाणे %2 चा आहे.</translation>
    </message>
    <message>
        <source>FIR: a case file holds exactly one FIR.</source>
        <translation>प्रथम खबर अहवाल (FIR): एका गुन्हा फाइलमध्ये नेमका एकच FIR असतो.</translation>
    </message>
    <message>
        <source>FIR: %1 is already in the store with different contents; nothing was changed.</source>
        <translation>प्रथम खबर अहवाल (FIR): %1 डेटा संग्रहात वेगळ्या मजकुरासह आधीच आहे; काहीही बदलले नाही.</translation>
    </message>
    <message>
        <source>%1: cannot be before the FIR was registered.</source>
        <translation>%1: प्रथम खबर अहवाल (FIR) नोंदवण्याच्या आधीची असू शकत नाही.</translation>
    </message>
    <message>
        <source>%1: cannot be before the occurrence began.</source>
        <translation>%1: घटनेच्या सुरुवातीच्या आधीची असू शकत नाही.</translation>
    </message>
    <message>
        <source>Arrested at</source>
        <translation>अटकेची वेळ</translation>
    </message>
    <message>
        <source>Case diary entry</source>
        <translation>केस डायरी नोंद</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>अंतिम अहवाल</translation>
    </message>
    <message>
        <source>Seized at</source>
        <translation>जप्तीची वेळ</translation>
    </message>
    <message>
        <source>Moved at</source>
        <translation>हालचालीची वेळ</translation>
    </message>
    <message>
        <source>Accused code: the accused arrested %1 in order is %2, not %3.</source>
        <translation>आरोपी कोड: अटकेच्या क्रमाने %1 क्रमांकाच्या आरोपीचा कोड %2 आहे, %3 नाही.</translation>
    </message>
    <message>
        <source>Final report: approved by someone who is not the SHO.</source>
        <translation>अंतिम अहवाल: ठाणे प्रभारी नसलेल्या व्यक्तीने मंजूर केला आहे.</translation>
    </message>
    <message>
        <source>Final report: drafted by an officer who was not the case&apos;s IO.</source>
        <translation>अंतिम अहवाल: गुन्ह्याचे तपासी अधिकारी नसलेल्या अधिकाऱ्याने तयार केला आहे.</translation>
    </message>
    <message>
        <source>Number: %1 of this case is already used by another record in the store.</source>
        <translation>क्रमांक: या गुन्ह्यातील %1 चा क्रमांक डेटा संग्रहातील दुसऱ्या नोंदीने आधीच वापरला आहे.</translation>
    </message>
    <message>
        <source>File: not readable JSON (%1).</source>
        <translation>फाइल: वाचता येण्याजोगा JSON नाही (%1).</translation>
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
    <name>MissingPersonMatcher</name>
    <message>
        <source>Missing person %1</source>
        <translation>हरवलेली व्यक्ती %1</translation>
    </message>
    <message>
        <source>Unidentified body %1</source>
        <translation>बेवारस मृतदेह %1</translation>
    </message>
    <message>
        <source>Person found %1</source>
        <translation>सापडलेली व्यक्ती %1</translation>
    </message>
    <message>
        <source>Gender agrees.</source>
        <translation>लिंग जुळते.</translation>
    </message>
    <message>
        <source>Age %1 and apparent age %2 overlap.</source>
        <translation>वय %1 आणि दिसणारे अंदाजे वय %2 एकमेकांत बसतात.</translation>
    </message>
    <message>
        <source>Age %1 and apparent age %2 are close.</source>
        <translation>वय %1 आणि दिसणारे अंदाजे वय %2 जवळपास आहेत.</translation>
    </message>
    <message>
        <source>Heights %1 cm and %2 cm differ by %3 cm.</source>
        <translation>उंची %1 सेमी आणि %2 सेमी यांत %3 सेमी फरक आहे.</translation>
    </message>
    <message>
        <source>Marks in common: %1.</source>
        <translation>समान खुणा: %1.</translation>
    </message>
    <message>
        <source>Clothing in common: %1.</source>
        <translation>समान कपडे: %1.</translation>
    </message>
    <message>
        <source>Same build: %1.</source>
        <translation>सारखी शरीरयष्टी: %1.</translation>
    </message>
    <message>
        <source>Same complexion: %1.</source>
        <translation>सारखा वर्ण (रंग): %1.</translation>
    </message>
    <message>
        <source>Places in common: %1.</source>
        <translation>समान ठिकाणे: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n day(s) after going missing.</source>
        <translation>
            <numerusform>हरवल्यानंतर %n दिवसाने सापडले.</numerusform>
            <numerusform>हरवल्यानंतर %n दिवसांनी सापडले.</numerusform>
        </translation>
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
    <message>
        <source>same name</source>
        <translation>सारखे नाव</translation>
    </message>
    <message>
        <source>same father&apos;s or husband&apos;s name</source>
        <translation>वडिलांचे किंवा पतीचे सारखे नाव</translation>
    </message>
    <message>
        <source>age within 3 years</source>
        <translation>वयात 3 वर्षांपर्यंत फरक</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>सारखा फोन</translation>
    </message>
    <message>
        <source>address in common</source>
        <translation>पत्ता जुळतो</translation>
    </message>
    <message>
        <source>Only the SHO or an investigating officer merges persons.</source>
        <translation>फक्त ठाणे प्रभारी किंवा तपासी अधिकारीच व्यक्तींच्या नोंदी विलीन करतात.</translation>
    </message>
    <message>
        <source>Persons: both must be on record.</source>
        <translation>व्यक्ती: दोन्ही व्यक्तींची नोंद असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Persons: a person cannot be merged into itself.</source>
        <translation>व्यक्ती: एखाद्या व्यक्तीची नोंद तिच्याच नोंदीत विलीन करता येत नाही.</translation>
    </message>
    <message>
        <source>Persons: this entry is already merged into another.</source>
        <translation>व्यक्ती: ही नोंद आधीच दुसऱ्या नोंदीत विलीन झाली आहे.</translation>
    </message>
    <message>
        <source>Persons: the entry to keep has itself been merged; merge into the one it stands for.</source>
        <translation>व्यक्ती: ठेवायची नोंद स्वतःच विलीन झाली आहे; ती ज्या नोंदीत विलीन झाली त्या नोंदीत विलीन करा.</translation>
    </message>
    <message>
        <source>Reason: say why these are one person.</source>
        <translation>कारण: ही एकच व्यक्ती का आहे ते लिहा.</translation>
    </message>
    <message>
        <source>The persons cannot be merged:</source>
        <translation>व्यक्तींच्या नोंदी विलीन करता येत नाहीत:</translation>
    </message>
    <message>
        <source>Only the SHO or an investigating officer undoes a merge.</source>
        <translation>फक्त ठाणे प्रभारी किंवा तपासी अधिकारीच विलीनीकरण रद्द करतात.</translation>
    </message>
    <message>
        <source>The merge does not exist.</source>
        <translation>हे विलीनीकरण अस्तित्वात नाही.</translation>
    </message>
    <message>
        <source>The merge has already been undone.</source>
        <translation>हे विलीनीकरण आधीच रद्द केले आहे.</translation>
    </message>
</context>
<context>
    <name>PropertyService</name>
    <message>
        <source>Only the case&apos;s investigating officer or the SHO records a seizure.</source>
        <translation>फक्त गुन्ह्याचे तपासी अधिकारी किंवा ठाणे प्रभारीच जप्ती नोंदवतात.</translation>
    </message>
    <message>
        <source>Seized at</source>
        <translation>जप्तीची वेळ</translation>
    </message>
    <message>
        <source>Description of the property: is required.</source>
        <translation>मालमत्तेचे वर्णन: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Witnesses: name the witnesses of the search and seizure.</source>
        <translation>साक्षीदार: झडती व जप्तीच्या साक्षीदारांची नावे लिहा.</translation>
    </message>
    <message>
        <source>Value of property: cannot be negative.</source>
        <translation>मालमत्तेचे मूल्य: ऋण (उणे) असू शकत नाही.</translation>
    </message>
    <message>
        <source>Store keeper: name who received it into the property store.</source>
        <translation>मुद्देमाल कारकून: मुद्देमाल कक्षात (मालखाना) तो कोणी स्वीकारला त्याचे नाव लिहा.</translation>
    </message>
    <message>
        <source>The seizure cannot be recorded:</source>
        <translation>जप्ती नोंदवता येत नाही:</translation>
    </message>
    <message>
        <source>Property seized and deposited in the property store as No. %1/%2: %3.</source>
        <translation>मालमत्ता जप्त करून मुद्देमाल कक्षात (मालखाना) क्र. %1/%2 म्हणून जमा केली: %3.</translation>
    </message>
    <message>
        <source>The seized property is not on record.</source>
        <translation>जप्त मालमत्तेची नोंद नाही.</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer or the SHO moves its property.</source>
        <translation>फक्त गुन्ह्याचे तपासी अधिकारी किंवा ठाणे प्रभारीच त्याच्या मुद्देमालाची हालचाल करतात.</translation>
    </message>
    <message>
        <source>Moved at</source>
        <translation>हालचालीची वेळ</translation>
    </message>
    <message>
        <source>Movement: &quot;%1&quot; cannot follow &quot;%2&quot; in the chain of custody.</source>
        <translation>हालचाल: ताबा साखळीत (chain of custody) &quot;%2&quot; नंतर &quot;%1&quot; येऊ शकत नाही.</translation>
    </message>
    <message>
        <source>Moved at: cannot be before the previous movement.</source>
        <translation>हालचालीची वेळ: मागील हालचालीच्या आधीची असू शकत नाही.</translation>
    </message>
    <message>
        <source>To or from: name the laboratory, court, owner or store keeper.</source>
        <translation>कोणाकडे किंवा कोणाकडून: प्रयोगशाळा, न्यायालय, मालक किंवा मुद्देमाल कारकून यांचे नाव लिहा.</translation>
    </message>
    <message>
        <source>The movement cannot be recorded:</source>
        <translation>हालचाल नोंदवता येत नाही:</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer or the SHO adds evidence.</source>
        <translation>फक्त गुन्ह्याचे तपासी अधिकारी किंवा ठाणे प्रभारीच पुरावा जोडतात.</translation>
    </message>
    <message>
        <source>Collected at</source>
        <translation>गोळा केल्याची वेळ</translation>
    </message>
    <message>
        <source>Description: say what the record is and where it came from.</source>
        <translation>वर्णन: हा अभिलेख काय आहे आणि कोठून मिळाला ते लिहा.</translation>
    </message>
    <message>
        <source>File: %1 cannot be read.</source>
        <translation>फाइल: %1 वाचता येत नाही.</translation>
    </message>
    <message>
        <source>The evidence cannot be added:</source>
        <translation>पुरावा जोडता येत नाही:</translation>
    </message>
    <message>
        <source>The same file is already evidence in this case.</source>
        <translation>हीच फाइल या गुन्ह्यात आधीच पुरावा म्हणून नोंदवलेली आहे.</translation>
    </message>
    <message>
        <source>Certificate under section 63 of the Bharatiya Sakshya Adhiniyam, 2023</source>
        <translation>भारतीय साक्ष्य अधिनियम, 2023 च्या कलम 63 अन्वये प्रमाणपत्र</translation>
    </message>
    <message>
        <source>%1, %2: FIR %3/%4</source>
        <translation>%1, %2: FIR %3/%4</translation>
    </message>
    <message>
        <source>Electronic record</source>
        <translation>इलेक्ट्रॉनिक अभिलेख</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>वर्णन</translation>
    </message>
    <message>
        <source>SHA-256 hash</source>
        <translation>SHA-256 हॅश</translation>
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
        <translation>प्राप्त केल्याचा दिनांक</translation>
    </message>
    <message>
        <source>I certify that the electronic record described above was produced from a computer or device in lawful use, that its hash was computed when it was taken into this case, and that a copy produced later is the same record if its SHA-256 hash is the one printed here.</source>
        <translation>मी प्रमाणित करतो/करते की वर वर्णन केलेला इलेक्ट्रॉनिक अभिलेख कायदेशीर वापरात असलेल्या संगणकातून किंवा उपकरणातून प्राप्त केला आहे, तो या गुन्ह्यात घेतला तेव्हा त्याचा हॅश काढला गेला आहे, आणि नंतर सादर केलेल्या प्रतीचा SHA-256 हॅश येथे छापलेला हॅशच असल्यास ती प्रत हाच अभिलेख आहे.</translation>
    </message>
    <message>
        <source>Signed: %1 %2</source>
        <translation>स्वाक्षरी: %1 %2</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer or the SHO records the court&apos;s disposal.</source>
        <translation>फक्त गुन्ह्याचे तपासी अधिकारी किंवा ठाणे प्रभारीच न्यायालयाचा निकाल नोंदवतात.</translation>
    </message>
    <message>
        <source>Disposed of on</source>
        <translation>निकालाचा दिनांक</translation>
    </message>
    <message>
        <source>Court disposal: the case has no approved final report yet.</source>
        <translation>न्यायालयाचा निकाल: या गुन्ह्याचा अद्याप मंजूर अंतिम अहवाल नाही.</translation>
    </message>
    <message>
        <source>Disposed of on: cannot be before the final report was approved.</source>
        <translation>निकालाचा दिनांक: अंतिम अहवाल मंजूर होण्याच्या आधीचा असू शकत नाही.</translation>
    </message>
    <message>
        <source>Disposal: one of convicted, acquitted, discharged or compounded.</source>
        <translation>निकाल: दोषसिद्ध (convicted), निर्दोष मुक्त (acquitted), दोषमुक्त (discharged) किंवा तडजोड (compounded) यांपैकी एक.</translation>
    </message>
    <message>
        <source>Court and case number: both are required.</source>
        <translation>न्यायालय आणि खटला क्रमांक: दोन्ही आवश्यक आहेत.</translation>
    </message>
    <message>
        <source>Sentence: record the sentence of a conviction.</source>
        <translation>शिक्षा: दोषसिद्धीनंतर दिलेली शिक्षा नोंदवा.</translation>
    </message>
    <message>
        <source>The court&apos;s disposal cannot be recorded:</source>
        <translation>न्यायालयाचा निकाल नोंदवता येत नाही:</translation>
    </message>
    <message>
        <source>The court&apos;s disposal of this case is already on record.</source>
        <translation>या गुन्ह्याचा न्यायालयीन निकाल आधीच नोंदवलेला आहे.</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer or the SHO records an appeal.</source>
        <translation>फक्त गुन्ह्याचे तपासी अधिकारी किंवा ठाणे प्रभारीच अपील नोंदवतात.</translation>
    </message>
    <message>
        <source>Appeal: the case has no court disposal yet.</source>
        <translation>अपील: या गुन्ह्याचा अद्याप न्यायालयीन निकाल झालेला नाही.</translation>
    </message>
    <message>
        <source>Filed on: cannot be before the disposal appealed against.</source>
        <translation>दाखल केल्याचा दिनांक: ज्या निकालाविरुद्ध अपील केले त्याच्या आधीचा असू शकत नाही.</translation>
    </message>
    <message>
        <source>Decided on: cannot be before the appeal was filed.</source>
        <translation>निर्णयाचा दिनांक: अपील दाखल होण्याच्या आधीचा असू शकत नाही.</translation>
    </message>
    <message>
        <source>Result: one of upheld, reversed, modified, remanded or dismissed.</source>
        <translation>परिणाम: कायम (upheld), उलटवला (reversed), बदलला (modified), फेरसुनावणीसाठी परत (remanded) किंवा फेटाळला (dismissed) यांपैकी एक.</translation>
    </message>
    <message>
        <source>Appellate court: is required.</source>
        <translation>अपील न्यायालय: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>The appeal cannot be recorded:</source>
        <translation>अपील नोंदवता येत नाही:</translation>
    </message>
    <message>
        <source>File: %1 could not be kept beside the station store.</source>
        <translation>फाइल: %1 ठाण्याच्या डेटा संग्रहासोबत जतन करता आली नाही.</translation>
    </message>
</context>
<context>
    <name>RecordRules</name>
    <message>
        <source>Record kind: &quot;%1&quot; is not a kind of record a station sends.</source>
        <translation>अभिलेखाचा प्रकार: &quot;%1&quot; हा पोलीस ठाण्याने पाठवण्याचा अभिलेख प्रकार नाही.</translation>
    </message>
    <message>
        <source>Record identity: is required.</source>
        <translation>अभिलेखाची ओळख: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>%1 %2: registered records of this kind are never changed; an amendment or a correction is a new record.</source>
        <translation>%1 %2: या प्रकारचे नोंदवलेले अभिलेख कधीही बदलले जात नाहीत; सुधारणा किंवा दुरुस्ती हा नवीन अभिलेख असतो.</translation>
    </message>
    <message>
        <source>%1 %2: the column %3 is required.</source>
        <translation>%1 %2: स्तंभ %3 आवश्यक आहे.</translation>
    </message>
    <message>
        <source>%1 %2: the record names a different identity (%3).</source>
        <translation>%1 %2: अभिलेखात वेगळी ओळख (%3) दिली आहे.</translation>
    </message>
    <message>
        <source>%1 %2: belongs to station %3; a station may send only its own records.</source>
        <translation>%1 %2: पोलीस ठाणे %3 चा आहे; पोलीस ठाणे फक्त स्वतःचेच अभिलेख पाठवू शकते.</translation>
    </message>
    <message>
        <source>Acts and sections: %1 is not in the master data.</source>
        <translation>अधिनियम व कलमे: %1 मास्टर डेटामध्ये नाही.</translation>
    </message>
    <message>
        <source>%1 %2: only the time the visitor left is written later; %3 is never changed.</source>
        <translation>%1 %2: फक्त अभ्यागत बाहेर गेल्याची वेळ नंतर लिहिली जाते; %3 कधीही बदलले जात नाही.</translation>
    </message>
</context>
<context>
    <name>RegisterChain</name>
    <message>
        <source>The record to chain is not in the store.</source>
        <translation>साखळीत जोडायचा अभिलेख डेटा संग्रहात नाही.</translation>
    </message>
    <message>
        <source>Link %1 of the chain is missing: a link was removed.</source>
        <translation>साखळीतील दुवा %1 गहाळ आहे: एक दुवा काढून टाकला गेला आहे.</translation>
    </message>
    <message>
        <source>%1: the chain&apos;s link does not follow from the one before it.</source>
        <translation>%1: साखळीतील हा दुवा त्याच्या आधीच्या दुव्याशी जुळत नाही.</translation>
    </message>
    <message>
        <source>%1: the record of link %2 has been deleted.</source>
        <translation>%1: दुवा %2 चा अभिलेख हटवला गेला आहे.</translation>
    </message>
    <message>
        <source>%1: the record has been changed since it was written.</source>
        <translation>%1: अभिलेख लिहिल्यानंतर त्यात बदल करण्यात आला आहे.</translation>
    </message>
    <message>
        <source>%1: the record is out of its place in the register.</source>
        <translation>%1: अभिलेख नोंदवहीत त्याच्या जागी नाही.</translation>
    </message>
    <message>
        <source>%1: the record is in the register but was never linked into its chain: it was inserted behind the application&apos;s back.</source>
        <translation>%1: अभिलेख नोंदवहीत आहे पण कधीही त्याच्या साखळीत जोडला गेला नाही: तो ॲप्लिकेशनला डावलून घुसवला गेला आहे.</translation>
    </message>
</context>
<context>
    <name>RegisterPrinter</name>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF %1 येथे लिहिता आली नाही.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>प्रिंटिंग रद्द केले.</translation>
    </message>
    <message>
        <source>The register has no columns to print.</source>
        <translation>नोंदवहीत प्रिंट करण्यासाठी एकही स्तंभ नाही.</translation>
    </message>
    <message>
        <source>The register changed while it was being printed; print it again.</source>
        <translation>प्रिंट होत असताना नोंदवहीत बदल झाला; ती पुन्हा प्रिंट करा.</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>Register: &quot;%1&quot; is not one of %2.</source>
        <translation>नोंदवही: &quot;%1&quot; ही %2 यांपैकी नाही.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Murder</source>
        <translation>खून</translation>
    </message>
    <message>
        <source>Culpable homicide not amounting to murder</source>
        <translation>खून नव्हे असा सदोष मनुष्यवध</translation>
    </message>
    <message>
        <source>Rape</source>
        <translation>बलात्कार</translation>
    </message>
    <message>
        <source>Sexual offences against children (POCSO Act)</source>
        <translation>बालकांवरील लैंगिक अपराध (POCSO Act)</translation>
    </message>
    <message>
        <source>Attempt to murder</source>
        <translation>खुनाचा प्रयत्न</translation>
    </message>
    <message>
        <source>Dacoity</source>
        <translation>दरोडा</translation>
    </message>
    <message>
        <source>Kidnapping and abduction</source>
        <translation>अपहरण व पळवून नेणे</translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation>जबरी चोरी</translation>
    </message>
    <message>
        <source>Other crimes against women</source>
        <translation>महिलांविरुद्धचे इतर गुन्हे</translation>
    </message>
    <message>
        <source>House-breaking and burglary</source>
        <translation>घरफोडी</translation>
    </message>
    <message>
        <source>Rioting</source>
        <translation>दंगा</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>दुखापत</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>चोरी</translation>
    </message>
    <message>
        <source>Criminal breach of trust</source>
        <translation>फौजदारी विश्वासघात</translation>
    </message>
    <message>
        <source>Cheating</source>
        <translation>फसवणूक</translation>
    </message>
    <message>
        <source>NDPS Act</source>
        <translation>NDPS Act</translation>
    </message>
    <message>
        <source>Arms Act</source>
        <translation>शस्त्र अधिनियम (Arms Act)</translation>
    </message>
    <message>
        <source>Other offences</source>
        <translation>इतर गुन्हे</translation>
    </message>
    <message>
        <source>Up to 30 days</source>
        <translation>30 दिवसांपर्यंत</translation>
    </message>
    <message>
        <source>31 to 60 days</source>
        <translation>31 ते 60 दिवस</translation>
    </message>
    <message>
        <source>61 to 90 days</source>
        <translation>61 ते 90 दिवस</translation>
    </message>
    <message>
        <source>91 days to 6 months</source>
        <translation>91 दिवस ते 6 महिने</translation>
    </message>
    <message>
        <source>6 months to 1 year</source>
        <translation>6 महिने ते 1 वर्ष</translation>
    </message>
    <message>
        <source>Over 1 year</source>
        <translation>1 वर्षापेक्षा जास्त</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>एकूण</translation>
    </message>
    <message>
        <source>Crime review: %1-%2 is not a month.</source>
        <translation>गुन्हे आढावा: %1-%2 हा वैध महिना नाही.</translation>
    </message>
    <message>
        <source>Pendency: the day is not a date.</source>
        <translation>प्रलंबित गुन्हे: दिलेला दिवस वैध तारीख नाही.</translation>
    </message>
    <message>
        <source>Disposal: the period must run from a day to the same or a later day.</source>
        <translation>निर्गती: कालावधी एखाद्या दिवसापासून त्याच किंवा नंतरच्या दिवसापर्यंत असावा.</translation>
    </message>
</context>
<context>
    <name>StationRecords</name>
    <message>
        <source>Gender: must be male, female, transgender or not known.</source>
        <translation>लिंग: पुरुष, स्त्री, तृतीयपंथी किंवा माहीत नाही यांपैकी एक असावे.</translation>
    </message>
    <message>
        <source>Age: give the age, or the least and the most it could be.</source>
        <translation>वय: वय लिहा, किंवा ते किमान व कमाल किती असू शकते ते लिहा.</translation>
    </message>
    <message>
        <source>Age: must be between 0 and 120 years.</source>
        <translation>वय: 0 ते 120 वर्षे दरम्यान असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Age: the most it could be (%1) cannot be less than the least (%2).</source>
        <translation>वय: कमाल वय (%1) किमान वयापेक्षा (%2) कमी असू शकत नाही.</translation>
    </message>
    <message>
        <source>Height: must be between 30 and 250 cm, or left empty when not known.</source>
        <translation>उंची: 30 ते 250 सेमी दरम्यान असावी, किंवा माहीत नसल्यास रिकामी ठेवा.</translation>
    </message>
    <message>
        <source>%1: is required.</source>
        <translation>%1: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>%1: cannot be in the future.</source>
        <translation>%1: भविष्यातील असू शकत नाही.</translation>
    </message>
    <message>
        <source>%1: cannot be before %2 (%3).</source>
        <translation>%1: %2 (%3) आधीची असू शकत नाही.</translation>
    </message>
    <message>
        <source>Only the station&apos;s officers record a missing person.</source>
        <translation>फक्त पोलीस ठाण्याचे अधिकारीच हरवलेल्या व्यक्तीची नोंद करतात.</translation>
    </message>
    <message>
        <source>Name of the missing person: is required.</source>
        <translation>हरवलेल्या व्यक्तीचे नाव: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Missing since</source>
        <translation>हरवल्याची वेळ</translation>
    </message>
    <message>
        <source>Missing since: cannot be after the report was received (%1).</source>
        <translation>हरवल्याची वेळ: खबर प्राप्त झाल्याच्या (%1) नंतरची असू शकत नाही.</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>खबर दिल्याची वेळ</translation>
    </message>
    <message>
        <source>Place last seen: is required.</source>
        <translation>शेवटचे दिसलेले ठिकाण: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Reported by: choose the recorded person who made the report.</source>
        <translation>खबर देणारा: ज्याने खबर दिली ती नोंद असलेली व्यक्ती निवडा.</translation>
    </message>
    <message>
        <source>The missing person cannot be recorded:</source>
        <translation>हरवलेल्या व्यक्तीची नोंद करता येत नाही:</translation>
    </message>
    <message>
        <source>Missing person report No. %1 received: %2, missing since %3 from %4.</source>
        <translation>हरवलेल्या व्यक्तीची (मिसिंग) खबर क्र. %1 प्राप्त: %2, %3 पासून %4 येथून बेपत्ता.</translation>
    </message>
    <message>
        <source>Only the station&apos;s officers record that a missing person was traced.</source>
        <translation>फक्त पोलीस ठाण्याचे अधिकारीच हरवलेल्या व्यक्तीचा शोध लागल्याची नोंद करतात.</translation>
    </message>
    <message>
        <source>Missing person: the report does not exist.</source>
        <translation>हरवलेली व्यक्ती: ही खबर अस्तित्वात नाही.</translation>
    </message>
    <message>
        <source>The tracing cannot be recorded:</source>
        <translation>शोध लागल्याची नोंद करता येत नाही:</translation>
    </message>
    <message>
        <source>Missing person %1: already traced on %2.</source>
        <translation>हरवलेली व्यक्ती %1: %2 रोजी आधीच शोध लागला आहे.</translation>
    </message>
    <message>
        <source>Traced at</source>
        <translation>शोध लागल्याची वेळ</translation>
    </message>
    <message>
        <source>the person went missing</source>
        <translation>व्यक्ती हरवल्याच्या</translation>
    </message>
    <message>
        <source>Where traced: is required.</source>
        <translation>शोध लागलेले ठिकाण: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>How traced: is required.</source>
        <translation>शोध कसा लागला: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Missing person No. %1, %2, traced at %3 on %4: %5</source>
        <translation>हरवलेली व्यक्ती क्र. %1, %2, यांचा %4 रोजी %3 येथे शोध लागला: %5</translation>
    </message>
    <message>
        <source>Only the station&apos;s officers record an unidentified body.</source>
        <translation>फक्त पोलीस ठाण्याचे अधिकारीच बेवारस मृतदेहाची नोंद करतात.</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>सापडल्याची वेळ</translation>
    </message>
    <message>
        <source>Place where found: is required.</source>
        <translation>सापडलेले ठिकाण: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Inquest: record the inquest report on the body (BNSS s.194).</source>
        <translation>मरणोत्तर पंचनामा: मृतदेहाचा मरणोत्तर पंचनामा (इन्क्वेस्ट) नोंदवा (BNSS s.194).</translation>
    </message>
    <message>
        <source>The unidentified body cannot be recorded:</source>
        <translation>बेवारस मृतदेहाची नोंद करता येत नाही:</translation>
    </message>
    <message>
        <source>Unidentified dead body No. %1 found at %2 on %3; inquest under BNSS s.194 held.</source>
        <translation>बेवारस मृतदेह क्र. %1 %3 रोजी %2 येथे सापडला; BNSS s.194 अन्वये मरणोत्तर पंचनामा केला.</translation>
    </message>
    <message>
        <source>Only the station&apos;s officers record the identification of a body.</source>
        <translation>फक्त पोलीस ठाण्याचे अधिकारीच मृतदेहाची ओळख पटल्याची नोंद करतात.</translation>
    </message>
    <message>
        <source>Body: the record does not exist.</source>
        <translation>मृतदेह: ही नोंद अस्तित्वात नाही.</translation>
    </message>
    <message>
        <source>The identification cannot be recorded:</source>
        <translation>ओळख पटल्याची नोंद करता येत नाही:</translation>
    </message>
    <message>
        <source>Body %1: already identified as %2.</source>
        <translation>मृतदेह %1: आधीच %2 म्हणून ओळख पटली आहे.</translation>
    </message>
    <message>
        <source>Identified at</source>
        <translation>ओळख पटल्याची वेळ</translation>
    </message>
    <message>
        <source>the body was found</source>
        <translation>मृतदेह सापडल्याच्या</translation>
    </message>
    <message>
        <source>Identified as: name whom the body was identified as.</source>
        <translation>ओळख: मृतदेह कोणाचा म्हणून ओळखला गेला त्याचे नाव लिहा.</translation>
    </message>
    <message>
        <source>Identified by: name who identified the body.</source>
        <translation>ओळख पटवणारा: मृतदेहाची ओळख कोणी पटवली त्याचे नाव लिहा.</translation>
    </message>
    <message>
        <source>Identified as: the recorded person chosen does not exist.</source>
        <translation>ओळख: निवडलेली नोंद असलेली व्यक्ती अस्तित्वात नाही.</translation>
    </message>
    <message>
        <source>Unidentified dead body No. %1 identified on %2 as %3 by %4.</source>
        <translation>बेवारस मृतदेह क्र. %1 ची %2 रोजी %4 यांनी %3 म्हणून ओळख पटवली.</translation>
    </message>
    <message>
        <source>Only the station&apos;s officers record a person found.</source>
        <translation>फक्त पोलीस ठाण्याचे अधिकारीच सापडलेल्या व्यक्तीची नोंद करतात.</translation>
    </message>
    <message>
        <source>Placed with: say where the person was placed (shelter home, hospital, child welfare committee).</source>
        <translation>कोणाकडे सोपवले: व्यक्तीला कोठे ठेवले ते लिहा (निवारागृह, रुग्णालय, बाल कल्याण समिती).</translation>
    </message>
    <message>
        <source>The person found cannot be recorded:</source>
        <translation>सापडलेल्या व्यक्तीची नोंद करता येत नाही:</translation>
    </message>
    <message>
        <source>Person found No. %1 at %2 on %3, placed with %4.</source>
        <translation>सापडलेली व्यक्ती क्र. %1, %3 रोजी %2 येथे सापडली; %4 कडे सोपवले.</translation>
    </message>
    <message>
        <source>Only the SHO opens a history sheet.</source>
        <translation>फक्त ठाणे प्रभारीच हिस्ट्रीशीट उघडतात.</translation>
    </message>
    <message>
        <source>Person: choose the recorded person the sheet is opened on.</source>
        <translation>व्यक्ती: ज्या व्यक्तीची हिस्ट्रीशीट उघडायची आहे ती नोंद असलेली व्यक्ती निवडा.</translation>
    </message>
    <message>
        <source>Person: already has an open history sheet, No. %1/%2.</source>
        <translation>व्यक्ती: या व्यक्तीची हिस्ट्रीशीट आधीच उघडलेली आहे, क्र. %1/%2.</translation>
    </message>
    <message>
        <source>Category: is required.</source>
        <translation>प्रवर्ग: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Grounds: say why the person is kept under watch.</source>
        <translation>कारणे: व्यक्तीवर निगराणी का ठेवली आहे ते लिहा.</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>उघडल्याची वेळ</translation>
    </message>
    <message>
        <source>Cases: an FIR linked to the sheet does not exist.</source>
        <translation>गुन्हे: हिस्ट्रीशीटशी जोडलेला एक प्रथम खबर अहवाल (FIR) अस्तित्वात नाही.</translation>
    </message>
    <message>
        <source>The history sheet cannot be opened:</source>
        <translation>हिस्ट्रीशीट उघडता येत नाही:</translation>
    </message>
    <message>
        <source>Only the SHO or an investigating officer adds a case to a history sheet.</source>
        <translation>फक्त ठाणे प्रभारी किंवा तपासी अधिकारीच हिस्ट्रीशीटमध्ये गुन्हा जोडतात.</translation>
    </message>
    <message>
        <source>History sheet: does not exist.</source>
        <translation>हिस्ट्रीशीट: अस्तित्वात नाही.</translation>
    </message>
    <message>
        <source>History sheet %1: was closed on %2; nothing is added to it.</source>
        <translation>हिस्ट्रीशीट %1: %2 रोजी बंद करण्यात आली; तिच्यात काहीही जोडले जात नाही.</translation>
    </message>
    <message>
        <source>Case: the FIR does not exist.</source>
        <translation>गुन्हा: हा प्रथम खबर अहवाल (FIR) अस्तित्वात नाही.</translation>
    </message>
    <message>
        <source>Case: already linked to this history sheet.</source>
        <translation>गुन्हा: या हिस्ट्रीशीटशी आधीच जोडलेला आहे.</translation>
    </message>
    <message>
        <source>The case cannot be added to the history sheet:</source>
        <translation>गुन्हा हिस्ट्रीशीटमध्ये जोडता येत नाही:</translation>
    </message>
    <message>
        <source>Only the SHO closes a history sheet.</source>
        <translation>फक्त ठाणे प्रभारीच हिस्ट्रीशीट बंद करतात.</translation>
    </message>
    <message>
        <source>The history sheet cannot be closed:</source>
        <translation>हिस्ट्रीशीट बंद करता येत नाही:</translation>
    </message>
    <message>
        <source>History sheet %1: was already closed on %2.</source>
        <translation>हिस्ट्रीशीट %1: %2 रोजी आधीच बंद करण्यात आली आहे.</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>बंद केल्याची वेळ</translation>
    </message>
    <message>
        <source>the sheet was opened</source>
        <translation>हिस्ट्रीशीट उघडल्याच्या</translation>
    </message>
    <message>
        <source>Reason for closing: is required.</source>
        <translation>बंद करण्याचे कारण: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Only the station&apos;s officers enter a process received from a court.</source>
        <translation>फक्त पोलीस ठाण्याचे अधिकारीच न्यायालयाकडून आलेल्या आदेशिकेची (समन्स / वॉरंट) नोंद करतात.</translation>
    </message>
    <message>
        <source>Court: name the court that issued the process.</source>
        <translation>न्यायालय: आदेशिका काढणाऱ्या न्यायालयाचे नाव लिहा.</translation>
    </message>
    <message>
        <source>Case: give the court&apos;s case number.</source>
        <translation>खटला: न्यायालयातील खटला क्रमांक लिहा.</translation>
    </message>
    <message>
        <source>Person to be served: the recorded person chosen does not exist.</source>
        <translation>बजावणी करायची व्यक्ती: निवडलेली नोंद असलेली व्यक्ती अस्तित्वात नाही.</translation>
    </message>
    <message>
        <source>Person to be served: give the name and address.</source>
        <translation>बजावणी करायची व्यक्ती: नाव व पत्ता लिहा.</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>प्राप्त झाल्याची वेळ</translation>
    </message>
    <message>
        <source>Date fixed by the court: is required.</source>
        <translation>न्यायालयाने ठरवलेली तारीख: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Date fixed by the court: cannot be before the process was received (%1).</source>
        <translation>न्यायालयाने ठरवलेली तारीख: आदेशिका प्राप्त झाल्याच्या (%1) आधीची असू शकत नाही.</translation>
    </message>
    <message>
        <source>Officer to serve it: must be an active officer of the station.</source>
        <translation>बजावणी करणारे अधिकारी: पोलीस ठाण्याचे सक्रिय अधिकारी असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>The process cannot be entered:</source>
        <translation>आदेशिकेची नोंद करता येत नाही:</translation>
    </message>
    <message>
        <source>Only the station&apos;s officers report on a process.</source>
        <translation>फक्त पोलीस ठाण्याचे अधिकारीच आदेशिकेबाबत अहवाल देतात.</translation>
    </message>
    <message>
        <source>Process: does not exist.</source>
        <translation>आदेशिका: अस्तित्वात नाही.</translation>
    </message>
    <message>
        <source>The report on the process cannot be recorded:</source>
        <translation>आदेशिकेबाबतचा अहवाल नोंदवता येत नाही:</translation>
    </message>
    <message>
        <source>Process %1: was returned to the court; nothing more is reported on it.</source>
        <translation>आदेशिका %1: न्यायालयाकडे परत पाठवली आहे; तिच्याबाबत आणखी अहवाल दिला जात नाही.</translation>
    </message>
    <message>
        <source>Process %1: was already served; only its return to the court remains.</source>
        <translation>आदेशिका %1: आधीच बजावली आहे; आता फक्त ती न्यायालयाकडे परत पाठवणे बाकी आहे.</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>अहवालाची तारीख</translation>
    </message>
    <message>
        <source>the process was received</source>
        <translation>आदेशिका प्राप्त झाल्याच्या</translation>
    </message>
    <message>
        <source>Date of the report: cannot be before the last report on the process (%1).</source>
        <translation>अहवालाची तारीख: आदेशिकेबाबतच्या शेवटच्या अहवालाच्या (%1) आधीची असू शकत नाही.</translation>
    </message>
    <message>
        <source>How served: say how (personally, on an adult member of the family, by affixing a copy).</source>
        <translation>बजावणी कशी केली: पद्धत लिहा (व्यक्तिशः, कुटुंबातील प्रौढ सदस्यावर, प्रत चिकटवून).</translation>
    </message>
    <message>
        <source>Served on: name the person it was served on.</source>
        <translation>कोणावर बजावली: ज्या व्यक्तीवर बजावणी केली तिचे नाव लिहा.</translation>
    </message>
    <message>
        <source>Reason: say why the process could not be served.</source>
        <translation>कारण: आदेशिकेची बजावणी का होऊ शकली नाही ते लिहा.</translation>
    </message>
    <message>
        <source>Only the station&apos;s officers keep the visitors register.</source>
        <translation>फक्त पोलीस ठाण्याचे अधिकारीच अभ्यागत नोंदवही ठेवतात.</translation>
    </message>
    <message>
        <source>Visitor&apos;s name: is required.</source>
        <translation>अभ्यागताचे नाव: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Address or phone: give at least one, so the visitor can be reached.</source>
        <translation>पत्ता किंवा फोन: अभ्यागताशी संपर्क साधता यावा म्हणून किमान एक लिहा.</translation>
    </message>
    <message>
        <source>Purpose of the visit: is required.</source>
        <translation>भेटीचा उद्देश: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Whom met: is required.</source>
        <translation>कोणाला भेटले: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>आत आल्याची वेळ</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>बाहेर गेल्याची वेळ</translation>
    </message>
    <message>
        <source>the time in</source>
        <translation>आत आल्याच्या वेळेच्या</translation>
    </message>
    <message>
        <source>The visitor cannot be recorded:</source>
        <translation>अभ्यागताची नोंद करता येत नाही:</translation>
    </message>
    <message>
        <source>Visitor: the entry does not exist.</source>
        <translation>अभ्यागत: ही नोंद अस्तित्वात नाही.</translation>
    </message>
    <message>
        <source>The time out cannot be recorded:</source>
        <translation>बाहेर गेल्याची वेळ नोंदवता येत नाही:</translation>
    </message>
    <message>
        <source>Time out: already recorded (%1).</source>
        <translation>बाहेर गेल्याची वेळ: आधीच नोंदवली आहे (%1).</translation>
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
    <message>
        <source>Property store register</source>
        <translation>मुद्देमाल नोंदवही (मालखाना रजिस्टर)</translation>
    </message>
    <message>
        <source>Missing persons register</source>
        <translation>हरवलेल्या व्यक्तींची नोंदवही (मिसिंग रजिस्टर)</translation>
    </message>
    <message>
        <source>Unidentified dead bodies register</source>
        <translation>बेवारस मृतदेह नोंदवही</translation>
    </message>
    <message>
        <source>Found persons register</source>
        <translation>सापडलेल्या व्यक्तींची नोंदवही</translation>
    </message>
    <message>
        <source>History sheets register</source>
        <translation>हिस्ट्रीशीट नोंदवही</translation>
    </message>
    <message>
        <source>Summons and warrants register</source>
        <translation>समन्स व वॉरंट नोंदवही</translation>
    </message>
    <message>
        <source>Visitors register</source>
        <translation>अभ्यागत नोंदवही</translation>
    </message>
</context>
<context>
    <name>SyncLedger</name>
    <message>
        <source>The State Data Centre acknowledged change %1, but this station has written only %2 changes; nothing was marked as sent.</source>
        <translation>राज्य डेटा केंद्राने बदल %1 मिळाल्याचे कळवले, पण या पोलीस ठाण्याने फक्त %2 बदल लिहिले आहेत; काहीही पाठवले म्हणून चिन्हांकित केले नाही.</translation>
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
    <name>thana::core::SyncLedger</name>
    <message>
        <source>Master data from the State Data Centre: a section needs its act, number and title.</source>
        <translation>राज्य डेटा केंद्राकडून आलेला मास्टर डेटा: प्रत्येक कलमासाठी त्याचा अधिनियम, क्रमांक आणि शीर्षक आवश्यक आहे.</translation>
    </message>
</context>
<context>
    <name>thana::sync::Batch</name>
    <message numerus="yes">
        <source>and %n more problem(s).</source>
        <translation>
            <numerusform>आणि आणखी %n त्रुटी.</numerusform>
            <numerusform>आणि आणखी %n त्रुटी.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 is required.</source>
        <translation>%1: %2 आवश्यक आहे.</translation>
    </message>
    <message>
        <source>%1: %2 must be text.</source>
        <translation>%1: %2 मजकूर (text) असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>अभिलेख %1</translation>
    </message>
    <message>
        <source>%1: seq is required.</source>
        <translation>%1: seq आवश्यक आहे.</translation>
    </message>
    <message>
        <source>%1: seq must be a whole number.</source>
        <translation>%1: seq पूर्ण संख्या असावी.</translation>
    </message>
    <message>
        <source>%1: actor must be text.</source>
        <translation>%1: actor मजकूर (text) असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>%1: payload is required.</source>
        <translation>%1: payload आवश्यक आहे.</translation>
    </message>
    <message>
        <source>%1: payload must be a JSON object.</source>
        <translation>%1: payload हा JSON ऑब्जेक्ट असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Station code: is required.</source>
        <translation>पोलीस ठाणे कोड: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Station code: must look like MH-PUN-0421 (two capital letters, three capital letters and four digits, joined by hyphens).</source>
        <translation>पोलीस ठाणे कोड: MH-PUN-0421 सारखा असावा (दोन कॅपिटल अक्षरे, तीन कॅपिटल अक्षरे आणि चार अंक, हायफनने जोडलेले).</translation>
    </message>
    <message>
        <source>Batch id: is required.</source>
        <translation>बॅच आयडी: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Batch id: must be 1 to %1 letters, digits, dots, underscores, colons or hyphens, starting with a letter or digit.</source>
        <translation>बॅच आयडी: 1 ते %1 अक्षरे, अंक, बिंदू, अंडरस्कोर, कोलन किंवा हायफन असावेत, आणि सुरुवात अक्षराने किंवा अंकाने व्हावी.</translation>
    </message>
    <message>
        <source>%1: seq must be at least 1.</source>
        <translation>%1: seq किमान 1 असावा.</translation>
    </message>
    <message>
        <source>%1: seq %2 must be greater than the previous record&apos;s %3.</source>
        <translation>%1: seq %2 हा मागील अभिलेखाच्या %3 पेक्षा मोठा असावा.</translation>
    </message>
    <message>
        <source>%1: entity is required.</source>
        <translation>%1: entity आवश्यक आहे.</translation>
    </message>
    <message>
        <source>%1: entity must be a table name (lower-case letters, digits and underscores).</source>
        <translation>%1: entity हे तक्त्याचे नाव असावे (लहान अक्षरे, अंक आणि अंडरस्कोर).</translation>
    </message>
    <message>
        <source>%1: uid is required.</source>
        <translation>%1: uid आवश्यक आहे.</translation>
    </message>
    <message>
        <source>%1: op is required.</source>
        <translation>%1: op आवश्यक आहे.</translation>
    </message>
    <message>
        <source>%1: op must be insert or update, not &quot;%2&quot;.</source>
        <translation>%1: op हे insert किंवा update असावे, &quot;%2&quot; नाही.</translation>
    </message>
    <message>
        <source>%1: at is required.</source>
        <translation>%1: at आवश्यक आहे.</translation>
    </message>
    <message>
        <source>%1: at must be a UTC time such as 2026-03-01T09:30:00.000Z.</source>
        <translation>%1: at ही UTC वेळ असावी, उदा. 2026-03-01T09:30:00.000Z.</translation>
    </message>
    <message>
        <source>The batch cannot be written:</source>
        <translation>बॅच लिहिता येत नाही:</translation>
    </message>
    <message>
        <source>Compression level: must be from 1 to %1.</source>
        <translation>संक्षेपण पातळी: 1 ते %1 दरम्यान असावी.</translation>
    </message>
    <message>
        <source>The batch holds no records; an empty batch is never sent.</source>
        <translation>बॅचमध्ये एकही अभिलेख नाही; रिकामी बॅच कधीही पाठवली जात नाही.</translation>
    </message>
    <message>
        <source>The batch could not be compressed.</source>
        <translation>बॅच संक्षेपित करता आली नाही.</translation>
    </message>
    <message>
        <source>The data is not a Thana upload batch: it does not start with THB1.</source>
        <translation>हा डेटा Thana ची अपलोड बॅच नाही: तो THB1 ने सुरू होत नाही.</translation>
    </message>
    <message>
        <source>The batch is cut short: %1 bytes arrived, fewer than its %2-byte header.</source>
        <translation>बॅच अपूर्ण आहे: %1 बाइट मिळाले, जे तिच्या %2 बाइटच्या हेडरपेक्षाही कमी आहेत.</translation>
    </message>
    <message>
        <source>The batch uses features (flags %1) that this program does not support.</source>
        <translation>बॅच अशा सुविधा (फ्लॅग %1) वापरते ज्या हा प्रोग्राम समर्थित करत नाही.</translation>
    </message>
    <message>
        <source>The batch is cut short: its header announces %1 bytes of content but %2 arrived.</source>
        <translation>बॅच अपूर्ण आहे: तिच्या हेडरनुसार मजकूर %1 बाइटचा आहे, पण %2 बाइट मिळाले.</translation>
    </message>
    <message>
        <source>The batch has %1 unexpected bytes after its content.</source>
        <translation>बॅचमध्ये मजकुरानंतर %1 अनपेक्षित बाइट आहेत.</translation>
    </message>
    <message>
        <source>The batch is corrupted: its checksum does not match its content.</source>
        <translation>बॅच दूषित आहे: तिचा चेकसम तिच्या मजकुराशी जुळत नाही.</translation>
    </message>
    <message>
        <source>The batch expands to %1 bytes, more than the %2 bytes allowed.</source>
        <translation>विसंक्षेपणानंतर बॅच %1 बाइटची होते, जी परवानगी असलेल्या %2 बाइटपेक्षा जास्त आहे.</translation>
    </message>
    <message>
        <source>The batch&apos;s content is not a compressed frame of known size.</source>
        <translation>बॅचचा मजकूर ज्ञात आकाराची संक्षेपित फ्रेम नाही.</translation>
    </message>
    <message>
        <source>The batch&apos;s content does not match the sizes in its header.</source>
        <translation>बॅचचा मजकूर तिच्या हेडरमधील आकारांशी जुळत नाही.</translation>
    </message>
    <message>
        <source>The batch holds no records; an empty batch is refused.</source>
        <translation>बॅचमध्ये एकही अभिलेख नाही; रिकामी बॅच नाकारली जाते.</translation>
    </message>
    <message>
        <source>The batch&apos;s content could not be decompressed.</source>
        <translation>बॅचचा मजकूर विसंक्षेपित करता आला नाही.</translation>
    </message>
    <message>
        <source>Line %1 of the batch does not end with a newline.</source>
        <translation>बॅचची ओळ %1 न्यूलाइनने (newline) संपत नाही.</translation>
    </message>
    <message>
        <source>Line %1 of the batch is not valid JSON: %2.</source>
        <translation>बॅचची ओळ %1 वैध JSON नाही: %2.</translation>
    </message>
    <message>
        <source>Line %1 of the batch is not a JSON object.</source>
        <translation>बॅचची ओळ %1 JSON ऑब्जेक्ट नाही.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>बॅच</translation>
    </message>
    <message>
        <source>The batch was refused:</source>
        <translation>बॅच नाकारली गेली:</translation>
    </message>
    <message>
        <source>Line %1 of the batch %2</source>
        <translation>बॅचची ओळ %1 %2</translation>
    </message>
    <message>
        <source>is not a JSON object of the records&apos; columns.</source>
        <translation>अभिलेखांच्या स्तंभांचा JSON ऑब्जेक्ट नाही.</translation>
    </message>
    <message>
        <source>has columns of different lengths (shape, seq, uid, actor and at must have one entry per record).</source>
        <translation>मध्ये वेगवेगळ्या लांबीचे स्तंभ आहेत (shape, seq, uid, actor आणि at मध्ये प्रत्येक अभिलेखासाठी एक नोंद असणे आवश्यक आहे).</translation>
    </message>
    <message>
        <source>is not a JSON object naming a shape&apos;s entity, op and keys.</source>
        <translation>shape चे entity, op आणि keys सांगणारा JSON ऑब्जेक्ट नाही.</translation>
    </message>
    <message>
        <source>is followed by fewer columns than its shape has keys.</source>
        <translation>नंतर तिच्या shape मधील keys पेक्षा कमी स्तंभ आहेत.</translation>
    </message>
    <message>
        <source>is not a JSON array of a column&apos;s values.</source>
        <translation>स्तंभाच्या मूल्यांचा JSON ॲरे (array) नाही.</translation>
    </message>
    <message>
        <source>names shape %1 for record %2; the batch has %3.</source>
        <translation>अभिलेख %2 साठी shape %1 सांगते; बॅचमध्ये %3 shape आहेत.</translation>
    </message>
    <message>
        <source>has more records of shape %1 than its columns have values.</source>
        <translation>मध्ये shape %1 चे अभिलेख त्याच्या स्तंभांतील मूल्यांपेक्षा जास्त आहेत.</translation>
    </message>
    <message>
        <source>names author %1 for record %2; the batch lists %3.</source>
        <translation>अभिलेख %2 साठी लेखक %1 सांगते; बॅचच्या यादीत %3 लेखक आहेत.</translation>
    </message>
    <message>
        <source>has %1 records of shape %2, but its columns hold %3 values.</source>
        <translation>मध्ये shape %2 चे %1 अभिलेख आहेत, पण त्याच्या स्तंभांत %3 मूल्ये आहेत.</translation>
    </message>
    <message>
        <source>Chain head %1</source>
        <translation>साखळी-शीर्ष %1</translation>
    </message>
    <message>
        <source>%1: register must be gd or fir.</source>
        <translation>%1: register हे gd किंवा fir असावे.</translation>
    </message>
    <message>
        <source>%1: the batch already has a head for register %2.</source>
        <translation>%1: बॅचमध्ये नोंदवही %2 साठी आधीच साखळी-शीर्ष आहे.</translation>
    </message>
    <message>
        <source>%1: position must be at least 1.</source>
        <translation>%1: position किमान 1 असावे.</translation>
    </message>
    <message>
        <source>%1: hash must be 64 lower-case hexadecimal digits.</source>
        <translation>%1: hash हा 64 लहान (lower-case) हेक्साडेसिमल अंकांचा असावा.</translation>
    </message>
    <message>
        <source>%1: recordUid is required.</source>
        <translation>%1: recordUid आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Batch format version %1 is not supported; this program reads versions %2 and %3.</source>
        <translation>बॅच स्वरूपाची आवृत्ती %1 समर्थित नाही; हा प्रोग्राम आवृत्ती %2 आणि %3 वाचतो.</translation>
    </message>
    <message>
        <source>Batch: chains must be a list.</source>
        <translation>बॅच: chains ही यादी (list) असावी.</translation>
    </message>
    <message>
        <source>The last line of the batch does not end with a newline.</source>
        <translation>बॅचची शेवटची ओळ न्यूलाइनने (newline) संपत नाही.</translation>
    </message>
</context>
<context>
    <name>thana::sync::SdcServer</name>
    <message>
        <source>The server&apos;s certificate, key or the state&apos;s CA certificate could not be read (%1, %2, %3).</source>
        <translation>सर्व्हरचे प्रमाणपत्र, की (key) किंवा राज्याच्या CA चे प्रमाणपत्र वाचता आले नाही (%1, %2, %3).</translation>
    </message>
    <message>
        <source>The State Data Centre could not listen on %1:%2: %3</source>
        <translation>राज्य डेटा केंद्र %1:%2 वर जोडण्या स्वीकारू (listen) शकले नाही: %3</translation>
    </message>
    <message>
        <source>The connection did not show a station certificate of the state&apos;s CA.</source>
        <translation>जोडणीने राज्याच्या CA ने दिलेले पोलीस ठाण्याचे प्रमाणपत्र सादर केले नाही.</translation>
    </message>
    <message>
        <source>The certificate of station %1 has been revoked by the state&apos;s CA; ask the state&apos;s administrator for a new one.</source>
        <translation>पोलीस ठाणे %1 चे प्रमाणपत्र राज्याच्या CA ने रद्द केले आहे; नवीन प्रमाणपत्रासाठी राज्याच्या प्रशासकाशी संपर्क साधा.</translation>
    </message>
    <message>
        <source>The batch is %1 bytes; the State Data Centre takes at most %2 bytes in one batch.</source>
        <translation>बॅच %1 बाइटची आहे; राज्य डेटा केंद्र एका बॅचमध्ये जास्तीत जास्त %2 बाइट स्वीकारते.</translation>
    </message>
    <message>
        <source>This connection is from station %1 and may not send records of station %2; nothing was stored.</source>
        <translation>ही जोडणी पोलीस ठाणे %1 ची आहे आणि ती पोलीस ठाणे %2 चे अभिलेख पाठवू शकत नाही; काहीही साठवले नाही.</translation>
    </message>
    <message>
        <source>The State Data Centre has nothing at %1.</source>
        <translation>राज्य डेटा केंद्रात %1 येथे काहीही नाही.</translation>
    </message>
    <message>
        <source>The request is not an upload batch.</source>
        <translation>ही विनंती अपलोड बॅच नाही.</translation>
    </message>
</context>
<context>
    <name>thana::sync::SdcStore</name>
    <message>
        <source>The State Data Centre&apos;s database could not be opened: %1</source>
        <translation>राज्य डेटा केंद्राचा डेटाबेस उघडता आला नाही: %1</translation>
    </message>
    <message>
        <source>The State Data Centre&apos;s tables could not be made: %1</source>
        <translation>राज्य डेटा केंद्राचे तक्ते तयार करता आले नाहीत: %1</translation>
    </message>
    <message>
        <source>The State Data Centre could not store the batch: %1</source>
        <translation>राज्य डेटा केंद्र बॅच साठवू शकले नाही: %1</translation>
    </message>
    <message>
        <source>This batch is from station %1, but the connection is from station %2; nothing was stored.</source>
        <translation>ही बॅच पोलीस ठाणे %1 ची आहे, पण जोडणी पोलीस ठाणे %2 ची आहे; काहीही साठवले नाही.</translation>
    </message>
    <message>
        <source>The State Data Centre holds this station&apos;s changes up to %1; the batch goes on with change %2 instead of %3. Nothing was stored; send again from %3.</source>
        <translation>राज्य डेटा केंद्राकडे या पोलीस ठाण्याचे बदल %1 पर्यंत आहेत; बॅच बदल %3 ऐवजी बदल %2 पासून पुढे जाते. काहीही साठवले नाही; %3 पासून पुन्हा पाठवा.</translation>
    </message>
    <message>
        <source>The record&apos;s columns are not a JSON object.</source>
        <translation>अभिलेखाचे स्तंभ JSON ऑब्जेक्ट नाहीत.</translation>
    </message>
    <message>
        <source>Station %1 holds a record with this identity.</source>
        <translation>पोलीस ठाणे %1 कडे याच ओळखीचा अभिलेख आहे.</translation>
    </message>
    <message>
        <source>The record was created twice with different changes.</source>
        <translation>अभिलेख वेगवेगळ्या बदलांसह दोनदा तयार केला गेला.</translation>
    </message>
    <message>
        <source>The FIR belongs to station %1 (it was transferred); this station&apos;s change was kept aside.</source>
        <translation>हा FIR पोलीस ठाणे %1 चा आहे (तो वर्ग करण्यात आला होता); या पोलीस ठाण्याचा बदल बाजूला ठेवला आहे.</translation>
    </message>
    <message>
        <source>A change to a record the State Data Centre does not hold.</source>
        <translation>राज्य डेटा केंद्राकडे नसलेल्या अभिलेखातील बदल.</translation>
    </message>
    <message>
        <source>The record belongs to station %1 (it was transferred); this station&apos;s change was kept aside.</source>
        <translation>हा अभिलेख पोलीस ठाणे %1 चा आहे (तो वर्ग करण्यात आला होता); या पोलीस ठाण्याचा बदल बाजूला ठेवला आहे.</translation>
    </message>
    <message>
        <source>There is no FIR %1 at the State Data Centre.</source>
        <translation>राज्य डेटा केंद्रात FIR %1 नाही.</translation>
    </message>
    <message>
        <source>The FIR already belongs to station %1.</source>
        <translation>हा FIR आधीच पोलीस ठाणे %1 चा आहे.</translation>
    </message>
    <message>
        <source>FIR %1/%2 of %3</source>
        <translation>%3 चा FIR %1/%2</translation>
    </message>
    <message>
        <source>Search: type at least three letters.</source>
        <translation>शोध: किमान तीन अक्षरे टाइप करा.</translation>
    </message>
    <message>
        <source>FIR %1/%2: %3</source>
        <translation>FIR %1/%2: %3</translation>
    </message>
    <message>
        <source>Resolution: say how the conflict was resolved.</source>
        <translation>निराकरण: संघर्ष कसा सोडवला ते लिहा.</translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>खुला संघर्ष %1 अस्तित्वात नाही.</translation>
    </message>
    <message>
        <source>The station&apos;s %1 chain ends at record %2, which is not in the batch.</source>
        <translation>पोलीस ठाण्याची %1 साखळी अभिलेख %2 वर संपते, जो बॅचमध्ये नाही.</translation>
    </message>
    <message>
        <source>The station&apos;s %1 chain has %2 links up to record %3; the records received make %4: records are missing or were added at the station.</source>
        <translation>पोलीस ठाण्याच्या %1 साखळीत अभिलेख %3 पर्यंत %2 दुवे आहेत; मिळालेल्या अभिलेखांतून %4 दुवे होतात: काही अभिलेख गहाळ आहेत किंवा पोलीस ठाण्यात जोडले गेले आहेत.</translation>
    </message>
    <message>
        <source>Link %1 of the station&apos;s %2 chain (record %3) does not follow from the records received: a record was changed at the station after it was written, or travelled changed.</source>
        <translation>पोलीस ठाण्याच्या %2 साखळीतील दुवा %1 (अभिलेख %3) मिळालेल्या अभिलेखांशी जुळत नाही: एखादा अभिलेख लिहिल्यानंतर पोलीस ठाण्यात बदलला गेला, किंवा पाठवताना वाटेत बदलला.</translation>
    </message>
</context>
<context>
    <name>thana::sync::StateCa</name>
    <message>
        <source>The cryptographic operation failed: %1</source>
        <translation>क्रिप्टोग्राफिक क्रिया अयशस्वी झाली: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 लिहिता आले नाही: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 वाचता आले नाही: %2</translation>
    </message>
    <message>
        <source>%1 is not a register of this certificate authority.</source>
        <translation>%1 ही या प्रमाणन प्राधिकरणाची (CA) नोंदवही नाही.</translation>
    </message>
    <message>
        <source>%1 lists a certificate without a valid serial.</source>
        <translation>%1 मध्ये वैध अनुक्रमांक (serial) नसलेले एक प्रमाणपत्र आहे.</translation>
    </message>
    <message>
        <source>%1 and %2 are not a matching key and certificate.</source>
        <translation>%1 आणि %2 ही एकमेकांशी जुळणारी की (key) आणि प्रमाणपत्र नाहीत.</translation>
    </message>
    <message>
        <source>The certificate authority in %1 is in use by another program; try again.</source>
        <translation>%1 मधील प्रमाणन प्राधिकरण (CA) दुसरा प्रोग्राम वापरत आहे; पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>Days valid: must be at least 1.</source>
        <translation>वैधतेचे दिवस: किमान 1 असावेत.</translation>
    </message>
    <message>
        <source>Station code: is required.</source>
        <translation>पोलीस ठाणे कोड: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Station code: must look like MH-PUN-0421 (two capital letters, three capital letters and four digits, joined by hyphens).</source>
        <translation>पोलीस ठाणे कोड: MH-PUN-0421 सारखा असावा (दोन कॅपिटल अक्षरे, तीन कॅपिटल अक्षरे आणि चार अंक, हायफनने जोडलेले).</translation>
    </message>
    <message>
        <source>Host name: is required.</source>
        <translation>होस्ट नाव: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Host name: must be at most %1 characters.</source>
        <translation>होस्ट नाव: जास्तीत जास्त %1 अक्षरांचे असावे.</translation>
    </message>
    <message>
        <source>Host name: must be a DNS name (letters, digits, hyphens and dots) or an IP address.</source>
        <translation>होस्ट नाव: DNS नाव (अक्षरे, अंक, हायफन आणि बिंदू) किंवा IP पत्ता असावा.</translation>
    </message>
    <message>
        <source>Folder: is required.</source>
        <translation>फोल्डर: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>State name: is required.</source>
        <translation>राज्याचे नाव: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>State name: must be at most %1 characters.</source>
        <translation>राज्याचे नाव: जास्तीत जास्त %1 अक्षरांचे असावे.</translation>
    </message>
    <message>
        <source>The certificate authority cannot be created:</source>
        <translation>प्रमाणन प्राधिकरण (CA) तयार करता येत नाही:</translation>
    </message>
    <message>
        <source>%1 already holds a certificate authority; an existing one is never replaced.</source>
        <translation>%1 मध्ये आधीच प्रमाणन प्राधिकरण (CA) आहे; अस्तित्वातील प्राधिकरण कधीही बदलले जात नाही.</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>फोल्डर तयार करता आले नाही</translation>
    </message>
    <message>
        <source>%1 holds no certificate authority: ca.key, ca.crt and index.json are needed.</source>
        <translation>%1 मध्ये प्रमाणन प्राधिकरण (CA) नाही: ca.key, ca.crt आणि index.json आवश्यक आहेत.</translation>
    </message>
    <message>
        <source>Output folder: is required.</source>
        <translation>आउटपुट फोल्डर: आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Validity: the end must come after the start.</source>
        <translation>वैधता: शेवट सुरुवातीनंतर असावा.</translation>
    </message>
    <message>
        <source>Validity: must end by %1, when the certificate authority&apos;s own certificate expires.</source>
        <translation>वैधता: %1 पर्यंत संपली पाहिजे, कारण तेव्हा प्रमाणन प्राधिकरणाचे (CA) स्वतःचे प्रमाणपत्र कालबाह्य होते.</translation>
    </message>
    <message>
        <source>The certificate cannot be issued:</source>
        <translation>प्रमाणपत्र देता येत नाही:</translation>
    </message>
    <message>
        <source>%1 already exists; choose an empty folder so no key is overwritten.</source>
        <translation>%1 आधीच अस्तित्वात आहे; कोणतीही की (key) अधिलिखित होऊ नये म्हणून रिकामे फोल्डर निवडा.</translation>
    </message>
    <message>
        <source>%1 is not a certificate.</source>
        <translation>%1 हे प्रमाणपत्र नाही.</translation>
    </message>
    <message>
        <source>%1 was not issued by this certificate authority.</source>
        <translation>%1 हे या प्रमाणन प्राधिकरणाने (CA) दिलेले नाही.</translation>
    </message>
    <message>
        <source>The certificate cannot be revoked:</source>
        <translation>प्रमाणपत्र रद्द करता येत नाही:</translation>
    </message>
    <message>
        <source>Serial: must be a hexadecimal number or the path of a certificate file.</source>
        <translation>अनुक्रमांक (serial): हेक्साडेसिमल संख्या किंवा प्रमाणपत्र फाइलचा मार्ग (path) असावा.</translation>
    </message>
    <message>
        <source>Serial %1: this certificate authority issued no certificate with this serial.</source>
        <translation>अनुक्रमांक %1: या प्रमाणन प्राधिकरणाने (CA) या अनुक्रमांकाचे कोणतेही प्रमाणपत्र दिलेले नाही.</translation>
    </message>
    <message>
        <source>Serial %1: the certificate was already revoked on %2.</source>
        <translation>अनुक्रमांक %1: हे प्रमाणपत्र %2 रोजी आधीच रद्द केले आहे.</translation>
    </message>
    <message>
        <source>%1 is not a certificate revocation list.</source>
        <translation>%1 ही प्रमाणपत्र रद्दीकरण यादी (CRL) नाही.</translation>
    </message>
    <message>
        <source>%1 was not signed by the state&apos;s certificate authority.</source>
        <translation>%1 वर राज्याच्या प्रमाणन प्राधिकरणाची (CA) स्वाक्षरी नाही.</translation>
    </message>
</context>
<context>
    <name>thana::sync::SyncClient</name>
    <message>
        <source>The State Data Centre could not be reached (%1). The changes stay queued and go when the link is back.</source>
        <translation>राज्य डेटा केंद्राशी संपर्क होऊ शकला नाही (%1). बदल रांगेत राहतील आणि जोडणी पुन्हा सुरू झाल्यावर पाठवले जातील.</translation>
    </message>
    <message>
        <source>The State Data Centre refused this station&apos;s certificate because it has expired; ask the state&apos;s administrator for a new one (%1).</source>
        <translation>या पोलीस ठाण्याचे प्रमाणपत्र कालबाह्य झाल्यामुळे राज्य डेटा केंद्राने ते नाकारले; नवीन प्रमाणपत्रासाठी राज्याच्या प्रशासकाशी संपर्क साधा (%1).</translation>
    </message>
    <message>
        <source>The State Data Centre did not accept this station&apos;s certificate (%1).</source>
        <translation>राज्य डेटा केंद्राने या पोलीस ठाण्याचे प्रमाणपत्र स्वीकारले नाही (%1).</translation>
    </message>
    <message>
        <source>A secure connection to the State Data Centre could not be made (%1).</source>
        <translation>राज्य डेटा केंद्राशी सुरक्षित जोडणी करता आली नाही (%1).</translation>
    </message>
    <message>
        <source>The State Data Centre answered %1 (%2).</source>
        <translation>राज्य डेटा केंद्राचे उत्तर: %1 (%2).</translation>
    </message>
    <message>
        <source>Synchronisation failed: %1</source>
        <translation>सिंक (समक्रमण) अयशस्वी झाले: %1</translation>
    </message>
    <message>
        <source>The station&apos;s certificate, key or the state&apos;s CA certificate could not be read (%1, %2, %3).</source>
        <translation>पोलीस ठाण्याचे प्रमाणपत्र, की (key) किंवा राज्याच्या CA चे प्रमाणपत्र वाचता आले नाही (%1, %2, %3).</translation>
    </message>
    <message>
        <source>This station&apos;s certificate expired on %1; ask the state&apos;s administrator for a new one.</source>
        <translation>या पोलीस ठाण्याचे प्रमाणपत्र %1 रोजी कालबाह्य झाले; नवीन प्रमाणपत्रासाठी राज्याच्या प्रशासकाशी संपर्क साधा.</translation>
    </message>
    <message>
        <source>State Data Centre address: must be an https:// address (now &quot;%1&quot;).</source>
        <translation>राज्य डेटा केंद्राचा पत्ता: https:// ने सुरू होणारा पत्ता असावा (सध्या &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>This store has no station yet; set the station up first.</source>
        <translation>या डेटा संग्रहात अद्याप पोलीस ठाणे नाही; आधी पोलीस ठाण्याची नोंद तयार करा.</translation>
    </message>
    <message>
        <source>This is a practice station; its records never leave this computer.</source>
        <translation>हे सराव ठाणे आहे; याचे अभिलेख कधीही हा संगणक सोडत नाहीत.</translation>
    </message>
    <message>
        <source>The State Data Centre stored changes up to %1 of %2; the rest stay queued.</source>
        <translation>राज्य डेटा केंद्राने %2 पैकी %1 पर्यंतचे बदल साठवले; उरलेले रांगेत आहेत.</translation>
    </message>
    <message>
        <source>Not stored by the State Data Centre: %1</source>
        <translation>राज्य डेटा केंद्राने साठवले नाही: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept as conflicts at the State Data Centre for a person to resolve.</source>
        <translation>
            <numerusform>%n बदल राज्य डेटा केंद्रात संघर्ष म्हणून ठेवला आहे; तो एखाद्या व्यक्तीने सोडवायचा आहे.</numerusform>
            <numerusform>%n बदल राज्य डेटा केंद्रात संघर्ष म्हणून ठेवले आहेत; ते एखाद्या व्यक्तीने सोडवायचे आहेत.</numerusform>
        </translation>
    </message>
    <message>
        <source>The State Data Centre found this station&apos;s register chain broken: %1</source>
        <translation>राज्य डेटा केंद्राला या पोलीस ठाण्याची नोंदवही-साखळी तुटलेली आढळली: %1</translation>
    </message>
</context>
<context>
    <name>thana::sync::SyncWorker</name>
    <message>
        <source>Synchronisation is off because the station store could not be opened (%1). Restart Thana; if this stays, call the station&apos;s administrator.</source>
        <translation>ठाण्याचा डेटा संग्रह उघडता न आल्यामुळे सिंक बंद आहे (%1). Thana पुन्हा सुरू करा; तरीही असेच राहिल्यास ठाण्याच्या प्रशासकाला बोलवा.</translation>
    </message>
    <message>
        <source>The last round was cut short when Thana was closed; the changes stay queued and go at the next round.</source>
        <translation>Thana बंद केल्यामुळे मागील फेरी मध्येच थांबली; बदल रांगेत आहेत आणि पुढच्या फेरीत पाठवले जातील.</translation>
    </message>
    <message>
        <source>Synchronisation is off because this store has no station yet; finish the station&apos;s setup first.</source>
        <translation>या डेटा संग्रहात अद्याप पोलीस ठाणे नसल्यामुळे सिंक बंद आहे; आधी पोलीस ठाण्याची नोंदणी पूर्ण करा.</translation>
    </message>
    <message>
        <source>Not set up yet: the administrator must give the State Data Centre&apos;s address and the folder with this station&apos;s certificate once, with &quot;thanactl sync --server URL --credentials FOLDER&quot;.</source>
        <translation>अद्याप संरचना केलेली नाही: प्रशासकाने एकदा &quot;thanactl sync --server URL --credentials FOLDER&quot; वापरून राज्य डेटा केंद्राचा पत्ता आणि या पोलीस ठाण्याचे प्रमाणपत्र असलेले फोल्डर द्यावे.</translation>
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
    <name>thana::ui::CaseDialog</name>
    <message>
        <source>Investigation</source>
        <translation>तपास</translation>
    </message>
    <message>
        <source>&amp;Arrests (IIF-III)</source>
        <translation>अटक (&amp;A) (IIF-III)</translation>
    </message>
    <message>
        <source>&amp;Property (IIF-IV)</source>
        <translation>मालमत्ता (&amp;P) (IIF-IV)</translation>
    </message>
    <message>
        <source>&amp;Final report (IIF-V)</source>
        <translation>अंतिम अहवाल (&amp;F) (IIF-V)</translation>
    </message>
    <message>
        <source>Accused:</source>
        <translation>आरोपी:</translation>
    </message>
    <message>
        <source>Arrested at:</source>
        <translation>अटकेची वेळ:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>ठिकाण:</translation>
    </message>
    <message>
        <source>Sent up to court</source>
        <translation>न्यायालयात हजर केले</translation>
    </message>
    <message>
        <source>Released on bail by police</source>
        <translation>पोलिसांनी जामिनावर सोडले</translation>
    </message>
    <message>
        <source>Bailed by court</source>
        <translation>न्यायालयाने जामीन दिला</translation>
    </message>
    <message>
        <source>Judicial custody</source>
        <translation>न्यायालयीन कोठडी</translation>
    </message>
    <message>
        <source>Police custody remand</source>
        <translation>पोलीस कोठडी रिमांड</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>परिणाम:</translation>
    </message>
    <message>
        <source>Remanded at:</source>
        <translation>रिमांडची वेळ:</translation>
    </message>
    <message>
        <source>Relative or friend, and the designated officer</source>
        <translation>नातेवाईक किंवा मित्र, आणि नियुक्त अधिकारी</translation>
    </message>
    <message>
        <source>Informed:</source>
        <translation>कळवलेल्या व्यक्ती:</translation>
    </message>
    <message>
        <source>&amp;Record arrest</source>
        <translation>अटक नोंदवा (&amp;R)</translation>
    </message>
    <message>
        <source>Save memo as PDF</source>
        <translation>पंचनामा PDF म्हणून जतन करा</translation>
    </message>
    <message>
        <source>Arrest memo</source>
        <translation>अटक पंचनामा</translation>
    </message>
    <message>
        <source>vehicle, mobile phone, cash, jewellery, document, weapon…</source>
        <translation>वाहन, मोबाइल फोन, रोख रक्कम, दागिने, दस्तऐवज, शस्त्र…</translation>
    </message>
    <message>
        <source>Type of property:</source>
        <translation>मालमत्तेचा प्रकार:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>वर्णन:</translation>
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
        <translation>चोरीस गेलेली</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>हस्तगत</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>जप्त</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>बेवारस</translation>
    </message>
    <message>
        <source>Nature:</source>
        <translation>स्वरूप:</translation>
    </message>
    <message>
        <source>Seized at:</source>
        <translation>जप्तीची वेळ:</translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation>साक्षीदार:</translation>
    </message>
    <message>
        <source>Received in the property store by:</source>
        <translation>मुद्देमाल कक्षात (मालखाना) स्वीकारणारे:</translation>
    </message>
    <message>
        <source>Record &amp;seizure</source>
        <translation>जप्ती नोंदवा (&amp;S)</translation>
    </message>
    <message>
        <source>Seizure memo</source>
        <translation>जप्ती पंचनामा</translation>
    </message>
    <message>
        <source>Charge sheet</source>
        <translation>दोषारोपपत्र</translation>
    </message>
    <message>
        <source>Closure report</source>
        <translation>बंद अहवाल (क्लोजर रिपोर्ट)</translation>
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
        <translation>मसुदा तयार करा (&amp;D) (तपासी अधिकारी)</translation>
    </message>
    <message>
        <source>A&amp;pprove (SHO)</source>
        <translation>मंजूर करा (&amp;P) (ठाणे प्रभारी)</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>अहवाल PDF म्हणून जतन करा</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>अंतिम अहवाल</translation>
    </message>
    <message>
        <source>met</source>
        <translation>पाळली</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>चुकली</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n दिवस उशीर</numerusform>
            <numerusform>%n दिवस उशीर</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n दिवस बाकी</numerusform>
            <numerusform>%n दिवस बाकी</numerusform>
        </translation>
    </message>
    <message>
        <source>No final report yet.</source>
        <translation>अद्याप अंतिम अहवाल नाही.</translation>
    </message>
    <message>
        <source>Approved by the SHO on %1.</source>
        <translation>ठाणे प्रभारींनी %1 रोजी मंजूर केला.</translation>
    </message>
    <message>
        <source>Drafted; waiting for the SHO&apos;s approval.</source>
        <translation>मसुदा तयार; ठाणे प्रभारींच्या मंजुरीची प्रतीक्षा.</translation>
    </message>
    <message>
        <source>Recorded as %1, with GD entry.</source>
        <translation>जीडी नोंदीसह %1 म्हणून नोंदवली.</translation>
    </message>
    <message>
        <source>Entered in the property store as No. %1/%2.</source>
        <translation>मुद्देमाल कक्षात (मालखाना) क्र. %1/%2 म्हणून नोंदवला.</translation>
    </message>
    <message>
        <source>Drafted. The SHO approves it.</source>
        <translation>मसुदा तयार झाला. ठाणे प्रभारी तो मंजूर करतील.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>मंजूर केला.</translation>
    </message>
    <message>
        <source>There is nothing to print yet.</source>
        <translation>अद्याप प्रिंट करण्यासारखे काहीही नाही.</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>%1 PDF म्हणून जतन करा</translation>
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
        <source>Crime &amp;details (IIF-II)</source>
        <translation>गुन्ह्याचा तपशील (&amp;D) (IIF-II)</translation>
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
        <translation>अधिकारी आणि गुन्हा वर्ग करणे (&amp;O)</translation>
    </message>
    <message>
        <source>Crime head:</source>
        <translation>गुन्हा शीर्ष:</translation>
    </message>
    <message>
        <source>Sub-head:</source>
        <translation>उप-शीर्ष:</translation>
    </message>
    <message>
        <source>Modus operandi:</source>
        <translation>गुन्हा करण्याची पद्धत:</translation>
    </message>
    <message>
        <source>Type of place:</source>
        <translation>ठिकाणाचा प्रकार:</translation>
    </message>
    <message>
        <source>Motive:</source>
        <translation>हेतू:</translation>
    </message>
    <message>
        <source>Scene:</source>
        <translation>घटनास्थळ:</translation>
    </message>
    <message>
        <source>&amp;Save crime details</source>
        <translation>गुन्ह्याचा तपशील जतन करा (&amp;S)</translation>
    </message>
    <message>
        <source>Save form as PDF</source>
        <translation>नमुना PDF म्हणून जतन करा</translation>
    </message>
    <message>
        <source>Saved. An earlier version stays on record.</source>
        <translation>जतन केले. आधीची आवृत्ती नोंदीत कायम राहते.</translation>
    </message>
    <message>
        <source>Crime details</source>
        <translation>गुन्ह्याचा तपशील</translation>
    </message>
    <message>
        <source>What was done today:</source>
        <translation>आज केलेली कार्यवाही:</translation>
    </message>
    <message>
        <source>The victim or informant was told of the progress (BNSS s.193(3)(ii))</source>
        <translation>पीडित किंवा माहिती देणाऱ्याला तपासाच्या प्रगतीची माहिती दिली (BNSS s.193(3)(ii))</translation>
    </message>
    <message>
        <source>&amp;Write entry</source>
        <translation>नोंद लिहा (&amp;W)</translation>
    </message>
    <message>
        <source>Entry %1 written; it is never edited.</source>
        <translation>नोंद %1 लिहिली; तिच्यात कधीही बदल केला जात नाही.</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>न्यायालय:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>खटला क्रमांक:</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>दोषसिद्ध</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation>निर्दोष मुक्त</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>दोषमुक्त</translation>
    </message>
    <message>
        <source>Compounded</source>
        <translation>तडजोड</translation>
    </message>
    <message>
        <source>Disposal:</source>
        <translation>निकाल:</translation>
    </message>
    <message>
        <source>Disposed of on:</source>
        <translation>निकालाचा दिनांक:</translation>
    </message>
    <message>
        <source>Sentence:</source>
        <translation>शिक्षा:</translation>
    </message>
    <message>
        <source>Appellate court:</source>
        <translation>अपील न्यायालय:</translation>
    </message>
    <message>
        <source>Appeal filed on:</source>
        <translation>अपील दाखल केल्याचा दिनांक:</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>कायम</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>उलटवला</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>बदलला</translation>
    </message>
    <message>
        <source>Remanded</source>
        <translation>फेरसुनावणीसाठी परत</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>फेटाळला</translation>
    </message>
    <message>
        <source>Result of appeal:</source>
        <translation>अपिलाचा परिणाम:</translation>
    </message>
    <message>
        <source>Appeal decided on:</source>
        <translation>अपिलाच्या निर्णयाचा दिनांक:</translation>
    </message>
    <message>
        <source>Record &amp;disposal</source>
        <translation>निकाल नोंदवा (&amp;D)</translation>
    </message>
    <message>
        <source>Record a&amp;ppeal</source>
        <translation>अपील नोंदवा (&amp;P)</translation>
    </message>
    <message>
        <source>Disposal as PDF</source>
        <translation>निकाल PDF म्हणून</translation>
    </message>
    <message>
        <source>Appeal as PDF</source>
        <translation>अपील PDF म्हणून</translation>
    </message>
    <message>
        <source>The court&apos;s disposal is recorded.</source>
        <translation>न्यायालयाचा निकाल नोंदवला आहे.</translation>
    </message>
    <message>
        <source>The result of the appeal is recorded.</source>
        <translation>अपिलाचा परिणाम नोंदवला आहे.</translation>
    </message>
    <message>
        <source>Court disposal</source>
        <translation>न्यायालयाचा निकाल</translation>
    </message>
    <message>
        <source>Result of appeal</source>
        <translation>अपिलाचा परिणाम</translation>
    </message>
    <message>
        <source>Give the case to:</source>
        <translation>गुन्हा कोणाकडे सोपवायचा:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>कारण:</translation>
    </message>
    <message>
        <source>Police station or agency, e.g. for a Zero FIR the station where it occurred</source>
        <translation>पोलीस ठाणे किंवा यंत्रणा, उदा. शून्य प्रथम खबर अहवाल (Zero FIR) साठी गुन्हा ज्या ठाण्याच्या हद्दीत घडला ते ठाणे</translation>
    </message>
    <message>
        <source>Transfer the case to:</source>
        <translation>गुन्हा कोणाकडे वर्ग करायचा:</translation>
    </message>
    <message>
        <source>Reason for the transfer:</source>
        <translation>वर्ग करण्याचे कारण:</translation>
    </message>
    <message>
        <source>Order reference:</source>
        <translation>आदेशाचा संदर्भ:</translation>
    </message>
    <message>
        <source>Re&amp;assign (SHO)</source>
        <translation>दुसऱ्या अधिकाऱ्याकडे सोपवा (&amp;A) (ठाणे प्रभारी)</translation>
    </message>
    <message>
        <source>&amp;Transfer (SHO)</source>
        <translation>वर्ग करा (&amp;T) (ठाणे प्रभारी)</translation>
    </message>
    <message>
        <source>The case is now with %1.</source>
        <translation>गुन्हा आता %1 यांच्याकडे आहे.</translation>
    </message>
    <message>
        <source>Transferred, with its GD entry; nothing more is written in it here.</source>
        <translation>जीडी नोंदीसह वर्ग केला; आता येथे त्यात काहीही लिहिले जाणार नाही.</translation>
    </message>
    <message>
        <source>&amp;Evidence and statements</source>
        <translation>पुरावा व जबाब (&amp;E)</translation>
    </message>
    <message>
        <source>Sent to the laboratory</source>
        <translation>प्रयोगशाळेत पाठवले</translation>
    </message>
    <message>
        <source>Back from the laboratory</source>
        <translation>प्रयोगशाळेतून परत</translation>
    </message>
    <message>
        <source>Produced in court</source>
        <translation>न्यायालयात हजर केले</translation>
    </message>
    <message>
        <source>Back from court</source>
        <translation>न्यायालयातून परत</translation>
    </message>
    <message>
        <source>Returned to the owner</source>
        <translation>मालकाला परत दिले</translation>
    </message>
    <message>
        <source>Disposed of</source>
        <translation>निकाली काढले</translation>
    </message>
    <message>
        <source>Laboratory, court, owner…</source>
        <translation>प्रयोगशाळा, न्यायालय, मालक…</translation>
    </message>
    <message>
        <source>Letter or order number</source>
        <translation>पत्र किंवा आदेश क्रमांक</translation>
    </message>
    <message>
        <source>Record &amp;movement</source>
        <translation>हालचाल नोंदवा (&amp;M)</translation>
    </message>
    <message>
        <source>Record the seizure first.</source>
        <translation>आधी जप्ती नोंदवा.</translation>
    </message>
    <message>
        <source>Movement recorded in the chain of custody.</source>
        <translation>ताबा साखळीत हालचाल नोंदवली.</translation>
    </message>
    <message>
        <source>Court the approved report goes to</source>
        <translation>अनुमोदित अहवाल ज्या न्यायालयात जातो ते न्यायालय</translation>
    </message>
    <message>
        <source>Send to &amp;court</source>
        <translation>न्यायालयात पाठवा (&amp;C)</translation>
    </message>
    <message>
        <source>e-FIR signed &amp;now</source>
        <translation>ई-FIR वर आत्ता स्वाक्षरी झाली (&amp;N)</translation>
    </message>
    <message>
        <source>The informant has signed the e-FIR (BNSS s.173(1)(ii))</source>
        <translation>खबर देणाऱ्याने ई-FIR वर स्वाक्षरी केली आहे (BNSS s.173(1)(ii))</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>%1 येथे पाठवला.</translation>
    </message>
    <message>
        <source>The e-FIR signature is recorded.</source>
        <translation>ई-FIR वरील स्वाक्षरी नोंदवली.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>निवडा…</translation>
    </message>
    <message>
        <source>Electronic record:</source>
        <translation>इलेक्ट्रॉनिक अभिलेख:</translation>
    </message>
    <message>
        <source>What it is and where it came from</source>
        <translation>हे काय आहे आणि कोठून आले</translation>
    </message>
    <message>
        <source>&amp;Keep as evidence</source>
        <translation>पुरावा म्हणून जतन करा (&amp;K)</translation>
    </message>
    <message>
        <source>BSA s.63 certificate as PDF</source>
        <translation>BSA s.63 प्रमाणपत्र PDF म्हणून</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>व्यक्ती:</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>साक्षीदार</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>पीडित</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>तक्रारदार</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>तज्ज्ञ</translation>
    </message>
    <message>
        <source>Given as:</source>
        <translation>कोणत्या नात्याने:</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>जबाब:</translation>
    </message>
    <message>
        <source>Record &amp;statement</source>
        <translation>जबाब नोंदवा (&amp;S)</translation>
    </message>
    <message>
        <source>Electronic record</source>
        <translation>इलेक्ट्रॉनिक अभिलेख</translation>
    </message>
    <message>
        <source>Kept; its SHA-256 is %1.</source>
        <translation>जतन केले; त्याचा SHA-256 %1 आहे.</translation>
    </message>
    <message>
        <source>BSA certificate</source>
        <translation>BSA प्रमाणपत्र</translation>
    </message>
    <message>
        <source>Statement recorded; it is never edited.</source>
        <translation>जबाब नोंदवला; तो कधीही बदलला जात नाही.</translation>
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
    <message>
        <source>Last day</source>
        <translation>शेवटचा दिवस</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>उरलेले दिवस</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>गुन्हा</translation>
    </message>
    <message>
        <source>What the law requires</source>
        <translation>कायद्याची आवश्यकता</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>कायदा</translation>
    </message>
    <message>
        <source>From the State Data Centre: transfers, citizens&apos; requests, notices</source>
        <translation>राज्य डेटा केंद्राकडून: वर्ग केलेले गुन्हे, नागरिकांच्या विनंत्या, सूचना</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्तीची वेळ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>What</source>
        <translation>तपशील</translation>
    </message>
    <message>
        <source>Deadlines of open cases: %1 passed in the last 30 days, %2 due in the next 14 days</source>
        <translation>प्रलंबित गुन्ह्यांच्या मुदती: गेल्या 30 दिवसांत %1 उलटल्या, पुढील 14 दिवसांत %2 देय</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n दिवस उशीर</numerusform>
            <numerusform>%n दिवस उशीर</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Case transferred here</source>
        <translation>गुन्हा येथे वर्ग झाला</translation>
    </message>
    <message>
        <source>Case transferred away</source>
        <translation>गुन्हा इतरत्र वर्ग झाला</translation>
    </message>
    <message>
        <source>Complaint from the citizen portal</source>
        <translation>नागरिक पोर्टलवरील तक्रार</translation>
    </message>
    <message>
        <source>Citizen&apos;s service request</source>
        <translation>नागरिकाची सेवा विनंती</translation>
    </message>
    <message>
        <source>Acts and sections updated</source>
        <translation>अधिनियम व कलमे अद्ययावत</translation>
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
        <translation>आढाव्याचा महिना</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>महिना (&amp;M):</translation>
    </message>
    <message>
        <source>FIRs by crime head, this month against the same month last year</source>
        <translation>गुन्हा शीर्षनिहाय प्रथम खबर अहवाल (FIR), या महिन्याची गेल्या वर्षीच्या याच महिन्याशी तुलना</translation>
    </message>
    <message>
        <source>Crime review</source>
        <translation>गुन्हे आढावा</translation>
    </message>
    <message>
        <source>Open &amp;on:</source>
        <translation>प्रलंबित दिनांक (&amp;O):</translation>
    </message>
    <message>
        <source>Cases under investigation by age</source>
        <translation>तपासाधीन गुन्हे, कालावधीनुसार</translation>
    </message>
    <message>
        <source>Pendency</source>
        <translation>प्रलंबित गुन्हे</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>पासून (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>पर्यंत (&amp;T):</translation>
    </message>
    <message>
        <source>Final reports and court disposals</source>
        <translation>अंतिम अहवाल व न्यायालयीन निकाल</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>निर्गती</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट करा (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV निर्यात करा (&amp;E)…</translation>
    </message>
    <message>
        <source>No FIRs registered in %1 or in %2</source>
        <translation>%1 मध्ये किंवा %2 मध्ये एकही प्रथम खबर अहवाल (FIR) नोंदवलेला नाही</translation>
    </message>
    <message>
        <source>FIRs by crime head: %1 in %2 against %3 in %4 (%5)</source>
        <translation>गुन्हा शीर्षनिहाय प्रथम खबर अहवाल (FIR): %2 मध्ये %1, तुलनेत %4 मध्ये %3 (%5)</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>तपासाधीन</translation>
    </message>
    <message>
        <source>Past a limit of BNSS s.187(3) or s.193(2)</source>
        <translation>BNSS s.187(3) किंवा s.193(2) ची मुदत उलटलेले</translation>
    </message>
    <message>
        <source>%1 case(s) under investigation on %2, %3 past a statutory limit</source>
        <translation>%2 रोजी %1 गुन्हे तपासाधीन, त्यांपैकी %3 वैधानिक मुदत उलटलेले</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>गुन्हे</translation>
    </message>
    <message>
        <source>Charge sheets</source>
        <translation>दोषारोपपत्रे</translation>
    </message>
    <message>
        <source>Closure reports</source>
        <translation>बंद अहवाल (क्लोजर रिपोर्ट)</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>दोषसिद्ध</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation>निर्दोष मुक्त</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>दोषमुक्त</translation>
    </message>
    <message>
        <source>Compounded</source>
        <translation>तडजोड</translation>
    </message>
    <message>
        <source>Final reports and court disposals: charge-sheeting rate %1, conviction rate %2</source>
        <translation>अंतिम अहवाल व न्यायालयीन निकाल: दोषारोपपत्र दर %1, दोषसिद्धी दर %2</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>अहवाल CSV म्हणून निर्यात करा</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फाइल्स (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 लिहिता येत नाही: %2</translation>
    </message>
    <message>
        <source>Reading the deadlines of open cases…</source>
        <translation>प्रलंबित गुन्ह्यांच्या मुदती वाचत आहे…</translation>
    </message>
    <message>
        <source>Not accepted by the State Data Centre</source>
        <translation>राज्य डेटा केंद्राने स्वीकारले नाही</translation>
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
    <message>
        <source>&amp;Investigation…</source>
        <translation>तपास (&amp;I)…</translation>
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
    <message>
        <source>Next round at %1; Sync now (Ctrl+Shift+S) sends at once.</source>
        <translation>पुढील फेरी %1 वाजता; आता सिंक करा (Ctrl+Shift+S) ने लगेच पाठवले जाते.</translation>
    </message>
    <message>
        <source>Practice station: never synchronised</source>
        <translation>सराव ठाणे: कधीही सिंक होत नाही</translation>
    </message>
    <message>
        <source>Sync: starting…</source>
        <translation>सिंक: सुरू होत आहे…</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n queued</source>
        <translation>
            <numerusform>सिंक: %n रांगेत</numerusform>
            <numerusform>सिंक: %n रांगेत</numerusform>
        </translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation>शेवटचे यश %1</translation>
    </message>
    <message>
        <source>no success yet</source>
        <translation>अद्याप यश नाही</translation>
    </message>
    <message>
        <source>sending now…</source>
        <translation>आता पाठवत आहे…</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>पोलीस ठाणे (&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>आता सिंक करा (&amp;N)</translation>
    </message>
    <message>
        <source>A practice station is never synchronised.</source>
        <translation>सराव ठाणे कधीही सिंक होत नाही.</translation>
    </message>
    <message>
        <source>Send the queued changes to the State Data Centre now, in the background.</source>
        <translation>रांगेतील बदल आत्ताच, पार्श्वभूमीत, राज्य डेटा केंद्राकडे पाठवा.</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>नोंदवह्या</translation>
    </message>
    <message>
        <source>Station records</source>
        <translation>ठाणे अभिलेख</translation>
    </message>
</context>
<context>
    <name>thana::ui::MatchesDialog</name>
    <message>
        <source>Possible matches for %1</source>
        <translation>%1 शी संभाव्य जुळण्या</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>गुण</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>नोंद</translation>
    </message>
    <message>
        <source>Name, date, place</source>
        <translation>नाव, तारीख, ठिकाण</translation>
    </message>
    <message>
        <source>Why it could be the same person:</source>
        <translation>ही एकच व्यक्ती असू शकते, याची कारणे:</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>नोंद उघडा (&amp;O)</translation>
    </message>
    <message>
        <source>No record could be %1 (%2): none agrees in gender, age, height and dates. Look again when new records come in.</source>
        <translation>%1 (%2) असू शकेल अशी एकही नोंद नाही: लिंग, वय, उंची आणि तारखा यांत कोणतीही नोंद जुळत नाही. नवीन नोंदी आल्यावर पुन्हा पहा.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could be %1 (%2), best first. Open one to read it in full; nothing is linked until you record the tracing or identification.</source>
        <translation>
            <numerusform>%n नोंद %1 (%2) असू शकते, सर्वाधिक जुळणारी आधी. संपूर्ण तपशील वाचण्यासाठी नोंद उघडा; शोध लागल्याची किंवा ओळख पटल्याची नोंद करेपर्यंत काहीही जोडले जात नाही.</numerusform>
            <numerusform>%n नोंदी %1 (%2) असू शकतात, सर्वाधिक जुळणाऱ्या आधी. संपूर्ण तपशील वाचण्यासाठी एक नोंद उघडा; शोध लागल्याची किंवा ओळख पटल्याची नोंद करेपर्यंत काहीही जोडले जात नाही.</numerusform>
        </translation>
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
    <message>
        <source>&lt;b&gt;Already on record?&lt;/b&gt; These persons may be the one you are entering; press Enter on one to use it instead of a new entry.</source>
        <translation>&lt;b&gt;आधीच नोंद आहे?&lt;/b&gt; आपण नोंदवत असलेली व्यक्ती यांपैकी एक असू शकते; नवीन नोंदीऐवजी ती वापरण्यासाठी तिच्यावर Enter दाबा.</translation>
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
    <message>
        <source>Same person as…</source>
        <translation>हीच व्यक्ती आहे…</translation>
    </message>
    <message>
        <source>Record that the selected entry is the same person as another one on record</source>
        <translation>निवडलेली नोंद ही नोंदीतील दुसऱ्या व्यक्तीचीच आहे असे नोंदवा</translation>
    </message>
    <message>
        <source>Undo a merge…</source>
        <translation>एकत्रीकरण रद्द करा…</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>एकच व्यक्ती</translation>
    </message>
    <message>
        <source>Select the entry that is a duplicate first.</source>
        <translation>आधी दुहेरी असलेली नोंद निवडा.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is the same person as:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ही हीच व्यक्ती आहे:</translation>
    </message>
    <message>
        <source>Why they are one person, e.g. the same Aadhaar number</source>
        <translation>ते एकच व्यक्ती का आहेत, उदा. एकच आधार क्रमांक</translation>
    </message>
    <message>
        <source>Persons: no one on record looks like this entry.</source>
        <translation>व्यक्ती: नोंदीत या नोंदीसारखी कोणतीही व्यक्ती नाही.</translation>
    </message>
    <message>
        <source>Undo a merge</source>
        <translation>एकत्रीकरण रद्द करा</translation>
    </message>
    <message>
        <source>There is no merge to undo.</source>
        <translation>रद्द करण्यासाठी कोणतेही एकत्रीकरण नाही.</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Merge to undo:</source>
        <translation>रद्द करायचे एकत्रीकरण:</translation>
    </message>
</context>
<context>
    <name>thana::ui::RecordForm</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>जतन करा (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>thana::ui::RegistersPage</name>
    <message>
        <source>&amp;Register:</source>
        <translation>नोंदवही (&amp;R):</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>पासून (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>पर्यंत (&amp;T):</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>PDF म्हणून जतन करा (&amp;P)…</translation>
    </message>
    <message>
        <source>The whole register for the period, A4 landscape, with the heading and columns in English and Hindi on every page.</source>
        <translation>निवडलेल्या कालावधीची संपूर्ण नोंदवही, A4 आडव्या (landscape) पानांवर, प्रत्येक पानावर इंग्रजी व हिंदीतील शीर्षक आणि स्तंभांसह.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV निर्यात करा (&amp;E)…</translation>
    </message>
    <message>
        <source>The whole register for the period as a spreadsheet file (UTF-8).</source>
        <translation>निवडलेल्या कालावधीची संपूर्ण नोंदवही स्प्रेडशीट फाइल म्हणून (UTF-8).</translation>
    </message>
    <message>
        <source>Oldest entry first; more rows load as you scroll. Each register is drawn from the records already entered. Names of victims of sexual offences are withheld from officers not working the case.</source>
        <translation>सर्वात जुनी नोंद आधी; स्क्रोल करताच आणखी ओळी दिसतात. प्रत्येक नोंदवही आधीच नोंदवलेल्या अभिलेखांमधून तयार होते. लैंगिक गुन्ह्यांतील पीडितांची नावे त्या गुन्ह्याच्या तपासाशी संबंध नसलेल्या अधिकाऱ्यांपासून गोपनीय ठेवली जातात.</translation>
    </message>
    <message>
        <source>&quot;From&quot; (%1) is after &quot;To&quot; (%2).</source>
        <translation>&quot;पासून&quot; (%1) ही तारीख &quot;पर्यंत&quot; (%2) नंतरची आहे.</translation>
    </message>
    <message>
        <source>No entries in this register from %1 to %2.</source>
        <translation>या नोंदवहीत %1 ते %2 दरम्यान एकही नोंद नाही.</translation>
    </message>
    <message>
        <source>Save register as PDF</source>
        <translation>नोंदवही PDF म्हणून जतन करा</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फाइल्स (*.pdf)</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>%2 यांनी %1 रोजी प्रिंट केले</translation>
    </message>
    <message>
        <source>Preparing the register…</source>
        <translation>नोंदवही तयार होत आहे…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>%1 तयार होत आहे…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation>
            <numerusform>%1 मध्ये %n पान जतन केले.</numerusform>
            <numerusform>%1 मध्ये %n पाने जतन केली.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export register as CSV</source>
        <translation>नोंदवही CSV म्हणून निर्यात करा</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फाइल्स (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>फाइल %1 लिहिता आली नाही: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%1 मध्ये %n ओळ निर्यात केली.</numerusform>
            <numerusform>%1 मध्ये %n ओळी निर्यात केल्या.</numerusform>
        </translation>
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
    <name>thana::ui::StationRecordsPage</name>
    <message>
        <source>male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>female</source>
        <translation>स्त्री</translation>
    </message>
    <message>
        <source>transgender</source>
        <translation>तृतीयपंथी</translation>
    </message>
    <message>
        <source>gender not known</source>
        <translation>लिंग माहीत नाही</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 वर्षे</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 वर्षे</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 सेमी</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>माहीत नाही</translation>
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
        <source>&amp;Gender:</source>
        <translation>लिंग (&amp;G):</translation>
    </message>
    <message>
        <source>Apparent &amp;age, from (years):</source>
        <translation>दिसणारे अंदाजे वय, किमान (&amp;A) (वर्षे):</translation>
    </message>
    <message>
        <source>&amp;Age, or from (years):</source>
        <translation>वय, किंवा किमान (&amp;A) (वर्षे):</translation>
    </message>
    <message>
        <source>One age, or the least it could be; leave the next field empty for a single age.</source>
        <translation>एकच वय, किंवा ते किमान किती असू शकते ते लिहा; एकच वय असल्यास पुढील रकाना रिकामा ठेवा.</translation>
    </message>
    <message>
        <source>Age up &amp;to (years):</source>
        <translation>वय, कमाल (&amp;T) (वर्षे):</translation>
    </message>
    <message>
        <source>&amp;Height (cm):</source>
        <translation>उंची (&amp;H) (सेमी):</translation>
    </message>
    <message>
        <source>empty if not known</source>
        <translation>माहीत नसल्यास रिकामे ठेवा</translation>
    </message>
    <message>
        <source>&amp;Build:</source>
        <translation>शरीरयष्टी (&amp;B):</translation>
    </message>
    <message>
        <source>thin, medium, heavy</source>
        <translation>सडपातळ, मध्यम, जाड</translation>
    </message>
    <message>
        <source>Comple&amp;xion:</source>
        <translation>वर्ण (रंग) (&amp;X):</translation>
    </message>
    <message>
        <source>Identifying &amp;marks:</source>
        <translation>ओळखीच्या खुणा (&amp;M):</translation>
    </message>
    <message>
        <source>moles, scars, tattoos; separate with commas</source>
        <translation>तीळ, व्रण, गोंदण; स्वल्पविरामाने वेगळे करा</translation>
    </message>
    <message>
        <source>C&amp;lothing:</source>
        <translation>कपडे (&amp;L):</translation>
    </message>
    <message>
        <source>Enter the person&apos;s particulars above, or choose a person already on record.</source>
        <translation>वर व्यक्तीचा तपशील भरा, किंवा आधीच नोंद असलेली व्यक्ती निवडा.</translation>
    </message>
    <message>
        <source>Missing since</source>
        <translation>हरवल्याची वेळ</translation>
    </message>
    <message>
        <source>&amp;Report missing person…</source>
        <translation>हरवलेल्या व्यक्तीची खबर नोंदवा (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Traced…</source>
        <translation>शोध लागला (&amp;T)…</translation>
    </message>
    <message>
        <source>Possible &amp;matches…</source>
        <translation>संभाव्य जुळण्या (&amp;M)…</translation>
    </message>
    <message>
        <source>Missing &amp;persons</source>
        <translation>हरवलेल्या व्यक्ती (&amp;P)</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>सापडल्याची वेळ</translation>
    </message>
    <message>
        <source>Body fou&amp;nd…</source>
        <translation>मृतदेह सापडला (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Identified…</source>
        <translation>ओळख पटली (&amp;I)…</translation>
    </message>
    <message>
        <source>Unidentified &amp;bodies</source>
        <translation>बेवारस मृतदेह (&amp;B)</translation>
    </message>
    <message>
        <source>Person fou&amp;nd…</source>
        <translation>व्यक्ती सापडली (&amp;N)…</translation>
    </message>
    <message>
        <source>Persons fo&amp;und</source>
        <translation>सापडलेल्या व्यक्ती (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open history sheet…</source>
        <translation>हिस्ट्रीशीट उघडा (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Add FIR…</source>
        <translation>FIR जोडा (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>बंद करा (&amp;C)…</translation>
    </message>
    <message>
        <source>Only the SHO opens a history sheet.</source>
        <translation>फक्त ठाणे प्रभारीच हिस्ट्रीशीट उघडतात.</translation>
    </message>
    <message>
        <source>Only the SHO closes a history sheet.</source>
        <translation>फक्त ठाणे प्रभारीच हिस्ट्रीशीट बंद करतात.</translation>
    </message>
    <message>
        <source>Only the SHO or an investigating officer adds a case to a history sheet.</source>
        <translation>फक्त ठाणे प्रभारी किंवा तपासी अधिकारीच हिस्ट्रीशीटमध्ये गुन्हा जोडतात.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>उघडल्याची तारीख</translation>
    </message>
    <message>
        <source>Histor&amp;y sheets</source>
        <translation>हिस्ट्रीशीट (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>ठरलेली तारीख, यापर्यंत (&amp;D):</translation>
    </message>
    <message>
        <source>Only processes not yet returned to court whose date fixed by the court is on or before this day, the soonest first.</source>
        <translation>न्यायालयाकडे अद्याप परत न पाठवलेल्या आणि न्यायालयाने ठरवलेली तारीख या दिवशी किंवा त्याआधी असलेल्या आदेशिकाच, सर्वात जवळची तारीख आधी.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ठरलेली तारीख</translation>
    </message>
    <message>
        <source>Process &amp;received…</source>
        <translation>आदेशिका प्राप्त झाली (&amp;R)…</translation>
    </message>
    <message>
        <source>Report s&amp;ervice…</source>
        <translation>बजावणी अहवाल (&amp;E)…</translation>
    </message>
    <message>
        <source>Summons &amp;&amp; &amp;warrants</source>
        <translation>समन्स व वॉरंट (&amp;W)</translation>
    </message>
    <message>
        <source>In</source>
        <translation>आत आल्याची वेळ</translation>
    </message>
    <message>
        <source>Visitor &amp;in…</source>
        <translation>अभ्यागत आत आले (&amp;I)…</translation>
    </message>
    <message>
        <source>Visitor &amp;out</source>
        <translation>अभ्यागत बाहेर गेले (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Visitors</source>
        <translation>अभ्यागत (&amp;V)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <source>Name, purpose, whom met</source>
        <translation>नाव, उद्देश, कोणाला भेटले</translation>
    </message>
    <message>
        <source>Process, person, court</source>
        <translation>आदेशिका, व्यक्ती, न्यायालय</translation>
    </message>
    <message>
        <source>Name or description</source>
        <translation>नाव किंवा वर्णन</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>traced %1</source>
        <translation>%1 रोजी शोध लागला</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>बेपत्ता</translation>
    </message>
    <message>
        <source>identified as %1</source>
        <translation>ओळख पटली: %1</translation>
    </message>
    <message>
        <source>unidentified</source>
        <translation>ओळख पटलेली नाही</translation>
    </message>
    <message>
        <source>placed with %1</source>
        <translation>%1 कडे सोपवले</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>%1 रोजी बंद</translation>
    </message>
    <message numerus="yes">
        <source>open, %n case(s)</source>
        <translation>
            <numerusform>उघडी, %n गुन्हा</numerusform>
            <numerusform>उघडी, %n गुन्हे</numerusform>
        </translation>
    </message>
    <message>
        <source>Summons</source>
        <translation>समन्स</translation>
    </message>
    <message>
        <source>Bailable warrant</source>
        <translation>जामीनपात्र वॉरंट</translation>
    </message>
    <message>
        <source>Non-bailable warrant</source>
        <translation>अजामीनपात्र वॉरंट</translation>
    </message>
    <message>
        <source>Proclamation</source>
        <translation>जाहीरनामा</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>प्रलंबित</translation>
    </message>
    <message>
        <source>served</source>
        <translation>बजावली</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>बजावली नाही</translation>
    </message>
    <message>
        <source>returned to court</source>
        <translation>न्यायालयाकडे परत</translation>
    </message>
    <message>
        <source>%1: %2 — %3, %4</source>
        <translation>%1: %2 — %3, %4</translation>
    </message>
    <message>
        <source>%1 — %2, met %3</source>
        <translation>%1 — %2, %3 यांना भेटले</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 रोजी बाहेर गेले</translation>
    </message>
    <message>
        <source>in the station</source>
        <translation>ठाण्यात उपस्थित</translation>
    </message>
    <message>
        <source>Missing person %1: %2, %3.</source>
        <translation>हरवलेली व्यक्ती %1: %2, %3.</translation>
    </message>
    <message>
        <source>Missing since %1, last seen at %2; reported %3.</source>
        <translation>%1 पासून बेपत्ता, शेवटचे %2 येथे दिसले; खबर %3 रोजी प्राप्त.</translation>
    </message>
    <message>
        <source>Traced %1 at %2: %3</source>
        <translation>%1 रोजी %2 येथे शोध लागला: %3</translation>
    </message>
    <message>
        <source>Unidentified body %1, found %2 at %3: %4.</source>
        <translation>बेवारस मृतदेह %1, %2 रोजी %3 येथे सापडला: %4.</translation>
    </message>
    <message>
        <source>Probable cause: %1</source>
        <translation>मृत्यूचे संभाव्य कारण: %1</translation>
    </message>
    <message>
        <source>Inquest (BNSS s.194): %1</source>
        <translation>मरणोत्तर पंचनामा (BNSS s.194): %1</translation>
    </message>
    <message>
        <source>Identified %1 as %2 by %3.</source>
        <translation>%1 रोजी %3 यांनी %2 म्हणून ओळख पटवली.</translation>
    </message>
    <message>
        <source>Person found %1, %2 at %3: %4.</source>
        <translation>सापडलेली व्यक्ती %1, %2 रोजी %3 येथे सापडली: %4.</translation>
    </message>
    <message>
        <source>Placed with %1.</source>
        <translation>%1 कडे सोपवले.</translation>
    </message>
    <message>
        <source>History sheet %1 on %2 (%3), opened %4.</source>
        <translation>हिस्ट्रीशीट %1: %2 (%3), %4 रोजी उघडली.</translation>
    </message>
    <message>
        <source>Grounds: %1</source>
        <translation>कारणे: %1</translation>
    </message>
    <message>
        <source>No case linked yet.</source>
        <translation>अद्याप कोणताही गुन्हा जोडलेला नाही.</translation>
    </message>
    <message>
        <source>Cases: FIR %1</source>
        <translation>गुन्हे: FIR %1</translation>
    </message>
    <message>
        <source>Closed %1: %2</source>
        <translation>%1 रोजी बंद: %2</translation>
    </message>
    <message>
        <source>%1 %2 from %3 in %4, received %5; the court fixed %6.</source>
        <translation>%1 %2: %3 कडून, खटला %4; %5 रोजी प्राप्त; न्यायालयाने ठरवलेली तारीख %6.</translation>
    </message>
    <message>
        <source>To be served on %1, %2.</source>
        <translation>बजावणी करायची व्यक्ती: %1, %2.</translation>
    </message>
    <message>
        <source>%1: served on %2 (%3).</source>
        <translation>%1: %2 यांच्यावर बजावली (%3).</translation>
    </message>
    <message>
        <source>%1: not served: %2</source>
        <translation>%1: बजावणी झाली नाही: %2</translation>
    </message>
    <message>
        <source>%1: returned to court.</source>
        <translation>%1: न्यायालयाकडे परत पाठवली.</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>Came %1 to meet %2: %3.</source>
        <translation>%1 रोजी %2 यांना भेटण्यासाठी आले: %3.</translation>
    </message>
    <message>
        <source>Left %1.</source>
        <translation>%1 रोजी बाहेर गेले.</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>आधी यादीतील एक नोंद निवडा.</translation>
    </message>
    <message>
        <source>No other record matches it yet.</source>
        <translation>हिच्याशी जुळणारी दुसरी कोणतीही नोंद अद्याप नाही.</translation>
    </message>
    <message>
        <source>Report a missing person</source>
        <translation>हरवलेल्या व्यक्तीची खबर नोंदवा</translation>
    </message>
    <message>
        <source>&amp;Name of the missing person:</source>
        <translation>हरवलेल्या व्यक्तीचे नाव (&amp;N):</translation>
    </message>
    <message>
        <source>Missing &amp;since:</source>
        <translation>हरवल्याची वेळ (&amp;S):</translation>
    </message>
    <message>
        <source>Last seen &amp;place:</source>
        <translation>शेवटचे दिसलेले ठिकाण (&amp;P):</translation>
    </message>
    <message>
        <source>Reported b&amp;y:</source>
        <translation>खबर देणारा (&amp;Y):</translation>
    </message>
    <message>
        <source>Missing person report No. %1 recorded, with its General Diary entry.</source>
        <translation>हरवलेल्या व्यक्तीची खबर क्र. %1 स्टेशन डायरी (जीडी) नोंदीसह नोंदवली.</translation>
    </message>
    <message>
        <source>Missing person %1 traced</source>
        <translation>हरवलेली व्यक्ती %1: शोध लागला</translation>
    </message>
    <message>
        <source>&amp;Traced at:</source>
        <translation>शोध लागल्याची वेळ (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Where traced:</source>
        <translation>शोध लागलेले ठिकाण (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;How traced:</source>
        <translation>शोध कसा लागला (&amp;H):</translation>
    </message>
    <message>
        <source>Tracing recorded, with its General Diary entry.</source>
        <translation>शोध लागल्याची नोंद स्टेशन डायरी (जीडी) नोंदीसह केली.</translation>
    </message>
    <message>
        <source>Unidentified dead body found</source>
        <translation>बेवारस मृतदेह सापडला</translation>
    </message>
    <message>
        <source>&amp;Found at:</source>
        <translation>सापडल्याची वेळ (&amp;F):</translation>
    </message>
    <message>
        <source>Pla&amp;ce found:</source>
        <translation>सापडलेले ठिकाण (&amp;C):</translation>
    </message>
    <message>
        <source>Probable ca&amp;use of death:</source>
        <translation>मृत्यूचे संभाव्य कारण (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Inquest report (BNSS s.194):</source>
        <translation>मरणोत्तर पंचनामा (&amp;I) (BNSS s.194):</translation>
    </message>
    <message>
        <source>Unidentified body No. %1 recorded, with its General Diary entry.</source>
        <translation>बेवारस मृतदेह क्र. %1 ची स्टेशन डायरी (जीडी) नोंदीसह नोंद केली.</translation>
    </message>
    <message>
        <source>Body %1 identified</source>
        <translation>मृतदेह %1: ओळख पटली</translation>
    </message>
    <message>
        <source>&amp;Identified at:</source>
        <translation>ओळख पटल्याची वेळ (&amp;I):</translation>
    </message>
    <message>
        <source>Identified &amp;as:</source>
        <translation>ओळख (&amp;A):</translation>
    </message>
    <message>
        <source>Identified &amp;by:</source>
        <translation>ओळख पटवणारा (&amp;B):</translation>
    </message>
    <message>
        <source>the relative or neighbour who identified the body</source>
        <translation>मृतदेहाची ओळख पटवणारे नातेवाईक किंवा शेजारी</translation>
    </message>
    <message>
        <source>Identification recorded, with its General Diary entry.</source>
        <translation>ओळख पटल्याची नोंद स्टेशन डायरी (जीडी) नोंदीसह केली.</translation>
    </message>
    <message>
        <source>Person found</source>
        <translation>सापडलेली व्यक्ती</translation>
    </message>
    <message>
        <source>&amp;Name, if given:</source>
        <translation>नाव, सांगितले असल्यास (&amp;N):</translation>
    </message>
    <message>
        <source>Placed &amp;with:</source>
        <translation>कोणाकडे सोपवले (&amp;W):</translation>
    </message>
    <message>
        <source>shelter home, hospital, child welfare committee</source>
        <translation>निवारागृह, रुग्णालय, बाल कल्याण समिती</translation>
    </message>
    <message>
        <source>Person found No. %1 recorded, with its General Diary entry.</source>
        <translation>सापडलेली व्यक्ती क्र. %1 ची स्टेशन डायरी (जीडी) नोंदीसह नोंद केली.</translation>
    </message>
    <message>
        <source>FIR: there is no FIR No. %1 at this station; write the number as 12/2026.</source>
        <translation>प्रथम खबर अहवाल (FIR): या पोलीस ठाण्यात FIR क्र. %1 नाही; क्रमांक 12/2026 असा लिहा.</translation>
    </message>
    <message>
        <source>Open a history sheet</source>
        <translation>हिस्ट्रीशीट उघडा</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>व्यक्ती (&amp;P):</translation>
    </message>
    <message>
        <source>Habitual offender</source>
        <translation>सराईत गुन्हेगार</translation>
    </message>
    <message>
        <source>Property offender</source>
        <translation>मालमत्तेविरुद्ध गुन्हे करणारा</translation>
    </message>
    <message>
        <source>Bootlegger</source>
        <translation>अवैध दारू विक्रेता</translation>
    </message>
    <message>
        <source>Body offender</source>
        <translation>शरीराविरुद्ध गुन्हे करणारा</translation>
    </message>
    <message>
        <source>Gambler</source>
        <translation>जुगारी</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>प्रवर्ग (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>कारणे (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Opened at:</source>
        <translation>उघडल्याची वेळ (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;FIRs that ground it:</source>
        <translation>आधारभूत प्रथम खबर अहवाल (&amp;F):</translation>
    </message>
    <message>
        <source>e.g. 12/2026, 15/2026</source>
        <translation>उदा. 12/2026, 15/2026</translation>
    </message>
    <message>
        <source>History sheet No. %1 opened.</source>
        <translation>हिस्ट्रीशीट क्र. %1 उघडली.</translation>
    </message>
    <message>
        <source>Add a case to history sheet %1</source>
        <translation>हिस्ट्रीशीट %1 मध्ये गुन्हा जोडा</translation>
    </message>
    <message>
        <source>&amp;FIR number:</source>
        <translation>FIR क्रमांक (&amp;F):</translation>
    </message>
    <message>
        <source>e.g. 12/2026</source>
        <translation>उदा. 12/2026</translation>
    </message>
    <message>
        <source>FIR: give one FIR number, e.g. 12/2026.</source>
        <translation>प्रथम खबर अहवाल (FIR): एकच FIR क्रमांक लिहा, उदा. 12/2026.</translation>
    </message>
    <message>
        <source>Case added to the history sheet.</source>
        <translation>गुन्हा हिस्ट्रीशीटमध्ये जोडला.</translation>
    </message>
    <message>
        <source>Close history sheet %1</source>
        <translation>हिस्ट्रीशीट %1 बंद करा</translation>
    </message>
    <message>
        <source>&amp;Closed at:</source>
        <translation>बंद केल्याची वेळ (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>History sheet closed.</source>
        <translation>हिस्ट्रीशीट बंद केली.</translation>
    </message>
    <message>
        <source>Process received from a court</source>
        <translation>न्यायालयाकडून आलेली आदेशिका</translation>
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
        <translation>खटला क्रमांक (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Person to be served:</source>
        <translation>बजावणी करायची व्यक्ती (&amp;P):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>पत्ता (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Received at:</source>
        <translation>प्राप्त झाल्याची वेळ (&amp;R):</translation>
    </message>
    <message>
        <source>Date fixed by the court (d&amp;ue):</source>
        <translation>न्यायालयाने ठरवलेली तारीख (&amp;U):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Officer to serve it:</source>
        <translation>बजावणी करणारे अधिकारी (&amp;O):</translation>
    </message>
    <message>
        <source>Process No. %1 entered.</source>
        <translation>आदेशिका क्र. %1 ची नोंद केली.</translation>
    </message>
    <message>
        <source>Report on process %1</source>
        <translation>आदेशिका %1 बाबत अहवाल</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>बजावली</translation>
    </message>
    <message>
        <source>Not served</source>
        <translation>बजावली नाही</translation>
    </message>
    <message>
        <source>Returned to court</source>
        <translation>न्यायालयाकडे परत पाठवली</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>परिणाम (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Date of the report:</source>
        <translation>अहवालाची तारीख (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;How served:</source>
        <translation>बजावणी कशी केली (&amp;H):</translation>
    </message>
    <message>
        <source>personally, on an adult member of the family, by affixing a copy</source>
        <translation>व्यक्तिशः, कुटुंबातील प्रौढ सदस्यावर, प्रत चिकटवून</translation>
    </message>
    <message>
        <source>Served &amp;on:</source>
        <translation>कोणावर बजावली (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Reason not served:</source>
        <translation>बजावणी न होण्याचे कारण (&amp;R):</translation>
    </message>
    <message>
        <source>Report on the process recorded.</source>
        <translation>आदेशिकेबाबतचा अहवाल नोंदवला.</translation>
    </message>
    <message>
        <source>Visitor in</source>
        <translation>अभ्यागत आत आले</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाव (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>पत्ता (&amp;A):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>फोन (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Purpose of the visit:</source>
        <translation>भेटीचा उद्देश (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Whom met:</source>
        <translation>कोणाला भेटले (&amp;W):</translation>
    </message>
    <message>
        <source>Time &amp;in:</source>
        <translation>आत आल्याची वेळ (&amp;I):</translation>
    </message>
    <message>
        <source>Visitor %1 recorded in.</source>
        <translation>अभ्यागत %1 आत आल्याची नोंद केली.</translation>
    </message>
    <message>
        <source>%1 left at %2.</source>
        <translation>%1 हे %2 रोजी बाहेर गेले.</translation>
    </message>
    <message>
        <source>This person has been traced.</source>
        <translation>ही व्यक्ती सापडली आहे.</translation>
    </message>
    <message>
        <source>This body has been identified.</source>
        <translation>या मृतदेहाची ओळख पटली आहे.</translation>
    </message>
    <message>
        <source>This history sheet is closed.</source>
        <translation>ही हिस्ट्रीशीट बंद झाली आहे.</translation>
    </message>
    <message>
        <source>This process has been returned to court.</source>
        <translation>ही आदेशिका न्यायालयाला परत केली आहे.</translation>
    </message>
    <message>
        <source>This visitor has left.</source>
        <translation>हे अभ्यागत निघून गेले आहेत.</translation>
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
    <name>thana_sdc</name>
    <message>
        <source>Show this help.</source>
        <translation>ही मदत दाखवा.</translation>
    </message>
    <message>
        <source>Run &quot;thana-sdc %1 --help&quot; for its options.</source>
        <translation>त्याच्या पर्यायांसाठी &quot;thana-sdc %1 --help&quot; चालवा.</translation>
    </message>
    <message>
        <source>%1: required for &quot;%2&quot;.</source>
        <translation>%1: &quot;%2&quot; साठी आवश्यक आहे.</translation>
    </message>
    <message>
        <source>The state&apos;s name, e.g. Maharashtra.</source>
        <translation>राज्याचे नाव, उदा. Maharashtra.</translation>
    </message>
    <message>
        <source>Creates the state&apos;s certificate authority in a new folder.</source>
        <translation>नवीन फोल्डरमध्ये राज्याचे प्रमाणन प्राधिकरण (CA) तयार करते.</translation>
    </message>
    <message>
        <source>Created the CA of %1 in %2.</source>
        <translation>%1 चे CA %2 मध्ये तयार केले.</translation>
    </message>
    <message>
        <source>The station code, e.g. MH-PUN-0421.</source>
        <translation>पोलीस ठाणे कोड, उदा. MH-PUN-0421.</translation>
    </message>
    <message>
        <source>The server&apos;s host name.</source>
        <translation>सर्व्हरचे होस्ट नाव.</translation>
    </message>
    <message>
        <source>Folder to write the key and certificate to.</source>
        <translation>की (key) आणि प्रमाणपत्र लिहायचे फोल्डर.</translation>
    </message>
    <message>
        <source>Days of validity (default 825).</source>
        <translation>वैधतेचे दिवस (डीफॉल्ट 825).</translation>
    </message>
    <message>
        <source>Issues a station&apos;s certificate: CN is the station code.</source>
        <translation>पोलीस ठाण्याचे प्रमाणपत्र देते: CN म्हणजे पोलीस ठाणे कोड.</translation>
    </message>
    <message>
        <source>Issues the State Data Centre&apos;s server certificate.</source>
        <translation>राज्य डेटा केंद्राचे सर्व्हर प्रमाणपत्र देते.</translation>
    </message>
    <message>
        <source>Issued %1 (serial %2), valid until %3: %4</source>
        <translation>%1 दिले (अनुक्रमांक %2), %3 पर्यंत वैध: %4</translation>
    </message>
    <message>
        <source>The certificate&apos;s serial, or its file.</source>
        <translation>प्रमाणपत्राचा अनुक्रमांक (serial), किंवा त्याची फाइल.</translation>
    </message>
    <message>
        <source>Revokes a certificate and publishes a new revocation list.</source>
        <translation>प्रमाणपत्र रद्द करते आणि नवीन रद्दीकरण यादी प्रसिद्ध करते.</translation>
    </message>
    <message>
        <source>Revoked %1; the revocation list %2 is renewed.</source>
        <translation>%1 रद्द केले; रद्दीकरण यादी %2 नूतनीकृत केली.</translation>
    </message>
    <message>
        <source>ca: say create, issue-station, issue-server or revoke.</source>
        <translation>ca: create, issue-station, issue-server किंवा revoke लिहा.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate.</source>
        <translation>सर्व्हरचे प्रमाणपत्र.</translation>
    </message>
    <message>
        <source>The server&apos;s key.</source>
        <translation>सर्व्हरची की (key).</translation>
    </message>
    <message>
        <source>The state&apos;s CA certificate.</source>
        <translation>राज्याच्या CA चे प्रमाणपत्र.</translation>
    </message>
    <message>
        <source>The CA&apos;s revocation list (re-read when it changes).</source>
        <translation>CA ची रद्दीकरण यादी (बदलल्यावर पुन्हा वाचली जाते).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>जोडण्या स्वीकारण्याचा (listen) पत्ता (डीफॉल्ट 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port (default 8443; 0 picks a free one).</source>
        <translation>पोर्ट (डीफॉल्ट 8443; 0 दिल्यास मोकळा पोर्ट निवडला जातो).</translation>
    </message>
    <message>
        <source>Write the port listened on to this file.</source>
        <translation>जोडण्या स्वीकारणारा पोर्ट या फाइलमध्ये लिहा.</translation>
    </message>
    <message>
        <source>Serves stations over HTTPS with mutual TLS.</source>
        <translation>म्युच्युअल TLS सह HTTPS वरून पोलीस ठाण्यांना सेवा देते.</translation>
    </message>
    <message>
        <source>Serving on %1:%2 (%3).</source>
        <translation>%1:%2 वर सेवा सुरू आहे (%3).</translation>
    </message>
    <message>
        <source>The station the entry is for.</source>
        <translation>नोंद ज्या पोलीस ठाण्यासाठी आहे ते ठाणे.</translation>
    </message>
    <message>
        <source>portal_complaint, service_request, masterdata or notice.</source>
        <translation>portal_complaint, service_request, masterdata किंवा notice.</translation>
    </message>
    <message>
        <source>A line the station reads.</source>
        <translation>पोलीस ठाण्याला दिसणारी एक ओळ.</translation>
    </message>
    <message>
        <source>Details as a JSON object.</source>
        <translation>JSON ऑब्जेक्टच्या स्वरूपात तपशील.</translation>
    </message>
    <message>
        <source>Puts an entry in a station&apos;s feed.</source>
        <translation>पोलीस ठाण्याच्या फीडमध्ये एक नोंद टाकते.</translation>
    </message>
    <message>
        <source>--payload: must be a JSON object.</source>
        <translation>--payload: JSON ऑब्जेक्ट असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Posted entry %1 for %2.</source>
        <translation>%2 साठी नोंद %1 टाकली.</translation>
    </message>
    <message>
        <source>The FIR&apos;s identity.</source>
        <translation>FIR ची ओळख.</translation>
    </message>
    <message>
        <source>The station it goes to.</source>
        <translation>तो ज्या पोलीस ठाण्याकडे जातो ते ठाणे.</translation>
    </message>
    <message>
        <source>Why, e.g. the order&apos;s number.</source>
        <translation>कारण, उदा. आदेशाचा क्रमांक.</translation>
    </message>
    <message>
        <source>Moves an FIR to another station and tells both stations.</source>
        <translation>FIR दुसऱ्या पोलीस ठाण्याकडे वर्ग करते आणि दोन्ही ठाण्यांना कळवते.</translation>
    </message>
    <message>
        <source>FIR %1 now belongs to %2.</source>
        <translation>FIR %1 आता %2 चा आहे.</translation>
    </message>
    <message>
        <source>conflict %1: %2 change %3 to %4 %5: %6</source>
        <translation>संघर्ष %1: %2 चा बदल %3, %4 %5 मध्ये: %6</translation>
    </message>
    <message>
        <source>The conflict&apos;s number, as status lists it.</source>
        <translation>संघर्षाचा क्रमांक, status मध्ये दाखवल्याप्रमाणे.</translation>
    </message>
    <message>
        <source>What was decided, in words.</source>
        <translation>काय निर्णय घेतला, शब्दांत.</translation>
    </message>
    <message>
        <source>Closes a conflict with what was decided. The change kept aside stays on record either way.</source>
        <translation>घेतलेल्या निर्णयासह संघर्ष बंद करते. बाजूला ठेवलेला बदल कोणत्याही परिस्थितीत नोंदीत राहतो.</translation>
    </message>
    <message>
        <source>Conflict %1 resolved.</source>
        <translation>संघर्ष %1 सोडवला.</translation>
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
        <translation>वापर: thana-sdc COMMAND [options]

कमांड:
  ca create          राज्याचे प्रमाणन प्राधिकरण (CA) तयार करा
  ca issue-station   पोलीस ठाण्याचे प्रमाणपत्र द्या
  ca issue-server    सेवेचे प्रमाणपत्र द्या
  ca revoke          प्रमाणपत्र रद्द करा
  serve              म्युच्युअल TLS सह HTTPS वरून पोलीस ठाण्यांना सेवा द्या
  post               पोलीस ठाण्याच्या फीडमध्ये नोंद टाका
  transfer           FIR दुसऱ्या पोलीस ठाण्याकडे वर्ग करा
  status             काय साठवले आहे, आणि खुले संघर्ष
  resolve            घेतलेल्या निर्णयासह संघर्ष बंद करा

&quot;thana-sdc COMMAND --help&quot; कमांडचे पर्याय दाखवते.
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>अज्ञात कमांड &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Prints what the State Data Centre holds, its open conflicts and any register-chain breaks.</source>
        <translation>राज्य डेटा केंद्रात काय साठवले आहे, त्याचे खुले संघर्ष आणि नोंदवह्यांच्या साखळ्यांतील कोणतेही खंड दाखवते.</translation>
    </message>
    <message>
        <source>chain break %1: station %2, %3 register, link %4, found %5: %6</source>
        <translation>साखळी खंड %1: पोलीस ठाणे %2, %3 नोंदवही, दुवा %4, आढळल्याची वेळ %5: %6</translation>
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
        <source>user: say &quot;user add&quot; or &quot;user list&quot;.</source>
        <translation>user: &quot;user add&quot; किंवा &quot;user list&quot; लिहा.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>अज्ञात कमांड &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Make the station a synchronising one, to exercise a test State Data Centre; never use it with a real one.</source>
        <translation>चाचणीसाठीचे राज्य डेटा केंद्र तपासण्यासाठी हे ठाणे सिंक करणारे ठाणे बनवा; खऱ्या केंद्रासोबत हे कधीही वापरू नका.</translation>
    </message>
    <message>
        <source>The State Data Centre&apos;s address, e.g. https://sdc.mh.gov.in:8443 (kept for later rounds).</source>
        <translation>राज्य डेटा केंद्राचा पत्ता, उदा. https://sdc.mh.gov.in:8443 (पुढील फेऱ्यांसाठी जतन केला जातो).</translation>
    </message>
    <message>
        <source>Folder with the station&apos;s certificate and key and the state&apos;s CA certificate (kept for later rounds).</source>
        <translation>पोलीस ठाण्याचे प्रमाणपत्र व की (key) आणि राज्याच्या CA चे प्रमाणपत्र असलेले फोल्डर (पुढील फेऱ्यांसाठी जतन केले जाते).</translation>
    </message>
    <message>
        <source>Changes in one upload batch, at most (default %1); a transaction is never split.</source>
        <translation>एका अपलोड बॅचमधील जास्तीत जास्त बदल (डीफॉल्ट %1); एखादा व्यवहार (transaction) कधीही विभागला जात नाही.</translation>
    </message>
    <message>
        <source>Runs one round of synchronisation with the State Data Centre: sends every queued change and reads the station&apos;s feed. The exit status is 0 only when the round completed.</source>
        <translation>राज्य डेटा केंद्रासोबत सिंकची (समक्रमण) एक फेरी चालवते: रांगेतील प्रत्येक बदल पाठवते आणि पोलीस ठाण्याचे फीड वाचते. फेरी पूर्ण झाली तरच निर्गमन स्थिती (exit status) 0 असते.</translation>
    </message>
    <message>
        <source>--batch-records: must be a whole number from 1 to 100000.</source>
        <translation>--batch-records: 1 ते 100000 मधील पूर्ण संख्या असावी.</translation>
    </message>
    <message>
        <source>--server and --credentials: say once where the State Data Centre is and where the station&apos;s certificate is.</source>
        <translation>--server आणि --credentials: राज्य डेटा केंद्र कोठे आहे आणि पोलीस ठाण्याचे प्रमाणपत्र कोठे आहे ते एकदा सांगा.</translation>
    </message>
    <message>
        <source>This store has no station yet.</source>
        <translation>या डेटा संग्रहात अद्याप पोलीस ठाणे नाही.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still queued.</source>
        <translation>
            <numerusform>%n बदल अजून रांगेत आहे.</numerusform>
            <numerusform>%n बदल अजून रांगेत आहेत.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1 change(s) in %2 batch(es), %3 bytes; the State Data Centre holds everything up to change %4.</source>
        <translation>%2 बॅचमध्ये %1 बदल पाठवले, %3 बाइट; राज्य डेटा केंद्राकडे बदल %4 पर्यंत सर्व काही आहे.</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) from the State Data Centre.</source>
        <translation>
            <numerusform>राज्य डेटा केंद्राकडून %n नवीन नोंद.</numerusform>
            <numerusform>राज्य डेटा केंद्राकडून %n नवीन नोंदी.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stored by the State Data Centre: %1</source>
        <translation>राज्य डेटा केंद्राने साठवले नाही: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept as conflicts at the State Data Centre for a person to resolve.</source>
        <translation>
            <numerusform>%n बदल राज्य डेटा केंद्रात संघर्ष म्हणून ठेवला आहे; तो एखाद्या व्यक्तीने सोडवायचा आहे.</numerusform>
            <numerusform>%n बदल राज्य डेटा केंद्रात संघर्ष म्हणून ठेवले आहेत; ते एखाद्या व्यक्तीने सोडवायचे आहेत.</numerusform>
        </translation>
    </message>
    <message>
        <source>A piece of a name, a vehicle number or a description of property.</source>
        <translation>नावाचा भाग, वाहन क्रमांक किंवा मालमत्तेचे वर्णन.</translation>
    </message>
    <message>
        <source>Searches persons, vehicles and property across the state&apos;s stations at the State Data Centre (needs the link; uses the sync settings).</source>
        <translation>राज्य डेटा केंद्रात राज्यातील सर्व पोलीस ठाण्यांमधील व्यक्ती, वाहने आणि मालमत्ता शोधते (जोडणी आवश्यक; सिंकची सेटिंग्ज वापरते).</translation>
    </message>
    <message>
        <source>Search: type at least three letters.</source>
        <translation>शोध: किमान तीन अक्षरे टाइप करा.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>%n अभिलेख सापडला.</numerusform>
            <numerusform>%n अभिलेख सापडले.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder to write the case files to.</source>
        <translation>गुन्हा फाइल्स लिहायचे फोल्डर.</translation>
    </message>
    <message>
        <source>Writes every case of the store as one JSON file per FIR, in the interchange format of docs/interchange.md.</source>
        <translation>डेटा संग्रहातील प्रत्येक गुन्हा docs/interchange.md मधील देवाणघेवाण स्वरूपात, प्रत्येक FIR साठी एक JSON फाइल म्हणून लिहिते.</translation>
    </message>
    <message>
        <source>--db and --out: the store and the folder are required.</source>
        <translation>--db आणि --out: डेटा संग्रह आणि फोल्डर देणे आवश्यक आहे.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>%n गुन्हा %1 मध्ये निर्यात केला.</numerusform>
            <numerusform>%n गुन्हे %1 मध्ये निर्यात केले.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SHO or administrator importing (password on standard input).</source>
        <translation>आयात करणारे ठाणे प्रभारी किंवा प्रशासक (पासवर्ड मानक इनपुटमधून).</translation>
    </message>
    <message>
        <source>The folder of case files.</source>
        <translation>गुन्हा फाइल्सचे फोल्डर.</translation>
    </message>
    <message>
        <source>Imports case files. Every rule applies; a case is imported whole or not at all; a case already in the store is left unchanged. Prints a line per file; the exit status is 0 only when none was refused.</source>
        <translation>गुन्हा फाइल्स आयात करते. प्रत्येक नियम लागू होतो; गुन्हा एकतर पूर्ण आयात होतो किंवा अजिबात होत नाही; डेटा संग्रहात आधीच असलेला गुन्हा बदलला जात नाही. प्रत्येक फाइलसाठी एक ओळ दाखवते; एकही फाइल नाकारली गेली नाही तरच निर्गमन स्थिती (exit status) 0 असते.</translation>
    </message>
    <message>
        <source>--db, --as and the folder are required.</source>
        <translation>--db, --as आणि फोल्डर देणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>Only the SHO or an administrator imports cases.</source>
        <translation>फक्त ठाणे प्रभारी किंवा प्रशासकच गुन्हे आयात करतात.</translation>
    </message>
    <message>
        <source>%1: imported</source>
        <translation>%1: आयात केला</translation>
    </message>
    <message>
        <source>%1: already in the store, unchanged</source>
        <translation>%1: डेटा संग्रहात आधीच आहे, बदल नाही</translation>
    </message>
    <message>
        <source>%1: refused: %2 [%3, field %4]</source>
        <translation>%1: नाकारला: %2 [%3, रकाना %4]</translation>
    </message>
    <message>
        <source>%1 imported, %2 unchanged, %3 refused.</source>
        <translation>%1 आयात केले, %2 बदल नाही, %3 नाकारले.</translation>
    </message>
    <message>
        <source>Verifies the hash chains of the General Diary and the FIR register and names the first entry where each breaks (edited, deleted, inserted or reordered behind the application&apos;s back). The exit status is 0 only when every chain holds.</source>
        <translation>स्टेशन डायरी (जीडी) आणि प्रथम खबर अहवाल (FIR) नोंदवहीच्या हॅश साखळ्यांची पडताळणी करते आणि प्रत्येक साखळी जिथे तुटते ती पहिली नोंद दाखवते (ॲप्लिकेशनला डावलून संपादित, हटवलेली, घुसवलेली किंवा क्रम बदललेली). प्रत्येक साखळी अखंड असेल तरच निर्गमन स्थिती (exit status) 0 असते.</translation>
    </message>
    <message>
        <source>--db: the store to verify is required.</source>
        <translation>--db: पडताळायचा डेटा संग्रह देणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>General Diary</source>
        <translation>स्टेशन डायरी (जीडी)</translation>
    </message>
    <message>
        <source>FIR register</source>
        <translation>प्रथम खबर अहवाल (FIR) नोंदवही</translation>
    </message>
    <message>
        <source>%1: every chain holds.</source>
        <translation>%1: प्रत्येक साखळी अखंड आहे.</translation>
    </message>
    <message>
        <source>The register: %1.</source>
        <translation>नोंदवही: %1.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>पहिला दिवस, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>शेवटचा दिवस, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Write the register to this CSV file instead of printing it.</source>
        <translation>नोंदवही दाखवण्याऐवजी या CSV फाइलमध्ये लिहा.</translation>
    </message>
    <message>
        <source>Prints a station register for a period, or writes it as CSV. Registers are views of the records; victims&apos; identities in sensitive cases are withheld.</source>
        <translation>एखाद्या कालावधीची पोलीस ठाण्याची नोंदवही दाखवते, किंवा ती CSV म्हणून लिहिते. नोंदवह्या म्हणजे अभिलेखांचे दृश्य (views); संवेदनशील गुन्ह्यांमध्ये पीडितांची ओळख गोपनीय ठेवली जाते.</translation>
    </message>
    <message>
        <source>--db and --name: the store and the register are required.</source>
        <translation>--db आणि --name: डेटा संग्रह आणि नोंदवही देणे आवश्यक आहे.</translation>
    </message>
    <message>
        <source>--from, --to: must be dates written YYYY-MM-DD.</source>
        <translation>--from, --to: YYYY-MM-DD स्वरूपात लिहिलेल्या तारखा असाव्यात.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 लिहिता येत नाही: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%1 मध्ये %n ओळ लिहिली.</numerusform>
            <numerusform>%1 मध्ये %n ओळी लिहिल्या.</numerusform>
        </translation>
    </message>
    <message>
        <source>The State Data Centre found this station&apos;s register chain broken: %1</source>
        <translation>राज्य डेटा केंद्राला या पोलीस ठाण्याची नोंदवही-साखळी तुटलेली आढळली: %1</translation>
    </message>
    <message>
        <source>Leave out candidates scoring less than this (0-100, default 0).</source>
        <translation>यापेक्षा कमी गुण असलेल्या संभाव्य जुळण्या वगळा (0-100, डीफॉल्ट 0).</translation>
    </message>
    <message>
        <source>Lists, for every missing person not yet traced, the unidentified dead bodies and persons found who could be them, best first, with the score and the reasons.</source>
        <translation>अद्याप शोध न लागलेल्या प्रत्येक हरवलेल्या व्यक्तीसाठी, ती व्यक्ती असू शकतील असे बेवारस मृतदेह आणि सापडलेल्या व्यक्ती, सर्वाधिक जुळणाऱ्या आधी, गुण आणि कारणांसह दाखवते.</translation>
    </message>
    <message>
        <source>--min-score: must be a number from 0 to 100.</source>
        <translation>--min-score: 0 ते 100 मधील संख्या असावी.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible match(es).</source>
        <translation>
            <numerusform>%n संभाव्य जुळणी.</numerusform>
            <numerusform>%n संभाव्य जुळण्या.</numerusform>
        </translation>
    </message>
    <message>
        <source>The month to review, YYYY-MM.</source>
        <translation>आढाव्याचा महिना, YYYY-MM.</translation>
    </message>
    <message>
        <source>The day of the count, YYYY-MM-DD (default today).</source>
        <translation>मोजणीचा दिवस, YYYY-MM-DD (डीफॉल्ट आज).</translation>
    </message>
    <message>
        <source>Also write the report to this CSV file.</source>
        <translation>अहवाल या CSV फाइलमध्येही लिहा.</translation>
    </message>
    <message>
        <source>The monthly crime review: FIRs registered in the month and in the year to date by crime head, against the same periods last year. Each FIR counts once, under its gravest head.</source>
        <translation>मासिक गुन्हे आढावा: महिन्यात आणि वर्षारंभापासून आजपर्यंत नोंदवलेले प्रथम खबर अहवाल (FIR), गुन्हा शीर्षनिहाय, गेल्या वर्षीच्या त्याच कालावधींच्या तुलनेत. प्रत्येक FIR एकदाच, त्याच्या सर्वात गंभीर शीर्षाखाली मोजला जातो.</translation>
    </message>
    <message>
        <source>Pendency of investigation: cases with no approved final report and not transferred away, by days since registration, with those past the limits of BNSS ss.187(3) and 193(2).</source>
        <translation>प्रलंबित तपास: मंजूर अंतिम अहवाल नसलेले आणि इतरत्र वर्ग न केलेले गुन्हे, नोंदणीपासूनच्या दिवसांनुसार, तसेच BNSS ss.187(3) आणि 193(2) च्या मुदती उलटलेले गुन्हे.</translation>
    </message>
    <message>
        <source>Disposal: final reports approved by kind and cases disposed of by courts by outcome in a period, with the charge-sheeting and conviction rates.</source>
        <translation>निर्गती: एखाद्या कालावधीत प्रकारानुसार मंजूर झालेले अंतिम अहवाल आणि न्यायालयांनी निकालानुसार निकाली काढलेले गुन्हे, दोषारोपपत्र दर व दोषसिद्धी दरासह.</translation>
    </message>
    <message>
        <source>report: say &quot;report crime-review&quot;, &quot;report pendency&quot; or &quot;report disposal&quot;.</source>
        <translation>report: &quot;report crime-review&quot;, &quot;report pendency&quot; किंवा &quot;report disposal&quot; लिहा.</translation>
    </message>
    <message>
        <source>--month: the month is required, written YYYY-MM.</source>
        <translation>--month: महिना आवश्यक आहे, YYYY-MM स्वरूपात लिहिलेला.</translation>
    </message>
    <message>
        <source>--on: must be a date written YYYY-MM-DD.</source>
        <translation>--on: YYYY-MM-DD स्वरूपात लिहिलेली तारीख असावी.</translation>
    </message>
    <message>
        <source>--from, --to: both are required, written YYYY-MM-DD, the first not after the last.</source>
        <translation>--from, --to: दोन्ही आवश्यक आहेत, YYYY-MM-DD स्वरूपात लिहिलेल्या; पहिली तारीख शेवटच्या तारखेनंतरची नसावी.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>%1 मध्ये लिहिले.</translation>
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
        <translation>वापर: thanactl COMMAND [options]

कमांड:
  init        नवीन ठाण्याचा डेटा संग्रह तयार करा
  demo        एका वर्षाच्या अभिलेखांसह सराव ठाणे तयार करा
  check       डेटा संग्रहाची अखंडता आणि त्यातील अभिलेखांवर प्रत्येक नियम तपासा
  verify      स्टेशन डायरी (जीडी) आणि प्रथम खबर अहवाल (FIR) नोंदवहीच्या हॅश साखळ्यांची पडताळणी करा
  register    पोलीस ठाण्याची नोंदवही दाखवा, किंवा ती CSV म्हणून लिहा
  match       हरवलेल्या व्यक्तींची बेवारस मृतदेह व सापडलेल्या व्यक्तींशी जुळणी करा
  report      गुन्हे आढावा, प्रलंबित गुन्हे किंवा निर्गती दाखवा, किंवा CSV म्हणून लिहा
  user add    वापरकर्ता जोडा
  user list   वापरकर्त्यांची यादी दाखवा
  sync        राज्य डेटा केंद्रासोबत सिंकची (समक्रमण) एक फेरी
  search      संपूर्ण राज्यात व्यक्ती, वाहने आणि मालमत्ता शोधा
  export      प्रत्येक गुन्हा JSON फाइल्स म्हणून लिहा
  import      गुन्हा फाइल्स डेटा संग्रहात आयात करा

&quot;thanactl COMMAND --help&quot; कमांडचे पर्याय दाखवते.
निर्गमन स्थिती (exit status): 0 पूर्ण झाले, 1 अयशस्वी किंवा त्रुटी आढळल्या, 2 चुकीची कमांड लाइन.
</translation>
    </message>
</context>
</TS>
