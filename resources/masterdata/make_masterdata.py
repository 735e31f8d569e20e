#!/usr/bin/env python3
"""Generate the acts and sections master data that Thana ships.

Reads the text of the Bharatiya Nyaya Sanhita, 2023 from the shared reference CSV
(columns Chapter, Chapter_name, Chapter_subtype, Section, "Section _name",
Description) and combines it with the tables curated below for the Indian Penal Code
and the special acts.  Writes acts.tsv and sections.tsv next to this script.

    python3 resources/masterdata/make_masterdata.py --csv /path/to/bns_sections.csv

Standard library only.  The output is deterministic: the same CSV gives the same
bytes (UTF-8, LF line endings, rows in a fixed order).

Column rules (see README.md):
  max_punishment  death | life | Y<n> (up to n years) | M<n> (up to n months) |
                  fine (fine only) | none (not a penal section).  The highest
                  punishment the section allows anywhere in it.
  min_years       the minimum term in whole years that every conviction under the
                  section carries ("shall not be less than N years"); empty when
                  any form of the offence has no such minimum.
  cognizable      1 / 0, empty when it depends on another offence or is unknown.
  sexual_offence  1 for the sexual offences whose victims' identity is protected.
  text            BNS: the text of the section; other acts: a short summary.
                  Newlines are written as the two characters \\n.
"""

import argparse
import collections
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CSV = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "data", "bns_sections.csv"))

ACTS_HEADER = ["code", "short_en", "name_en", "name_hi", "valid_from", "valid_to"]
SECTIONS_HEADER = ["act", "section", "title_en", "max_punishment", "min_years", "cognizable", "sexual_offence", "text"]

# code, short name, English name, Hindi name, in force from, in force until (empty: still in force).
# Dates are the commencement of each Act.
ACTS = [
    ("BNS", "BNS", "Bharatiya Nyaya Sanhita, 2023", "भारतीय न्याय संहिता, 2023", "2024-07-01", ""),
    # Enacted 6 October 1860 (in operation from 1 January 1862); repealed by BNS s.358 from 1 July 2024.
    ("IPC", "IPC", "Indian Penal Code, 1860", "भारतीय दंड संहिता, 1860", "1860-10-06", "2024-06-30"),
    ("NDPS", "NDPS Act", "Narcotic Drugs and Psychotropic Substances Act, 1985",
     "स्वापक औषधि और मनःप्रभावी पदार्थ अधिनियम, 1985", "1985-11-14", ""),
    ("ARMS", "Arms Act", "Arms Act, 1959", "आयुध अधिनियम, 1959", "1962-10-01", ""),
    ("POCSO", "POCSO Act", "Protection of Children from Sexual Offences Act, 2012",
     "लैंगिक अपराधों से बालकों का संरक्षण अधिनियम, 2012", "2012-11-14", ""),
    ("ITA", "IT Act", "Information Technology Act, 2000", "सूचना प्रौद्योगिकी अधिनियम, 2000", "2000-10-17", ""),
    ("MVA", "MV Act", "Motor Vehicles Act, 1988", "मोटर यान अधिनियम, 1988", "1989-07-01", ""),
    ("SCST", "SC/ST (PoA) Act", "Scheduled Castes and Scheduled Tribes (Prevention of Atrocities) Act, 1989",
     "अनुसूचित जाति और अनुसूचित जनजाति (अत्याचार निवारण) अधिनियम, 1989", "1990-01-30", ""),
    ("DPA", "Dowry Prohibition Act", "Dowry Prohibition Act, 1961", "दहेज प्रतिषेध अधिनियम, 1961", "1961-07-01", ""),
]

# ---------------------------------------------------------------------------
# BNS: corrections to the reference CSV, checked against the Gazette of India text
# ---------------------------------------------------------------------------

# Sections whose Description in the CSV is wrong; the text below is the Act's text.
BNS_TEXT_FIXES = {
    # CSV stops after clause (2)(a); clauses (b) and (c), the proviso and the Explanation are missing.
    "72": (
        "(1) Whoever prints or publishes the name or any matter which may make known the identity of any person "
        "against whom an offence under section 64 or section 65 or section 66 or section 67 or section 68 or "
        "section 69 or section 70 or section 71 is alleged or found to have been committed (hereafter in this "
        "section referred to as the victim) shall be punished with imprisonment of either description for a term "
        "which may extend to two years and shall also be liable to fine.\n"
        "(2) Nothing in sub-section (1) extends to any printing or publication of the name or any matter which may "
        "make known the identity of the victim if such printing or publication is—\n"
        "(a) by or under the order in writing of the officer-in-charge of the police station or the police officer "
        "making the investigation into such offence acting in good faith for the purposes of such investigation; or\n"
        "(b) by, or with the authorisation in writing of, the victim; or\n"
        "(c) where the victim is dead or a child or of unsound mind, by, or with the authorisation in writing of, "
        "the next of kin of the victim:\n"
        "Provided that no such authorisation shall be given by the next of kin to anybody other than the chairman "
        "or the secretary, by whatever name called, of any recognised welfare institution or organisation.\n"
        "Explanation.—For the purposes of this sub-section, “recognised welfare institution or organisation” means "
        "a social welfare institution or organisation recognised in this behalf by the Central Government or the "
        "State Government."
    ),
    # CSV repeats the text of section 106 here.
    "105": (
        "Whoever commits culpable homicide not amounting to murder, shall be punished with imprisonment for life, "
        "or imprisonment of either description for a term which shall not be less than five years but which may "
        "extend to ten years, and shall also be liable to fine, if the act by which the death is caused is done "
        "with the intention of causing death, or of causing such bodily injury as is likely to cause death; or "
        "with imprisonment of either description for a term which may extend to ten years and with fine, if the "
        "act is done with the knowledge that it is likely to cause death, but without any intention to cause "
        "death, or to cause such bodily injury as is likely to cause death."
    ),
    # CSV text stops at "for a term".
    "218": (
        "Whoever offers any resistance to the taking of any property by the lawful authority of any public "
        "servant, knowing or having reason to believe that he is such public servant, shall be punished with "
        "imprisonment of either description for a term which may extend to six months, or with fine which may "
        "extend to ten thousand rupees, or with both."
    ),
    # CSV repeats the (truncated) text of section 218 here.
    "219": (
        "Whoever intentionally obstructs any sale of property offered for sale by the lawful authority of any "
        "public servant, as such, shall be punished with imprisonment of either description for a term which may "
        "extend to one month, or with fine which may extend to five thousand rupees, or with both."
    ),
}

BNS_TITLE_FIXES = {
    "330": "House-trespass and house-breaking",  # CSV: "hous-ebreaking"
}

# ---------------------------------------------------------------------------
# BNS: manual review of the derived punishment
# ---------------------------------------------------------------------------

KEEP = object()  # keep the derived value

# section: (max_punishment, min_years or KEEP, reason).  Applied after derivation; the
# generator reports each one with the value the text parser produced.
BNS_PUNISHMENT_OVERRIDES = {
    "49": ("death", "", "abettor gets the punishment of the offence abetted, which may be death"),
    "50": ("death", "", "abettor punished for the offence he intended, which may be death"),
    "51": ("death", "", "abettor liable for the different act done as if he had abetted it, up to death"),
    "52": ("death", "", "abettor liable to cumulative punishment for both offences, up to death"),
    "53": ("death", "", "abettor liable for the effect caused (illustration: murder), up to death"),
    "54": ("death", "", "abettor present at the offence is deemed to have committed it, up to death"),
    "56": ("Y7", "", "one-half of the longest term of an offence punishable with imprisonment (14 years)"),
    "60": ("Y4", "", "one-fourth of the longest term (14 years) is 3.5 years, rounded up"),
    "61": ("death", "", "conspiracy to commit a grave offence is punished as its abetment (s.61(2)(a))"),
    "62": ("Y10", "", "attempt: one-half of life, reckoned as 20 years by s.6; parser read 'life'"),
    "95": ("death", KEEP, "3 to 10 years, and if the offence is committed, its own punishment as well"),
    "109": ("life", "", "death only for a life convict under sub-section (2); recorded as life, as for IPC 307"),
    "142": ("death", "", "punished as if the person had kidnapped, which may be death under s.140(2)"),
    "190": ("death", "", "each member is guilty of the offence committed, which may be death"),
    "231": ("life", "", "punished as a person convicted of the offence (life or 7 years and more)"),
    "233": ("Y7", "", "punished as for giving false evidence (s.229)"),
    "234": ("Y7", "", "punished as for giving false evidence (s.229)"),
    "235": ("Y7", "", "punished as for giving false evidence (s.229)"),
    "236": ("Y7", "", "punished as for giving false evidence (s.229)"),
    "237": ("Y7", "", "punished as for giving false evidence (s.229)"),
    "266": ("death", "", "the punishment originally sentenced, which may be death"),
    "311": ("life", 7, "minimum of 7 years added to robbery or dacoity, which carry up to life"),
    "312": ("life", 7, "minimum of 7 years added to attempted robbery or dacoity, up to life"),
    "340": ("life", "", "punished as if he had forged the document, up to life (s.338)"),
}

# Abetment, conspiracy, attempt, concealment of a design and the like, whose cognizability
# follows the offence concerned: left empty unless set below.
BNS_REFERENTIAL = {"13", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62",
                   "142", "190", "231", "233", "234", "235", "236", "237", "238", "266", "340"}

# Cognizable: general rule of the BNSS First Schedule (death, life or 3 years and more: 1;
# less: 0), except these, which follow the classification of the Schedule (as of the CrPC
# for the corresponding IPC offence).
BNS_COGNIZABLE_OVERRIDES = {
    "72": (1, "IPC 228A was cognizable"),
    "73": ("", "not sure"),
    "81": (0, "IPC 493 non-cognizable"),
    "82": (0, "IPC 494/495 non-cognizable"),
    "83": (0, "IPC 496 non-cognizable"),
    "88": (0, "IPC 312 non-cognizable"),
    "94": (1, "IPC 318 cognizable"),
    "122": (0, "IPC 334/335 non-cognizable"),
    "126": (1, "wrongful restraint (IPC 341) cognizable"),
    "132": (1, "IPC 353 cognizable"),
    "134": (1, "IPC 356 cognizable"),
    "135": (1, "IPC 357 cognizable"),
    "142": (1, "IPC 368 cognizable"),
    "146": (1, "IPC 374 cognizable"),
    "163": (1, "IPC 135 cognizable"),
    "164": (1, "IPC 136 cognizable"),
    "166": (1, "IPC 138 cognizable"),
    "168": (1, "IPC 140 cognizable"),
    "189": (1, "unlawful assembly (IPC 143-145) cognizable"),
    "192": (1, "IPC 153 cognizable"),
    "194": (1, "affray (IPC 160) cognizable"),
    "199": (1, "IPC 166A cognizable"),
    "201": (0, "IPC 167 non-cognizable"),
    "205": (1, "IPC 171 cognizable"),
    "216": (0, "IPC 181 non-cognizable"),
    "223": (1, "disobedience of a promulgated order (IPC 188) cognizable"),
    "229": (0, "false evidence (IPC 193) non-cognizable"),
    "230": (0, "IPC 194 non-cognizable"),
    "231": (0, "IPC 195 non-cognizable"),
    "233": (0, "IPC 196 non-cognizable"),
    "234": (0, "IPC 197 non-cognizable"),
    "235": (0, "IPC 198 non-cognizable"),
    "236": (0, "IPC 199 non-cognizable"),
    "237": (0, "IPC 200 non-cognizable"),
    "242": (0, "IPC 205 non-cognizable"),
    "248": (0, "false charge (IPC 211) non-cognizable"),
    "262": (1, "IPC 224 cognizable"),
    "269": (1, "IPC 229A cognizable"),
    "271": (1, "IPC 269 cognizable"),
    "272": (1, "IPC 270 cognizable"),
    "279": (1, "IPC 277 cognizable"),
    "281": (1, "rash driving (IPC 279) cognizable"),
    "282": (1, "IPC 280 cognizable"),
    "284": (1, "IPC 282 cognizable"),
    "285": (1, "IPC 283 cognizable"),
    "286": (1, "IPC 284 cognizable"),
    "287": (1, "IPC 285 cognizable"),
    "288": (1, "IPC 286 cognizable"),
    "291": (1, "IPC 289 cognizable"),
    "293": (1, "IPC 291 cognizable"),
    "296": (1, "obscene acts (IPC 294) cognizable"),
    "298": (1, "IPC 295 cognizable"),
    "300": (1, "IPC 296 cognizable"),
    "301": (1, "IPC 297 cognizable"),
    "315": (0, "IPC 404 non-cognizable"),
    "322": (0, "IPC 423 non-cognizable"),
    "323": (0, "IPC 424 non-cognizable"),
    "329": (1, "criminal trespass and house-trespass (IPC 447/448) cognizable"),
    "334": (0, "IPC 461/462 non-cognizable"),
    "343": (0, "IPC 477 non-cognizable"),
    "344": (0, "falsification of accounts (IPC 477A) non-cognizable"),
    "347": (0, "property-mark offences (IPC 483) non-cognizable"),
    "348": (0, "IPC 485 non-cognizable"),
    "350": (0, "IPC 487/488 non-cognizable"),
    "351": (0, "criminal intimidation (IPC 506) non-cognizable"),
}

BNS_SEXUAL = {str(n) for n in range(63, 80)}

# ---------------------------------------------------------------------------
# IPC (in force until 30 June 2024): curated from the Code and the CrPC First Schedule
# ---------------------------------------------------------------------------
# section, title, max_punishment, min_years, cognizable, summary
IPC = [
    ("34", "Acts done by several persons in furtherance of common intention", "death", "", "",
     "Each person who joins in a criminal act done to further an intention shared by all is liable for it as if he alone had done it; cited with the offence committed."),
    ("109", "Punishment of abetment if the act abetted is committed in consequence", "death", "", "",
     "An abettor whose instigation, conspiracy or aid brings about the offence gets the punishment provided for that offence when no separate provision exists."),
    ("114", "Abettor present when offence is committed", "death", "", "",
     "An abettor who is present when the offence he abetted is committed is treated as having committed it."),
    ("115", "Abetment of offence punishable with death or imprisonment for life", "Y14", "", "",
     "Abetting an offence that carries death or life imprisonment which is not committed: up to seven years, or up to fourteen years if someone is hurt."),
    ("120B", "Punishment of criminal conspiracy", "death", "", "",
     "A party to a conspiracy to commit a serious offence is punished as if he had abetted it; any other criminal conspiracy carries up to six months."),
    ("121", "Waging, or attempting to wage war, or abetting waging of war, against the Government of India", "death", "", "1",
     "Waging war against the Government of India, or attempting or abetting it."),
    ("121A", "Conspiracy to commit offences punishable by section 121", "life", "", "1",
     "Conspiring to wage war against the Government of India or to overawe a government by criminal force."),
    ("124A", "Sedition", "life", "", "1",
     "Bringing the Government into hatred or contempt, or exciting disaffection towards it, by words, signs or representations; the Supreme Court kept the section in abeyance from May 2022."),
    ("143", "Punishment for being member of unlawful assembly", "M6", "", "1",
     "Being a member of an assembly of five or more persons that has an unlawful common object."),
    ("144", "Joining unlawful assembly armed with deadly weapon", "Y2", "", "1",
     "Being a member of an unlawful assembly while armed with a deadly weapon or anything likely to cause death."),
    ("145", "Joining or continuing in unlawful assembly, knowing it has been commanded to disperse", "Y2", "", "1",
     "Joining or staying in an unlawful assembly after it has been lawfully ordered to disperse."),
    ("147", "Punishment for rioting", "Y2", "", "1",
     "Rioting: force or violence used by an unlawful assembly, or any of its members, in pursuit of its common object."),
    ("148", "Rioting, armed with deadly weapon", "Y3", "", "1",
     "Rioting while armed with a deadly weapon or anything likely to cause death."),
    ("149", "Every member of unlawful assembly guilty of offence committed in prosecution of common object", "death", "", "",
     "Every member of an unlawful assembly is guilty of an offence committed by any member in pursuit of the common object; cited with that offence."),
    ("151", "Knowingly joining or continuing in assembly of five or more persons after it has been commanded to disperse", "M6", "", "1",
     "Joining or staying in an assembly of five or more persons likely to disturb the peace after it has been ordered to disperse."),
    ("153", "Wantonly giving provocation with intent to cause riot", "Y1", "", "1",
     "Illegally and wantonly provoking someone intending or knowing that a riot is likely; six months if no riot follows."),
    ("153A", "Promoting enmity between different groups on grounds of religion, race, place of birth, residence, language, etc.", "Y5", "", "1",
     "Promoting enmity or hatred between religious, racial, language or regional groups, or acts prejudicial to harmony; up to five years in a place of worship."),
    ("153B", "Imputations, assertions prejudicial to national integration", "Y5", "", "1",
     "Claims or assertions that a class of persons cannot be loyal to the Constitution or should be denied rights of citizenship; up to five years in a place of worship."),
    ("160", "Punishment for committing affray", "M1", "", "1",
     "Two or more persons fighting in a public place and disturbing the peace."),
    ("166", "Public servant disobeying law, with intent to cause injury to any person", "Y1", "", "0",
     "A public servant knowingly disobeying a legal direction about his conduct to cause injury to someone."),
    ("166A", "Public servant disobeying direction under law", "Y2", "", "1",
     "A public servant who, among other things, fails to record information of certain offences against women or obstructs an investigation."),
    ("166B", "Punishment for non-treatment of victim", "Y1", "", "0",
     "A hospital in charge failing to give free first aid or treatment to a victim of an acid attack or rape."),
    ("170", "Personating a public servant", "Y2", "", "1",
     "Pretending to hold an office as a public servant, or impersonating one, and acting under that pretence."),
    ("171", "Wearing garb or carrying token used by public servant with fraudulent intent", "M3", "", "1",
     "Wearing the uniform or carrying the token of a class of public servants to be taken for one, with fraudulent intent."),
    ("171E", "Punishment for bribery", "Y1", "", "0",
     "Bribery in connection with an election; fine only where it consists of treating."),
    ("172", "Absconding to avoid service of summons or other proceeding", "M6", "", "0",
     "Absconding to avoid being served a summons, notice or order from a public servant; up to six months when it concerns a court."),
    ("174", "Non-attendance in obedience to an order from public servant", "M6", "", "0",
     "Failing to attend as required by a summons, notice or order of a public servant; up to six months when it concerns a court."),
    ("174A", "Non-appearance in response to a proclamation under section 82 of Act 2 of 1974", "Y7", "", "1",
     "Failing to appear as required by a proclamation; up to seven years once declared a proclaimed offender."),
    ("176", "Omission to give notice or information to public servant by person legally bound to give it", "M6", "", "0",
     "Intentionally failing to give a notice or information that the law requires to be given to a public servant."),
    ("177", "Furnishing false information", "Y2", "", "0",
     "Giving a public servant information known to be false when legally bound to inform him; up to two years when it concerns an offence."),
    ("179", "Refusing to answer public servant authorised to question", "M6", "", "0",
     "Refusing to answer questions a public servant is legally empowered to ask."),
    ("180", "Refusing to sign statement", "M3", "", "0",
     "Refusing to sign one's statement when lawfully required by a public servant."),
    ("181", "False statement on oath or affirmation to public servant or person authorised to administer an oath or affirmation", "Y3", "", "0",
     "Making a false statement on oath to a public servant or other person authorised to administer an oath."),
    ("182", "False information, with intent to cause public servant to use his lawful power to the injury of another person", "M6", "", "0",
     "Giving false information to a public servant to make him act to the injury or annoyance of another."),
    ("186", "Obstructing public servant in discharge of public functions", "M3", "", "0",
     "Voluntarily obstructing a public servant in carrying out public functions."),
    ("187", "Omission to assist public servant when bound by law to give assistance", "M6", "", "0",
     "Failing to help a public servant when legally bound to; up to six months when the help is for executing process or preventing an offence."),
    ("188", "Disobedience to order duly promulgated by public servant", "M6", "", "1",
     "Disobeying a lawful order of a public servant; up to six months if it endangers life, health or safety or causes a riot or affray."),
    ("189", "Threat of injury to public servant", "Y2", "", "0",
     "Threatening injury to a public servant or someone he cares about to influence his official acts."),
    ("193", "Punishment for false evidence", "Y7", "", "0",
     "Intentionally giving or fabricating false evidence; up to seven years in a judicial proceeding, three years in other cases."),
    ("194", "Giving or fabricating false evidence with intent to procure conviction of capital offence", "death", "", "0",
     "False evidence meant to get someone convicted of a capital offence; death if an innocent person is executed as a result."),
    ("195A", "Threatening any person to give false evidence", "Y7", "", "1",
     "Threatening a person with injury to make him give false evidence."),
    ("201", "Causing disappearance of evidence of offence, or giving false information to screen offender", "Y7", "", "",
     "Destroying evidence of an offence or giving false information to shield the offender; the term depends on the gravity of that offence."),
    ("202", "Intentional omission to give information of offence by person bound to inform", "M6", "", "0",
     "A person legally bound to report an offence intentionally failing to do so."),
    ("203", "Giving false information respecting an offence committed", "Y2", "", "0",
     "Giving information about an offence that one knows or believes to be false."),
    ("204", "Destruction of document or electronic record to prevent its production as evidence", "Y2", "", "0",
     "Hiding or destroying a document or electronic record to keep it from being produced as evidence."),
    ("205", "False personation for purpose of act or proceeding in suit or prosecution", "Y3", "", "0",
     "Impersonating another person to make a statement, confess judgment or take any step in a suit or prosecution."),
    ("211", "False charge of offence made with intent to injure", "Y7", "", "0",
     "Instituting criminal proceedings or making a false charge knowing there is no just ground; up to seven years if the offence charged is grave."),
    ("212", "Harbouring offender", "Y5", "", "",
     "Harbouring or concealing a person known to be an offender to shield him from punishment; the term depends on the offence."),
    ("216", "Harbouring offender who has escaped from custody or whose apprehension has been ordered", "Y7", "", "",
     "Harbouring an escaped offender or one whose arrest has been ordered, to prevent his apprehension."),
    ("224", "Resistance or obstruction by a person to his lawful apprehension", "Y2", "", "1",
     "Resisting one's own lawful arrest or escaping from lawful custody."),
    ("225", "Resistance or obstruction to lawful apprehension of another person", "life", "", "1",
     "Resisting the lawful arrest of another or rescuing him from custody; up to life if he is under sentence of death."),
    ("228", "Intentional insult or interruption to public servant sitting in judicial proceeding", "M6", "", "0",
     "Intentionally insulting or interrupting a public servant sitting in a judicial proceeding."),
    ("229A", "Failure by person released on bail or bond to appear in Court", "Y1", "", "1",
     "Failing without sufficient cause to appear in court as required by the terms of bail or bond."),
    ("231", "Counterfeiting coin", "Y7", "", "1",
     "Counterfeiting coin or knowingly taking part in any step of counterfeiting."),
    ("232", "Counterfeiting Indian coin", "life", "", "1",
     "Counterfeiting Indian coin or taking part in any step of it."),
    ("269", "Negligent act likely to spread infection of disease dangerous to life", "M6", "", "1",
     "A negligent act known to be likely to spread a dangerous infectious disease."),
    ("270", "Malignant act likely to spread infection of disease dangerous to life", "Y2", "", "1",
     "A deliberate act known to be likely to spread a dangerous infectious disease."),
    ("271", "Disobedience to quarantine rule", "M6", "", "0",
     "Knowingly disobeying a government rule on quarantine or on traffic between infected and other places."),
    ("272", "Adulteration of food or drink intended for sale", "M6", "", "0",
     "Adulterating food or drink so as to make it noxious, intending to sell it as food or drink."),
    ("273", "Sale of noxious food or drink", "M6", "", "0",
     "Selling or offering as food or drink something known to be noxious."),
    ("274", "Adulteration of drugs", "M6", "", "0",
     "Adulterating a drug or medical preparation so as to lessen its efficacy or make it noxious, intending its use as unadulterated."),
    ("275", "Sale of adulterated drugs", "M6", "", "0",
     "Selling or issuing a drug known to have been adulterated as though it were not."),
    ("276", "Sale of drug as a different drug or preparation", "M6", "", "0",
     "Knowingly selling or issuing one drug or preparation as a different one."),
    ("277", "Fouling water of public spring or reservoir", "M3", "", "1",
     "Voluntarily corrupting the water of a public spring or reservoir so that it is less fit for its ordinary use."),
    ("278", "Making atmosphere noxious to health", "fine", "", "0",
     "Voluntarily vitiating the air of a place so as to make it noxious to the health of people there or nearby."),
    ("279", "Rash driving or riding on a public way", "M6", "", "1",
     "Driving or riding on a public way so rashly or negligently as to endanger human life or be likely to cause hurt."),
    ("280", "Rash navigation of vessel", "M6", "", "1",
     "Navigating a vessel so rashly or negligently as to endanger human life or be likely to cause hurt."),
    ("283", "Danger or obstruction in public way or line of navigation", "fine", "", "1",
     "Causing danger, obstruction or injury to any person in a public way or line of navigation."),
    ("284", "Negligent conduct with respect to poisonous substance", "M6", "", "1",
     "Rash or negligent handling of a poisonous substance, or failing to guard against the danger it poses."),
    ("285", "Negligent conduct with respect to fire or combustible matter", "M6", "", "1",
     "Rash or negligent handling of fire or combustible matter so as to endanger life or cause hurt."),
    ("286", "Negligent conduct with respect to explosive substance", "M6", "", "1",
     "Rash or negligent handling of an explosive substance so as to endanger life or cause hurt."),
    ("287", "Negligent conduct with respect to machinery", "M6", "", "0",
     "Rash or negligent handling of machinery, or failing to guard it, so as to endanger life or cause hurt."),
    ("288", "Negligent conduct with respect to pulling down or repairing buildings", "M6", "", "0",
     "Failing, when pulling down or repairing a building, to guard against its fall endangering people."),
    ("289", "Negligent conduct with respect to animal", "M6", "", "1",
     "Failing to guard against the danger to human life from an animal in one's possession."),
    ("290", "Punishment for public nuisance in cases not otherwise provided for", "fine", "", "0",
     "Committing a public nuisance that no other provision punishes."),
    ("291", "Continuance of nuisance after injunction to discontinue", "M6", "", "1",
     "Repeating or continuing a public nuisance after a lawful order to stop."),
    ("292", "Sale, etc., of obscene books, etc.", "Y5", "", "1",
     "Selling, distributing, exhibiting or trading in obscene material; up to five years on a repeat conviction."),
    ("293", "Sale, etc., of obscene objects to young person", "Y7", "", "1",
     "Selling or showing obscene objects to a person under twenty; up to seven years on a repeat conviction."),
    ("294", "Obscene acts and songs", "M3", "", "1",
     "Doing an obscene act, or singing or uttering obscene songs or words, in or near a public place to the annoyance of others."),
    ("294A", "Keeping lottery office", "M6", "", "0",
     "Keeping an office or place for drawing an unauthorised lottery, or publishing proposals about one."),
    ("295", "Injuring or defiling place of worship with intent to insult the religion of any class", "Y2", "", "1",
     "Destroying, damaging or defiling a place of worship or sacred object to insult the religion of a class of persons."),
    ("295A", "Deliberate and malicious acts intended to outrage religious feelings of any class by insulting its religion or religious beliefs", "Y3", "", "1",
     "Deliberately and maliciously insulting the religion or beliefs of a class of citizens to outrage their religious feelings."),
    ("296", "Disturbing religious assembly", "Y1", "", "1",
     "Voluntarily disturbing an assembly lawfully engaged in religious worship or ceremonies."),
    ("297", "Trespassing on burial places, etc.", "Y1", "", "1",
     "Trespassing on a place of worship, burial or cremation, or indignity to a corpse, to wound feelings or insult religion."),
    ("298", "Uttering words, etc., with deliberate intent to wound religious feelings", "Y1", "", "0",
     "Words, sounds, gestures or objects directed at a person with deliberate intent to wound his religious feelings."),
    ("302", "Punishment for murder", "death", "", "1",
     "Murder."),
    ("304", "Punishment for culpable homicide not amounting to murder", "life", "", "1",
     "Culpable homicide not amounting to murder: up to life if the act was intended to cause death, up to ten years if done only with knowledge."),
    ("304A", "Causing death by negligence", "Y2", "", "1",
     "Causing death by a rash or negligent act that is not culpable homicide."),
    ("304B", "Dowry death", "life", "7", "1",
     "Death of a woman by burns, injury or in unnatural circumstances within seven years of marriage, after cruelty or harassment for dowry by her husband or his relatives."),
    ("305", "Abetment of suicide of child or insane person", "death", "", "1",
     "Abetting the suicide of a child, an insane or delirious person, an idiot or an intoxicated person."),
    ("306", "Abetment of suicide", "Y10", "", "1",
     "Abetting the commission of suicide by any person."),
    ("307", "Attempt to murder", "life", "", "1",
     "An act done with the intention or knowledge that would make it murder if death resulted; up to life if hurt is caused (death for a life convict)."),
    ("308", "Attempt to commit culpable homicide", "Y7", "", "1",
     "An act that would be culpable homicide not amounting to murder if death resulted; up to seven years if hurt is caused."),
    ("309", "Attempt to commit suicide", "Y1", "", "1",
     "Attempting suicide; since 2017 a person who attempts suicide is presumed to be under severe stress and is not to be punished unless shown otherwise."),
    ("312", "Causing miscarriage", "Y7", "", "0",
     "Voluntarily causing a woman to miscarry other than in good faith to save her life; up to seven years if she is quick with child."),
    ("313", "Causing miscarriage without woman's consent", "life", "", "1",
     "Causing miscarriage without the woman's consent."),
    ("314", "Death caused by act done with intent to cause miscarriage", "life", "", "1",
     "Causing a woman's death by an act intended to cause her miscarriage; up to life if done without her consent."),
    ("315", "Act done with intent to prevent child being born alive or to cause it to die after birth", "Y10", "", "1",
     "An act before a child's birth meant to prevent it being born alive or to make it die after birth."),
    ("316", "Causing death of quick unborn child by act amounting to culpable homicide", "Y10", "", "1",
     "Causing the death of a quick unborn child by an act that would be culpable homicide if it caused the mother's death."),
    ("317", "Exposure and abandonment of child under twelve years, by parent or person having care of it", "Y7", "", "1",
     "A parent or carer leaving a child under twelve anywhere intending to abandon it."),
    ("318", "Concealment of birth by secret disposal of dead body", "Y2", "", "1",
     "Secretly burying or disposing of a child's dead body to conceal its birth."),
    ("323", "Punishment for voluntarily causing hurt", "Y1", "", "0",
     "Voluntarily causing hurt, other than on grave and sudden provocation."),
    ("324", "Voluntarily causing hurt by dangerous weapons or means", "Y3", "", "1",
     "Voluntarily causing hurt with a weapon or instrument likely to cause death, fire, poison, corrosive or explosive substance, or an animal."),
    ("325", "Punishment for voluntarily causing grievous hurt", "Y7", "", "1",
     "Voluntarily causing grievous hurt, other than on grave and sudden provocation."),
    ("326", "Voluntarily causing grievous hurt by dangerous weapons or means", "life", "", "1",
     "Voluntarily causing grievous hurt with a dangerous weapon or means."),
    ("326A", "Voluntarily causing grievous hurt by use of acid, etc.", "life", "10", "1",
     "Causing permanent or partial damage, deformity or burns by throwing or administering acid."),
    ("326B", "Voluntarily throwing or attempting to throw acid", "Y7", "5", "1",
     "Throwing or attempting to throw acid with intent to cause damage, deformity or grievous hurt."),
    ("327", "Voluntarily causing hurt to extort property, or to constrain to an illegal act", "Y10", "", "1",
     "Causing hurt to extort property or valuable security, or to force an illegal act."),
    ("328", "Causing hurt by means of poison, etc., with intent to commit an offence", "Y10", "", "1",
     "Administering poison or a stupefying or intoxicating drug to cause hurt or to commit or facilitate an offence."),
    ("329", "Voluntarily causing grievous hurt to extort property, or to constrain to an illegal act", "life", "", "1",
     "Causing grievous hurt to extort property or valuable security, or to force an illegal act."),
    ("330", "Voluntarily causing hurt to extort confession, or to compel restoration of property", "Y7", "", "1",
     "Causing hurt to extract a confession or information, or to force restoration of property."),
    ("331", "Voluntarily causing grievous hurt to extort confession, or to compel restoration of property", "Y10", "", "1",
     "Causing grievous hurt to extract a confession or information, or to force restoration of property."),
    ("332", "Voluntarily causing hurt to deter public servant from his duty", "Y3", "", "1",
     "Causing hurt to a public servant on duty, or to deter him from or in revenge for doing his duty."),
    ("333", "Voluntarily causing grievous hurt to deter public servant from his duty", "Y10", "", "1",
     "Causing grievous hurt to a public servant on duty, or to deter him from or in revenge for doing his duty."),
    ("334", "Voluntarily causing hurt on provocation", "M1", "", "0",
     "Causing hurt on grave and sudden provocation, without intending hurt to anyone else."),
    ("335", "Voluntarily causing grievous hurt on provocation", "Y4", "", "0",
     "Causing grievous hurt on grave and sudden provocation, without intending it to anyone else."),
    ("336", "Act endangering life or personal safety of others", "M3", "", "1",
     "A rash or negligent act that endangers human life or the personal safety of others."),
    ("337", "Causing hurt by act endangering life or personal safety of others", "M6", "", "1",
     "Causing hurt by a rash or negligent act that endangers life or personal safety."),
    ("338", "Causing grievous hurt by act endangering life or personal safety of others", "Y2", "", "1",
     "Causing grievous hurt by a rash or negligent act that endangers life or personal safety."),
    ("341", "Punishment for wrongful restraint", "M1", "", "1",
     "Wrongfully restraining a person from going where he has a right to go."),
    ("342", "Punishment for wrongful confinement", "Y1", "", "1",
     "Wrongfully confining a person within certain limits."),
    ("343", "Wrongful confinement for three or more days", "Y2", "", "1",
     "Wrongful confinement lasting three days or more."),
    ("344", "Wrongful confinement for ten or more days", "Y3", "", "1",
     "Wrongful confinement lasting ten days or more."),
    ("346", "Wrongful confinement in secret", "Y2", "", "1",
     "Wrongful confinement arranged so that it stays unknown to those interested in the person or to public servants; in addition to any other punishment."),
    ("347", "Wrongful confinement to extort property, or constrain to illegal act", "Y3", "", "1",
     "Wrongful confinement to extort property or valuable security, or to force an illegal act."),
    ("348", "Wrongful confinement to extort confession, or compel restoration of property", "Y3", "", "1",
     "Wrongful confinement to extract a confession or information, or to force restoration of property."),
    ("352", "Punishment for assault or criminal force otherwise than on grave provocation", "M3", "", "0",
     "Assault or use of criminal force without grave and sudden provocation."),
    ("353", "Assault or criminal force to deter public servant from discharge of his duty", "Y2", "", "1",
     "Assaulting or using criminal force on a public servant on duty, or to deter him from his duty."),
    ("354", "Assault or criminal force to woman with intent to outrage her modesty", "Y5", "1", "1",
     "Assaulting or using criminal force on a woman intending or knowing it likely to outrage her modesty."),
    ("354A", "Sexual harassment and punishment for sexual harassment", "Y3", "", "1",
     "Unwelcome physical contact and advances, a demand for sexual favours, showing pornography against her will, or sexually coloured remarks."),
    ("354B", "Assault or use of criminal force to woman with intent to disrobe", "Y7", "3", "1",
     "Assaulting or using criminal force on a woman, or abetting it, to disrobe her or compel her to be naked."),
    ("354C", "Voyeurism", "Y7", "1", "1",
     "Watching or capturing the image of a woman in a private act where she expects not to be observed, or sharing such images; higher term on a repeat conviction."),
    ("354D", "Stalking", "Y5", "", "1",
     "A man repeatedly following or contacting a woman despite clear disinterest, or monitoring her electronic communication; higher term on a repeat conviction."),
    ("355", "Assault or criminal force with intent to dishonour person, otherwise than on grave provocation", "Y2", "", "0",
     "Assault or criminal force intended to dishonour a person, without grave and sudden provocation."),
    ("356", "Assault or criminal force in attempt to commit theft of property carried by a person", "Y2", "", "1",
     "Assault or criminal force while attempting to steal property a person is wearing or carrying."),
    ("357", "Assault or criminal force in attempt wrongfully to confine a person", "Y1", "", "1",
     "Assault or criminal force while attempting to wrongfully confine a person."),
    ("358", "Assault or criminal force on grave provocation", "M1", "", "0",
     "Assault or criminal force on grave and sudden provocation given by the person assaulted."),
    ("363", "Punishment for kidnapping", "Y7", "", "1",
     "Kidnapping a person from India or from lawful guardianship."),
    ("363A", "Kidnapping or maiming a minor for purposes of begging", "life", "", "1",
     "Kidnapping a minor, or obtaining custody, to employ or use him for begging; up to life if the minor is maimed."),
    ("364", "Kidnapping or abducting in order to murder", "life", "", "1",
     "Kidnapping or abducting a person so that he may be murdered or put in danger of being murdered."),
    ("364A", "Kidnapping for ransom, etc.", "death", "", "1",
     "Kidnapping or detaining a person and threatening death or hurt to compel a government or anyone to act or to pay a ransom."),
    ("365", "Kidnapping or abducting with intent secretly and wrongfully to confine person", "Y7", "", "1",
     "Kidnapping or abducting a person intending him to be secretly and wrongfully confined."),
    ("366", "Kidnapping, abducting or inducing woman to compel her marriage, etc.", "Y10", "", "1",
     "Kidnapping or abducting a woman to compel her marriage against her will or to force or seduce her to illicit intercourse."),
    ("366A", "Procuration of minor girl", "Y10", "", "1",
     "Inducing a girl under eighteen to go anywhere or do anything so that she may be forced or seduced into illicit intercourse."),
    ("366B", "Importation of girl from foreign country", "Y10", "", "1",
     "Importing a girl under twenty-one into India intending that she be forced or seduced into illicit intercourse."),
    ("367", "Kidnapping or abducting in order to subject person to grievous hurt, slavery, etc.", "Y10", "", "1",
     "Kidnapping or abducting a person so that he may be subjected to grievous hurt, slavery or unnatural lust."),
    ("368", "Wrongfully concealing or keeping in confinement, kidnapped or abducted person", "death", "", "1",
     "Knowingly concealing or confining a kidnapped or abducted person; punished as if he had kidnapped the person with the same intent."),
    ("369", "Kidnapping or abducting child under ten years with intent to steal from its person", "Y7", "", "1",
     "Kidnapping or abducting a child under ten to take movable property from the child."),
    ("370", "Trafficking of person", "life", "7", "1",
     "Recruiting, transporting, harbouring, transferring or receiving persons by threats, force, fraud or inducement for exploitation."),
    ("370A", "Exploitation of a trafficked person", "Y7", "3", "1",
     "Knowingly engaging a trafficked minor or adult for sexual exploitation."),
    ("372", "Selling minor for purposes of prostitution, etc.", "Y10", "", "1",
     "Selling, letting or disposing of a person under eighteen for prostitution or illicit intercourse."),
    ("373", "Buying minor for purposes of prostitution, etc.", "Y10", "", "1",
     "Buying, hiring or obtaining a person under eighteen for prostitution or illicit intercourse."),
    ("374", "Unlawful compulsory labour", "Y1", "", "1",
     "Unlawfully compelling a person to labour against his will."),
    ("375", "Rape", "none", "", "",
     "Defines rape: the acts of penetration and the circumstances (absence of consent, consent obtained by fear or deceit, age under eighteen) that make them rape; punished under section 376."),
    ("376", "Punishment for rape", "life", "10", "1",
     "Rape; aggravated forms (by police, public servants, relatives, on a woman under sixteen, and others) carry at least ten or twenty years."),
    ("376A", "Punishment for causing death or resulting in persistent vegetative state of victim", "death", "20", "1",
     "Rape in the course of which an injury causes the woman's death or leaves her in a persistent vegetative state."),
    ("376AB", "Punishment for rape on woman under twelve years of age", "death", "20", "1",
     "Rape of a woman under twelve years of age."),
    ("376B", "Sexual intercourse by husband upon his wife during separation", "Y7", "2", "1",
     "Sexual intercourse by a husband with his wife living separately, without her consent."),
    ("376C", "Sexual intercourse by a person in authority", "Y10", "5", "1",
     "Sexual intercourse not amounting to rape by a person abusing a position of authority or fiduciary relationship."),
    ("376D", "Gang rape", "life", "20", "1",
     "Rape of a woman by one or more persons forming a group or acting with a common intention; each is punished."),
    ("376DA", "Punishment for gang rape on woman under sixteen years of age", "life", "", "1",
     "Gang rape of a woman under sixteen; imprisonment for the rest of natural life."),
    ("376DB", "Punishment for gang rape on woman under twelve years of age", "death", "", "1",
     "Gang rape of a woman under twelve; life for the rest of natural life, or death."),
    ("376E", "Punishment for repeat offenders", "death", "", "1",
     "A second conviction for rape or gang rape; life for the rest of natural life, or death."),
    ("377", "Unnatural offences", "life", "", "1",
     "Carnal intercourse against the order of nature; after Navtej Singh Johar (2018) it does not cover consensual acts between adults."),
    ("379", "Punishment for theft", "Y3", "", "1",
     "Theft: dishonestly taking movable property out of another's possession without consent."),
    ("380", "Theft in dwelling house, etc.", "Y7", "", "1",
     "Theft in a building, tent or vessel used as a dwelling or for keeping property."),
    ("381", "Theft by clerk or servant of property in possession of master", "Y7", "", "1",
     "Theft by a clerk or servant of property in his employer's possession."),
    ("382", "Theft after preparation made for causing death, hurt or restraint in order to the committing of the theft", "Y10", "", "1",
     "Theft after preparing to cause death, hurt or restraint, or fear of them, to commit the theft or escape with it."),
    ("384", "Punishment for extortion", "Y3", "", "1",
     "Extortion: putting a person in fear of injury to make him deliver property or valuable security."),
    ("385", "Putting person in fear of injury in order to commit extortion", "Y2", "", "1",
     "Putting or attempting to put a person in fear of injury in order to commit extortion."),
    ("386", "Extortion by putting a person in fear of death or grievous hurt", "Y10", "", "1",
     "Extortion by putting a person in fear of death or grievous hurt to him or another."),
    ("387", "Putting person in fear of death or of grievous hurt, in order to commit extortion", "Y7", "", "1",
     "Putting or attempting to put a person in fear of death or grievous hurt in order to commit extortion."),
    ("392", "Punishment for robbery", "Y14", "", "1",
     "Robbery; up to fourteen years if committed on a highway between sunset and sunrise."),
    ("393", "Attempt to commit robbery", "Y7", "", "1",
     "Attempting to commit robbery."),
    ("394", "Voluntarily causing hurt in committing robbery", "life", "", "1",
     "Causing hurt while committing or attempting robbery; everyone jointly concerned is liable."),
    ("395", "Punishment for dacoity", "life", "", "1",
     "Dacoity: robbery committed or attempted by five or more persons together."),
    ("396", "Dacoity with murder", "death", "", "1",
     "Murder committed by any one of five or more persons committing dacoity together; all are liable."),
    ("397", "Robbery or dacoity, with attempt to cause death or grievous hurt", "life", "7", "1",
     "Using a deadly weapon, causing grievous hurt or attempting death or grievous hurt during robbery or dacoity; at least seven years."),
    ("398", "Attempt to commit robbery or dacoity when armed with deadly weapon", "life", "7", "1",
     "Being armed with a deadly weapon while attempting robbery or dacoity; at least seven years."),
    ("399", "Making preparation to commit dacoity", "Y10", "", "1",
     "Making any preparation to commit dacoity."),
    ("400", "Punishment for belonging to gang of dacoits", "life", "", "1",
     "Belonging to a gang of persons associated for habitually committing dacoity."),
    ("401", "Punishment for belonging to gang of thieves", "Y7", "", "1",
     "Belonging to a wandering or other gang associated for habitually committing theft or robbery."),
    ("402", "Assembling for purpose of committing dacoity", "Y7", "", "1",
     "Being one of five or more persons assembled to commit dacoity."),
    ("403", "Dishonest misappropriation of property", "Y2", "", "0",
     "Dishonestly misappropriating or converting movable property to one's own use."),
    ("404", "Dishonest misappropriation of property possessed by deceased person at the time of his death", "Y7", "", "0",
     "Dishonestly misappropriating property of a person who has died before it reaches those entitled; up to seven years if the offender was his clerk or servant."),
    ("406", "Punishment for criminal breach of trust", "Y3", "", "1",
     "Criminal breach of trust: dishonestly misappropriating or misusing property entrusted to one."),
    ("407", "Criminal breach of trust by carrier, etc.", "Y7", "", "1",
     "Criminal breach of trust by a carrier, wharfinger or warehouse-keeper of property entrusted to him."),
    ("408", "Criminal breach of trust by clerk or servant", "Y7", "", "1",
     "Criminal breach of trust by a clerk or servant of property entrusted to him as such."),
    ("409", "Criminal breach of trust by public servant, or by banker, merchant or agent", "life", "", "1",
     "Criminal breach of trust by a public servant, banker, merchant, factor, broker, attorney or agent."),
    ("411", "Dishonestly receiving stolen property", "Y3", "", "1",
     "Dishonestly receiving or keeping property knowing or believing it to be stolen."),
    ("412", "Dishonestly receiving property stolen in the commission of a dacoity", "life", "", "1",
     "Dishonestly receiving or keeping property known to have been taken in a dacoity, or from a member of a gang of dacoits."),
    ("413", "Habitually dealing in stolen property", "life", "", "1",
     "Habitually receiving or dealing in property known or believed to be stolen."),
    ("414", "Assisting in concealment of stolen property", "Y3", "", "1",
     "Voluntarily helping to conceal, dispose of or make away with property known to be stolen."),
    ("415", "Cheating", "none", "", "",
     "Defines cheating: deceiving a person fraudulently or dishonestly to deliver property, or to do or omit something that harms him; punished under sections 417 to 420."),
    ("417", "Punishment for cheating", "Y1", "", "0",
     "Cheating, where no other provision applies."),
    ("418", "Cheating with knowledge that wrongful loss may ensue to person whose interest offender is bound to protect", "Y3", "", "0",
     "Cheating a person whose interests the offender is bound by law or contract to protect, knowing it may cause him wrongful loss."),
    ("419", "Punishment for cheating by personation", "Y3", "", "1",
     "Cheating by pretending to be someone else or by substituting one person for another."),
    ("420", "Cheating and dishonestly inducing delivery of property", "Y7", "", "1",
     "Cheating that dishonestly induces the victim to deliver property or to make, alter or destroy a valuable security."),
    ("421", "Dishonest or fraudulent removal or concealment of property to prevent distribution among creditors", "Y2", "", "0",
     "Removing, concealing or transferring property to keep it from being distributed among creditors."),
    ("426", "Punishment for mischief", "M3", "", "0",
     "Mischief: destroying or damaging property intending or knowing it likely to cause wrongful loss."),
    ("427", "Mischief causing damage to the amount of fifty rupees", "Y2", "", "0",
     "Mischief causing loss or damage of fifty rupees or more."),
    ("428", "Mischief by killing or maiming animal of the value of ten rupees", "Y2", "", "0",
     "Killing, poisoning or maiming an animal worth ten rupees or more."),
    ("429", "Mischief by killing or maiming cattle, etc., of any value or any animal of the value of fifty rupees", "Y5", "", "1",
     "Killing, poisoning or maiming cattle or draught animals of any value, or any other animal worth fifty rupees or more."),
    ("430", "Mischief by injury to works of irrigation or by wrongfully diverting water", "Y5", "", "1",
     "Mischief that reduces the supply of water for agriculture or for food or drink of people or animals."),
    ("431", "Mischief by injury to public road, bridge, river or channel", "Y5", "", "1",
     "Mischief that makes a public road, bridge or navigable river or channel impassable or less safe."),
    ("435", "Mischief by fire or explosive substance with intent to cause damage to amount of one hundred rupees", "Y7", "", "1",
     "Mischief by fire or explosive intending or knowing it likely to cause damage of one hundred rupees or more."),
    ("436", "Mischief by fire or explosive substance with intent to destroy house, etc.", "life", "", "1",
     "Mischief by fire or explosive intending to destroy a building used for worship, dwelling or custody of property."),
    ("440", "Mischief committed after preparation made for causing death or hurt", "Y5", "", "1",
     "Mischief committed after preparing to cause death, hurt or restraint, or fear of them."),
    ("447", "Punishment for criminal trespass", "M3", "", "1",
     "Criminal trespass: entering or remaining on another's property to commit an offence or to intimidate, insult or annoy."),
    ("448", "Punishment for house-trespass", "Y1", "", "1",
     "Criminal trespass into a building, tent or vessel used as a dwelling, for worship or for keeping property."),
    ("449", "House-trespass in order to commit offence punishable with death", "life", "", "1",
     "House-trespass in order to commit an offence punishable with death."),
    ("450", "House-trespass in order to commit offence punishable with imprisonment for life", "Y10", "", "1",
     "House-trespass in order to commit an offence punishable with imprisonment for life."),
    ("451", "House-trespass in order to commit offence punishable with imprisonment", "Y7", "", "1",
     "House-trespass in order to commit an offence punishable with imprisonment; up to seven years if the offence intended is theft."),
    ("452", "House-trespass after preparation for hurt, assault or wrongful restraint", "Y7", "", "1",
     "House-trespass after preparing to cause hurt, assault or wrongful restraint, or fear of them."),
    ("453", "Punishment for lurking house-trespass or house-breaking", "Y2", "", "1",
     "Lurking house-trespass or house-breaking."),
    ("454", "Lurking house-trespass or house-breaking in order to commit offence punishable with imprisonment", "Y10", "", "1",
     "Lurking house-trespass or house-breaking to commit an offence punishable with imprisonment; up to ten years if the intended offence is theft."),
    ("456", "Punishment for lurking house-trespass or house-breaking by night", "Y3", "", "1",
     "Lurking house-trespass or house-breaking between sunset and sunrise."),
    ("457", "Lurking house-trespass or house-breaking by night in order to commit offence punishable with imprisonment", "Y14", "", "1",
     "House-breaking by night to commit an offence punishable with imprisonment; up to fourteen years if the intended offence is theft."),
    ("458", "Lurking house-trespass or house-breaking by night after preparation for hurt, assault or wrongful restraint", "Y14", "", "1",
     "House-breaking by night after preparing to cause hurt, assault or wrongful restraint."),
    ("460", "All persons jointly concerned in lurking house-trespass or house-breaking by night punishable where death or grievous hurt caused by one of them", "life", "", "1",
     "Where one of those breaking into a house by night causes or attempts death or grievous hurt, all of them are liable."),
    ("461", "Dishonestly breaking open receptacle containing property", "Y2", "", "0",
     "Dishonestly or with intent to commit mischief breaking open a closed receptacle containing property."),
    ("462", "Punishment for same offence when committed by person entrusted with custody", "Y3", "", "0",
     "Breaking open a closed receptacle entrusted to one's custody, dishonestly or to commit mischief."),
    ("465", "Punishment for forgery", "Y2", "", "0",
     "Forgery: making a false document or electronic record to cause damage, support a claim or commit fraud."),
    ("466", "Forgery of record of Court or of public register, etc.", "Y7", "", "",
     "Forging a court record, a register of births, marriages or burials, or an identity document issued by the Government."),
    ("467", "Forgery of valuable security, will, etc.", "life", "", "",
     "Forging a valuable security, a will, an authority to adopt, or an authority to transfer or receive money or property."),
    ("468", "Forgery for purpose of cheating", "Y7", "", "1",
     "Committing forgery intending the forged document or record to be used for cheating."),
    ("469", "Forgery for purpose of harming reputation", "Y3", "", "",
     "Committing forgery intending to harm a person's reputation."),
    ("471", "Using as genuine a forged document or electronic record", "life", "", "",
     "Fraudulently or dishonestly using as genuine a document or electronic record known to be forged; punished as forgery of that document."),
    ("474", "Having possession of document described in section 466 or 467, knowing it to be forged and intending to use it as genuine", "life", "", "",
     "Possessing a forged court record, register or valuable security intending to use it as genuine."),
    ("477A", "Falsification of accounts", "Y7", "", "0",
     "A clerk, officer or servant wilfully falsifying his employer's books or accounts with intent to defraud."),
    ("489A", "Counterfeiting currency-notes or bank-notes", "life", "", "1",
     "Counterfeiting currency-notes or bank-notes, or taking part in any step of it."),
    ("489B", "Using as genuine, forged or counterfeit currency-notes or bank-notes", "life", "", "1",
     "Selling, buying, trafficking in or using as genuine currency-notes or bank-notes known to be forged or counterfeit."),
    ("489C", "Possession of forged or counterfeit currency-notes or bank-notes", "Y7", "", "1",
     "Possessing forged or counterfeit currency-notes or bank-notes intending to use them as genuine."),
    ("489D", "Making or possessing instruments or materials for forging or counterfeiting currency-notes or bank-notes", "life", "", "1",
     "Making or possessing machinery, instruments or material for forging currency-notes or bank-notes."),
    ("489E", "Making or using documents resembling currency-notes or bank-notes", "fine", "", "0",
     "Making or using a document that resembles a currency-note or bank-note closely enough to deceive."),
    ("493", "Cohabitation caused by a man deceitfully inducing a belief of lawful marriage", "Y10", "", "0",
     "A man who deceives a woman into believing she is lawfully married to him and cohabiting with him."),
    ("494", "Marrying again during lifetime of husband or wife", "Y7", "", "0",
     "Bigamy: marrying again while a spouse is living, where the second marriage is void for that reason."),
    ("495", "Same offence with concealment of former marriage from person with whom subsequent marriage is contracted", "Y10", "", "0",
     "Bigamy while concealing the earlier marriage from the new spouse."),
    ("496", "Marriage ceremony fraudulently gone through without lawful marriage", "Y7", "", "0",
     "Fraudulently going through a marriage ceremony knowing it is not a lawful marriage."),
    ("498", "Enticing or taking away or detaining with criminal intent a married woman", "Y2", "", "0",
     "Taking, enticing or concealing another man's wife so that she may have illicit intercourse."),
    ("498A", "Husband or relative of husband of a woman subjecting her to cruelty", "Y3", "", "1",
     "Cruelty to a woman by her husband or his relatives: conduct likely to drive her to suicide or cause grave injury, or harassment for dowry."),
    ("500", "Punishment for defamation", "Y2", "", "0",
     "Defamation: making or publishing an imputation intending or knowing it will harm a person's reputation."),
    ("504", "Intentional insult with intent to provoke breach of the peace", "Y2", "", "0",
     "Intentionally insulting a person to provoke him to break the public peace or commit an offence."),
    ("505", "Statements conducing to public mischief", "Y5", "", "",
     "Making or circulating statements or rumours to cause mutiny, public alarm, or enmity between groups; up to five years in a place of worship."),
    ("506", "Punishment for criminal intimidation", "Y7", "", "0",
     "Criminal intimidation; up to seven years if the threat is of death, grievous hurt, arson or a grave offence, or to impute unchastity to a woman."),
    ("507", "Criminal intimidation by an anonymous communication", "Y2", "", "0",
     "Criminal intimidation by an anonymous communication or while concealing one's identity; in addition to the punishment under section 506."),
    ("508", "Act caused by inducing person to believe that he will be rendered an object of the Divine displeasure", "Y1", "", "0",
     "Making a person do or omit something by making him believe he will incur divine displeasure."),
    ("509", "Word, gesture or act intended to insult the modesty of a woman", "Y3", "", "1",
     "Words, sounds, gestures or objects intended to insult the modesty of a woman, or intruding on her privacy."),
    ("510", "Misconduct in public by a drunken person", "M1", "", "0",
     "Appearing drunk in a public place and annoying others; simple imprisonment up to twenty-four hours (recorded as one month) or fine."),
    ("511", "Punishment for attempting to commit offences punishable with imprisonment for life or other imprisonment", "Y10", "", "",
     "Attempting an offence punishable with imprisonment where no other provision applies: up to half the longest term, half of life counted as ten years."),
]

IPC_SEXUAL = {"354", "354A", "354B", "354C", "354D", "375", "376", "376A", "376AB", "376B", "376C", "376D",
              "376DA", "376DB", "376E", "509"}

# ---------------------------------------------------------------------------
# Special acts: curated from each Act as amended
# ---------------------------------------------------------------------------
# act: [(section, title, max_punishment, min_years, cognizable, summary)]
SPECIAL = collections.OrderedDict()

# NDPS: s.37(1)(a) makes every offence under the Act cognizable.  Maximum is that for a
# commercial quantity (20 years); no minimum applies to small quantities.
SPECIAL["NDPS"] = [
    ("8", "Prohibition of certain operations", "Y20", "", "1",
     "Bars cultivating, producing, possessing, selling, buying, transporting, using and otherwise dealing in narcotic drugs and psychotropic substances except as the Act permits; breaches are punished under sections 15 to 25 by substance and quantity."),
    ("15", "Punishment for contravention in relation to poppy straw", "Y20", "", "1",
     "Dealing in poppy straw: up to one year for a small quantity, ten years for more, ten to twenty years for a commercial quantity."),
    ("17", "Punishment for contravention in relation to prepared opium", "Y20", "", "1",
     "Dealing in prepared opium: up to one year for a small quantity, ten years for more, ten to twenty years for a commercial quantity."),
    ("18", "Punishment for contravention in relation to opium poppy and opium", "Y20", "", "1",
     "Cultivating opium poppy or dealing in opium: graded by quantity, ten to twenty years for a commercial quantity."),
    ("20", "Punishment for contravention in relation to cannabis plant and cannabis", "Y20", "", "1",
     "Cultivating cannabis or dealing in ganja or charas: graded by quantity, ten to twenty years for a commercial quantity."),
    ("21", "Punishment for contravention in relation to manufactured drugs and preparations", "Y20", "", "1",
     "Dealing in manufactured drugs such as heroin, morphine or cocaine: graded by quantity, ten to twenty years for a commercial quantity."),
    ("22", "Punishment for contravention in relation to psychotropic substances", "Y20", "", "1",
     "Dealing in psychotropic substances: graded by quantity, ten to twenty years for a commercial quantity."),
    ("25", "Punishment for allowing premises, etc., to be used for commission of an offence", "Y20", "", "1",
     "An owner or occupier knowingly allowing a house, room, vehicle or other place to be used for an offence under the Act; punished as for that offence."),
    ("27", "Punishment for consumption of any narcotic drug or psychotropic substance", "Y1", "", "1",
     "Consuming a narcotic drug or psychotropic substance: up to one year for cocaine, morphine, heroin and other notified drugs, six months for others."),
    ("27A", "Punishment for financing illicit traffic and harbouring offenders", "Y20", "10", "1",
     "Financing illicit traffic in narcotic drugs or psychotropic substances, or harbouring persons engaged in it."),
    ("29", "Punishment for abetment and criminal conspiracy", "Y20", "", "1",
     "Abetting or conspiring to commit an offence under the Act, in India or abroad; punished as for that offence."),
]

SPECIAL["ARMS"] = [
    ("25", "Punishment for certain offences", "life", "", "1",
     "Manufacturing, selling, possessing, carrying or trafficking in arms or ammunition without a licence, or in prohibited arms; as amended in 2019 the terms range up to life."),
    ("27", "Punishment for using arms, etc.", "life", "3", "1",
     "Using arms or ammunition in contravention of the Act: three to seven years, seven years to life for prohibited arms."),
    ("29", "Punishment for knowingly purchasing arms, etc., from unlicensed person or for delivering arms, etc., to person not entitled to possess the same", "Y3", "", "1",
     "Knowingly buying arms from an unlicensed person or handing arms to a person not entitled to possess them."),
    ("30", "Punishment for contravention of licence or rule", "M6", "", "0",
     "Contravening a condition of an arms licence or a rule made under the Act, where no other punishment is provided."),
]

# POCSO: definitions (3, 5, 7, 9, 11, 13) carry no punishment.  Terms as amended in 2019.
SPECIAL["POCSO"] = [
    ("3", "Penetrative sexual assault", "none", "", "",
     "Defines penetrative sexual assault on a child; punished under section 4."),
    ("4", "Punishment for penetrative sexual assault", "life", "10", "1",
     "Penetrative sexual assault on a child: ten years to life, at least twenty years if the child is under sixteen."),
    ("5", "Aggravated penetrative sexual assault", "none", "", "",
     "Defines the aggravated forms of penetrative sexual assault (by police, public servants, relatives, in institutions, on a child under twelve and others); punished under section 6."),
    ("6", "Punishment for aggravated penetrative sexual assault", "death", "20", "1",
     "Aggravated penetrative sexual assault: twenty years to life for the rest of natural life, or death."),
    ("7", "Sexual assault", "none", "", "",
     "Defines sexual assault on a child: sexual touching or other physical contact with sexual intent without penetration; punished under section 8."),
    ("8", "Punishment for sexual assault", "Y5", "3", "1",
     "Sexual assault on a child."),
    ("9", "Aggravated sexual assault", "none", "", "",
     "Defines the aggravated forms of sexual assault on a child; punished under section 10."),
    ("10", "Punishment for aggravated sexual assault", "Y7", "5", "1",
     "Aggravated sexual assault on a child."),
    ("11", "Sexual harassment", "none", "", "",
     "Defines sexual harassment of a child: sexual words, gestures, exhibition, following, threats or pornographic enticement; punished under section 12."),
    ("12", "Punishment for sexual harassment", "Y3", "", "1",
     "Sexual harassment of a child."),
    ("13", "Use of child for pornographic purposes", "none", "", "",
     "Defines the use of a child in any media for sexual gratification; punished under section 14."),
    ("14", "Punishment for using child for pornographic purposes", "Y7", "5", "1",
     "Using a child for pornographic purposes: at least five years, seven on a repeat conviction, besides punishment for any sexual assault committed."),
    ("15", "Punishment for storage of pornographic material involving child", "Y7", "", "1",
     "Storing or possessing child pornography: fine for failing to delete or report it, up to three years for transmitting it, three to seven years for commercial use."),
    ("21", "Punishment for failure to report or record a case", "Y1", "", "0",
     "Failing to report or record an offence under the Act: up to six months; up to one year for the head of a company or institution failing to report a subordinate."),
]

# IT Act: s.77B makes offences punishable with three years and more cognizable.
SPECIAL["ITA"] = [
    ("43", "Penalty and compensation for damage to computer, computer system, etc.", "fine", "", "",
     "Civil liability to compensate for unauthorised access, downloading, virus introduction, damage or disruption of a computer system; the same acts done dishonestly are offences under section 66."),
    ("65", "Tampering with computer source documents", "Y3", "", "1",
     "Knowingly concealing, destroying or altering computer source code that the law requires to be kept."),
    ("66", "Computer related offences", "Y3", "", "1",
     "Doing any act in section 43 dishonestly or fraudulently."),
    ("66B", "Punishment for dishonestly receiving stolen computer resource or communication device", "Y3", "", "1",
     "Dishonestly receiving or keeping a stolen computer resource or communication device."),
    ("66C", "Punishment for identity theft", "Y3", "", "1",
     "Fraudulently using another person's electronic signature, password or other unique identification feature."),
    ("66D", "Punishment for cheating by personation by using computer resource", "Y3", "", "1",
     "Cheating by personation using a communication device or computer resource."),
    ("66E", "Punishment for violation of privacy", "Y3", "", "1",
     "Intentionally capturing, publishing or transmitting the image of a person's private area without consent."),
    ("66F", "Punishment for cyber terrorism", "life", "", "1",
     "Denying access to, penetrating or introducing contaminants into computer systems to threaten the unity, integrity, security or sovereignty of India or strike terror."),
    ("67", "Punishment for publishing or transmitting obscene material in electronic form", "Y5", "", "1",
     "Publishing or transmitting obscene material in electronic form; up to five years on a repeat conviction."),
    ("67A", "Punishment for publishing or transmitting of material containing sexually explicit act, etc., in electronic form", "Y7", "", "1",
     "Publishing or transmitting sexually explicit material in electronic form; up to seven years on a repeat conviction."),
    ("67B", "Punishment for publishing or transmitting of material depicting children in sexually explicit act, etc., in electronic form", "Y7", "", "1",
     "Publishing, transmitting, browsing or creating material showing children in sexually explicit acts, or grooming children online; up to seven years on a repeat conviction."),
    ("72", "Penalty for breach of confidentiality and privacy", "Y2", "", "0",
     "A person with powers under the Act disclosing, without consent, electronic records or information obtained through those powers."),
]

# MV Act, as amended in 2019.  Sections 3 and 39 are duties whose breach is punished under
# sections 181 and 192.  Section 202 allows arrest without warrant for 184 and 185 when
# committed in an officer's presence, so their classification is left open.
SPECIAL["MVA"] = [
    ("3", "Necessity for driving licence", "M3", "", "0",
     "No one may drive a motor vehicle in a public place without a valid driving licence; breach punished under section 181."),
    ("39", "Necessity for registration", "Y1", "", "0",
     "No one may drive or allow the use of a motor vehicle in a public place unless it is registered; breach punished under section 192."),
    ("177", "General provision for punishment of offences", "fine", "", "0",
     "Fine for contravening the Act, rules or notifications where no other penalty is provided; higher for a repeat offence."),
    ("179", "Disobedience of orders, obstruction and refusal of information", "M1", "", "0",
     "Wilfully disobeying or obstructing an authority under the Act, or withholding or falsifying information it requires."),
    ("181", "Driving vehicles in contravention of section 3 or section 4", "M3", "", "0",
     "Driving without a licence, or while under the age allowed, or allowing such driving."),
    ("183", "Driving at excessive speed, etc.", "fine", "", "0",
     "Driving above the speed limit, or making an employee do so; fine graded by the class of vehicle."),
    ("184", "Driving dangerously", "Y2", "", "",
     "Driving at a speed or in a manner dangerous to the public, including jumping red lights or using a handheld phone; up to two years for a repeat offence within three years."),
    ("185", "Driving by a drunken person or by a person under the influence of drugs", "Y2", "", "",
     "Driving with more than 30 mg of alcohol per 100 ml of blood or under the influence of a drug; up to two years for a repeat offence within three years."),
    ("187", "Punishment for offences relating to accident", "Y1", "", "0",
     "A driver failing to secure medical attention for the injured, or to report an accident to the police; up to one year for a repeat offence."),
    ("192", "Using vehicle without registration", "Y1", "", "0",
     "Driving or allowing the use of an unregistered vehicle; imprisonment up to one year for a repeat offence."),
    ("194", "Driving vehicle exceeding permissible weight", "fine", "", "0",
     "Driving or allowing an overloaded goods vehicle; fine with an additional amount for each excess tonne."),
    ("196", "Driving uninsured vehicle", "M3", "", "0",
     "Driving or allowing a vehicle to be driven without third-party insurance."),
]

# SC/ST (PoA) Act, as amended in 2015.  Offences against a member of a Scheduled Caste or
# Scheduled Tribe by a person who is not a member.
SPECIAL["SCST"] = [
    ("3(1)(r)", "Intentional insult or intimidation with intent to humiliate in public view", "Y5", "", "1",
     "Intentionally insulting or intimidating a member of a Scheduled Caste or Scheduled Tribe, to humiliate him, in a place within public view; six months to five years."),
    ("3(1)(s)", "Abusing by caste name in public view", "Y5", "", "1",
     "Abusing a member of a Scheduled Caste or Scheduled Tribe by caste name in a place within public view; six months to five years."),
    ("3(1)(w)", "Touching a woman or using words, acts or gestures of a sexual nature without her consent", "Y5", "", "1",
     "Intentionally touching a woman of a Scheduled Caste or Scheduled Tribe in a sexual manner, or using sexual words, acts or gestures towards her, without her consent; six months to five years."),
    ("3(2)(v)", "Offence punishable with ten years or more against a member of a Scheduled Caste or Scheduled Tribe", "life", "", "1",
     "Committing an IPC offence punishable with ten years or more against a person or property knowing the victim is a member of a Scheduled Caste or Scheduled Tribe; imprisonment for life and fine."),
    ("3(2)(va)", "Offence specified in the Schedule against a member of a Scheduled Caste or Scheduled Tribe", "Y10", "", "1",
     "Committing an IPC offence listed in the Schedule knowing the victim is a member of a Scheduled Caste or Scheduled Tribe; the IPC punishment for that offence (at most ten years, under IPC 376C)."),
    ("4", "Punishment for neglect of duties", "Y1", "", "0",
     "A public servant, not being a member of a Scheduled Caste or Scheduled Tribe, wilfully neglecting his duties under the Act; six months to one year."),
]

# Dowry Prohibition Act: s.8 makes its offences cognizable for investigation.
SPECIAL["DPA"] = [
    ("3", "Penalty for giving or taking dowry", "Y5", "5", "1",
     "Giving, taking or abetting the giving or taking of dowry; at least five years and a fine."),
    ("4", "Penalty for demanding dowry", "Y2", "", "1",
     "Demanding dowry directly or indirectly from the parents, relatives or guardian of a bride or bridegroom; six months to two years."),
    ("4A", "Ban on advertisement", "Y5", "", "1",
     "Advertising an offer of money, property or a share in business in consideration of a marriage; six months to five years."),
]

SPECIAL_SEXUAL_ALL = {"POCSO"}  # every section included from these acts

# Sections the rest of the application (demo data, tests) refers to.
REQUIRED = {
    "BNS": ["303", "305", "309", "318", "316", "115", "118", "351", "85", "281", "106", "137", "329", "324", "74", "78",
            "64", "65", "103"],
    "IPC": ["379", "380", "392", "420", "323", "506", "498A", "279", "363", "427", "354"],
}
IPC_REQUIRED = ("34 120B 143 144 147 148 149 186 201 279 294 302 304 304A 304B 306 307 308 309 323 324 325 326 326A "
                "332 336 337 338 341 342 353 354 354A 354B 354C 354D 363 364 364A 365 366 376 376A 376AB 376D 379 380 "
                "381 382 384 385 392 393 394 395 396 397 399 402 406 407 408 409 411 413 414 415 417 418 419 420 427 "
                "435 436 447 448 451 452 454 457 465 467 468 471 489A 489B 489C 494 498A 504 506 509 511").split()

SPOT_CHECK = [("BNS", s) for s in ("103", "105", "106", "109", "115", "117", "118", "137", "303", "305", "309", "316",
                                    "318", "324", "329", "351", "64", "65", "66", "70", "74", "75", "78", "79", "80",
                                    "85", "281")]
SPOT_CHECK += [("IPC", s) for s in ("302", "307", "363", "379", "380", "392", "420", "323", "506", "498A", "279",
                                    "427", "354", "304B", "376", "395", "396", "364A")]

# ---------------------------------------------------------------------------
# Deriving the punishment from the text of a BNS section
# ---------------------------------------------------------------------------

NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20,
           "twenty-four": 24}

# Where a punishment is first stated: "shall be punished with", "shall be punishable with",
# "liable to", "may be extended to", "subject ... to".  Text before it defines the offence.
TRIGGER = re.compile(r"\b(?:be|is|are) punished\b|\bshall be punishable\b|\bliable (?:either )?to\b(?! be )"
                     r"|\bmay be extended to\b|\bsubject (?:for every such subsequent offence )?to\b")
# A description of some other offence ("if the offence be punishable with death or
# imprisonment for life, ..."), dropped before reading the punishments.
# A list of alternatives ("punishable with death, imprisonment for life, or ...") is dropped
# whole; it ends where the sentence goes on with "shall", "be", "with" or "... punished".
REFERENCE = re.compile(r"(?<!shall be )punishable (?:by this sanhita )?with [^,;]*(?:, (?!shall\b|be\b|with\b)(?![^,;]*\bpunished\b)[^,;]*)*")
TERM = re.compile(r"(?:extend|extended|extending|exceeding|imprisonment(?: of either description)? for(?: a term of)?)"
                  r" (?:to )?([a-z]+(?:-[a-z]+)?) (years?|months?|hours?)\b")
MINIMUM = re.compile(r"not (?:be )?less than ([a-z]+(?:-[a-z]+)?) years?\b")
FINE_ONLY = re.compile(r"\b(?:punished|punishable) with fine\b|\bpenalty\b|\bpunished with community service\b")
ILLUSTRATION = re.compile(r"^i?llustrations?\b", re.I)
RESUMES = re.compile(r"^(?:\(\d+\)|\d+\)|explanation|exception|provided)", re.I)


def strip_illustrations(text):
    """Drops Illustration blocks, which describe punishments of examples, not of the section."""
    out, skipping = [], False
    for line in text.split("\n"):
        s = line.strip()
        if ILLUSTRATION.match(s):
            skipping = True
            continue
        if skipping and RESUMES.match(s):
            skipping = False
        if not skipping:
            out.append(line)
    return "\n".join(out)


def normalise(text):
    t = text.lower().replace("\u2019", "'")
    t = re.sub(r"[\u2014\u2013]|-{2,}", " - ", t)
    return re.sub(r"\s+", " ", t)


RANK = {"none": (0, 0), "fine": (1, 0)}


def rank(p):
    if p in RANK:
        return RANK[p]
    if p == "death":
        return (4, 0)
    if p == "life":
        return (3, 0)
    n = int(p[1:])
    return (2, n * 12 if p[0] == "Y" else n)


def derive(text):
    """(max_punishment, min_years) read from a section's text, before review.

    Reads every clause from the first statement of punishment on, after dropping
    Illustrations and descriptions of other offences.  The maximum is the highest
    punishment found; the minimum is the lowest "not less than N years" provided every
    clause that states a term carries one."""
    t = normalise(strip_illustrations(text))
    first = TRIGGER.search(t)
    if not first:
        return "none", ""
    best = "none"
    floors = []
    for c in re.split(r"[.;:](?: |$)", REFERENCE.sub(" ", t[first.start():])):
        found = []
        if re.search(r"\bwith death\b|\bpunished either with death\b|\bdeath,? or (?:with )?imprisonment for life\b", c):
            found.append("death")
        if "imprisonment for life" in c or re.search(r"extend to life\b", c):
            found.append("life")
        terms = []
        for word, unit in TERM.findall(c):
            n = NUMBERS.get(word)
            if n is None:
                continue
            if unit.startswith("year"):
                terms.append("Y%d" % n)
            elif unit.startswith("month"):
                terms.append("M%d" % n)
            else:  # hours: less than a month
                terms.append("M1")
        found += terms
        fine_only = not found and FINE_ONLY.search(c)
        if fine_only:
            found.append("fine")
        if not found:
            continue
        for p in found:
            if rank(p) > rank(best):
                best = p
        mins = [NUMBERS[w] for w in MINIMUM.findall(c) if w in NUMBERS]
        if mins:
            floors.append(min(mins))
        elif terms or fine_only or re.search(r"\bterm\b", c):
            floors.append(0)  # a form of the offence with no minimum term
        # death or life alone: no term to bound
    minimum = min(floors) if floors else 0
    return best, (str(minimum) if minimum else "")


# ---------------------------------------------------------------------------
# Cleaning the text
# ---------------------------------------------------------------------------

def clean_text(text):
    t = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    t = t.replace("span@", "")  # markup left in the source (s.75)
    lines = []
    for line in t.split("\n"):
        if not line.strip():
            continue
        # A line that starts with a space continues the previous one (wrapped text in
        # ss.237 and 239), unless it opens an Explanation.
        if line[:1].isspace() and lines and not line.strip().startswith("Explanation"):
            lines[-1] = lines[-1].rstrip() + " " + line.strip()
        else:
            lines.append(line.strip())
    t = "\n".join(lines)
    # Sub-sections that the source ran into the previous line.
    t = re.sub(r"(?<=[.:;]) (?=\(\d+\) )", "\n", t)
    return t.strip()


def clean_title(title):
    t = " ".join(title.split())
    return t.rstrip(" .\\")


def escape(text):
    return text.replace("\t", " ").replace("\r", "").replace("\n", "\\n")


# ---------------------------------------------------------------------------

def cognizable_by_rule(max_punishment):
    if max_punishment == "none":
        return ""
    if max_punishment in ("death", "life"):
        return "1"
    if max_punishment.startswith("Y") and int(max_punishment[1:]) >= 3:
        return "1"
    return "0"


def bns_rows(csv_path, report):
    with open(csv_path, encoding="utf-8", newline="") as f:
        records = list(csv.DictReader(f))
    rows = []
    for rec in records:
        number = rec["Section"].strip()
        title = BNS_TITLE_FIXES.get(number, clean_title(rec["Section _name"]))
        raw = BNS_TEXT_FIXES.get(number, rec["Description"])
        text = clean_text(raw)
        if "\\" in text:
            raise SystemExit("BNS %s: backslash in text would be misread by the loader" % number)
        derived_max, derived_min = derive(text)
        max_p, min_y = derived_max, derived_min
        if number in BNS_PUNISHMENT_OVERRIDES:
            o_max, o_min, reason = BNS_PUNISHMENT_OVERRIDES[number]
            max_p = o_max
            if o_min is not KEEP:
                min_y = str(o_min)
            same = (max_p, min_y) == (derived_max, derived_min)
            report.append("BNS %-4s %-6s -> %-6s min %-2s -> %-2s  %s%s" % (number, derived_max, max_p, derived_min or "-",
                                                                             min_y or "-", reason,
                                                                             "  [same as derived]" if same else ""))
        if max_p == "none":
            cog = ""
        elif number in BNS_COGNIZABLE_OVERRIDES:
            cog = str(BNS_COGNIZABLE_OVERRIDES[number][0])
        elif number in BNS_REFERENTIAL:
            cog = ""
        else:
            cog = cognizable_by_rule(max_p)
        sexual = "1" if number in BNS_SEXUAL else "0"
        rows.append(["BNS", number, title, max_p, min_y, cog, sexual, escape(text)])
    return rows


def curated_rows(act, table, sexual_set=None, all_sexual=False):
    rows = []
    for number, title, max_p, min_y, cog, summary in table:
        sexual = "1" if all_sexual or (sexual_set and number in sexual_set) else "0"
        rows.append([act, number, title, max_p, min_y, cog, sexual, escape(summary)])
    return rows


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


PUNISHMENT_FORMAT = re.compile(r"^(?:death|life|fine|none|Y[1-9]\d*|M(?:[1-9]|1[01]))$")


def check(acts, sections):
    problems = []
    codes = {a[0] for a in acts}
    for table, width in ((acts, len(ACTS_HEADER)), (sections, len(SECTIONS_HEADER))):
        for r in table:
            if len(r) != width:
                problems.append("wrong column count: %r" % (r[:2],))
            for field in r:
                if "\t" in field or "\n" in field or "\r" in field:
                    problems.append("tab or newline in a field of %r" % (r[:2],))
    seen = set()
    for r in sections:
        act, number, title, max_p, min_y, cog, sexual, text = r
        key = (act, number)
        if key in seen:
            problems.append("duplicate %s %s" % key)
        seen.add(key)
        if act not in codes:
            problems.append("unknown act %s" % act)
        if not title or not text:
            problems.append("%s %s: empty title or text" % key)
        if not PUNISHMENT_FORMAT.match(max_p):
            problems.append("%s %s: bad max_punishment %r" % (act, number, max_p))
        if not re.match(r"^\d*$", min_y) or cog not in ("", "0", "1") or sexual not in ("0", "1"):
            problems.append("%s %s: bad min/cognizable/sexual" % key)
        if max_p == "none" and (min_y or cog):
            problems.append("%s %s: non-penal section with a minimum or cognizability" % key)
        if min_y and max_p.startswith("Y") and int(min_y) > int(max_p[1:]):
            problems.append("%s %s: minimum above maximum" % key)
    bns = [r[1] for r in sections if r[0] == "BNS"]
    if bns != [str(n) for n in range(1, 359)]:
        problems.append("BNS rows are not exactly sections 1..358 in order")
    for act, numbers in list(REQUIRED.items()) + [("IPC", IPC_REQUIRED)]:
        for n in numbers:
            if (act, n) not in seen:
                problems.append("missing %s %s" % (act, n))
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--csv", default=DEFAULT_CSV, help="BNS sections CSV (default: %(default)s)")
    ap.add_argument("--out", default=HERE, help="directory for acts.tsv and sections.tsv (default: this script's)")
    args = ap.parse_args()

    report = []
    acts = [list(a) for a in ACTS]
    sections = bns_rows(args.csv, report)
    sections += curated_rows("IPC", IPC, IPC_SEXUAL)
    for act, table in SPECIAL.items():
        sections += curated_rows(act, table, all_sexual=act in SPECIAL_SEXUAL_ALL)

    problems = check(acts, sections)
    if problems:
        for p in problems:
            print("ERROR:", p, file=sys.stderr)
        return 1

    write_tsv(os.path.join(args.out, "acts.tsv"), ACTS_HEADER, acts)
    write_tsv(os.path.join(args.out, "sections.tsv"), SECTIONS_HEADER, sections)

    print("Wrote %d acts and %d sections to %s" % (len(acts), len(sections), args.out))
    print("\nSections per act:")
    for code in [a[0] for a in ACTS]:
        print("  %-6s %4d" % (code, sum(1 for r in sections if r[0] == code)))
    print("\nSections per max_punishment:")
    counts = collections.Counter(r[3] for r in sections)
    for p in sorted(counts, key=lambda p: rank(p), reverse=True):
        print("  %-6s %4d" % (p, counts[p]))
    print("\nCognizable (1/0/empty): %s" % dict(sorted(collections.Counter(r[5] or "-" for r in sections).items())))
    print("Sexual offences: %d" % sum(1 for r in sections if r[6] == "1"))
    print("\nBNS punishment overrides (derived -> shipped):")
    for line in report:
        print("  " + line)
    print("\nSpot checks:")
    index = {(r[0], r[1]): r for r in sections}
    for key in SPOT_CHECK:
        r = index[key]
        print("  %-5s %-5s %-6s min=%-2s cog=%-1s sex=%s  %s" % (r[0], r[1], r[3], r[4] or "-", r[5] or "-", r[6], r[2][:60]))
    print("\nChecks passed: BNS 1..358 without gaps or duplicates, %d columns per row, no tabs or newlines in fields, "
          "required sections present." % len(SECTIONS_HEADER))
    return 0


if __name__ == "__main__":
    sys.exit(main())
