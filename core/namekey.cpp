#include "core/namekey.h"

#include <QHash>

namespace thana::core {

namespace {

/// Latin value of a Devanagari letter; vowels and vowel signs give a vowel letter, the
/// virama and nukta nothing.
QString devanagari(char16_t c)
{
    static const QHash<char16_t, const char*> letters = {
        { u'क', "k" }, { u'ख', "k" }, { u'ग', "g" }, { u'घ', "g" }, { u'ङ', "n" },
        { u'च', "c" }, { u'छ', "c" }, { u'ज', "j" }, { u'झ', "j" }, { u'ञ', "n" },
        { u'ट', "t" }, { u'ठ', "t" }, { u'ड', "d" }, { u'ढ', "d" }, { u'ण', "n" },
        { u'त', "t" }, { u'थ', "t" }, { u'द', "d" }, { u'ध', "d" }, { u'न', "n" },
        { u'प', "p" }, { u'फ', "f" }, { u'ब', "b" }, { u'भ', "b" }, { u'म', "m" },
        { u'य', "y" }, { u'र', "r" }, { u'ल', "l" }, { u'ळ', "l" }, { u'व', "v" },
        { u'श', "s" }, { u'ष', "s" }, { u'स', "s" }, { u'ह', "h" },
        { u'अ', "a" }, { u'आ', "a" }, { u'इ', "i" }, { u'ई', "i" }, { u'उ', "u" }, { u'ऊ', "u" },
        { u'ऋ', "r" }, { u'ए', "e" }, { u'ऐ', "e" }, { u'ओ', "o" }, { u'औ', "o" }, { u'ऑ', "o" },
        { u'ा', "a" }, { u'ि', "i" }, { u'ी', "i" }, { u'ु', "u" }, { u'ू', "u" }, { u'ृ', "r" },
        { u'े', "e" }, { u'ै', "e" }, { u'ो', "o" }, { u'ौ', "o" }, { u'ॉ', "o" },
        { u'ं', "n" }, { u'ँ', "n" }, { u'ः', "h" },
    };
    const auto it = letters.constFind(c);
    return it == letters.constEnd() ? QString() : QLatin1String(it.value());
}

bool isVowel(QChar c)
{
    return c == QLatin1Char('a') || c == QLatin1Char('e') || c == QLatin1Char('i') || c == QLatin1Char('o') || c == QLatin1Char('u');
}

/// Folds English spellings onto the letters the Devanagari table gives.
QString foldLatin(QString s)
{
    static const QList<QPair<QLatin1String, QLatin1String>> digraphs = {
        { QLatin1String("chh"), QLatin1String("c") }, { QLatin1String("ksh"), QLatin1String("ks") },
        { QLatin1String("kh"), QLatin1String("k") }, { QLatin1String("gh"), QLatin1String("g") },
        { QLatin1String("ch"), QLatin1String("c") }, { QLatin1String("jh"), QLatin1String("j") },
        { QLatin1String("th"), QLatin1String("t") }, { QLatin1String("dh"), QLatin1String("d") },
        { QLatin1String("ph"), QLatin1String("f") }, { QLatin1String("bh"), QLatin1String("b") },
        { QLatin1String("sh"), QLatin1String("s") }, { QLatin1String("w"), QLatin1String("v") },
        { QLatin1String("z"), QLatin1String("j") }, { QLatin1String("q"), QLatin1String("k") },
        { QLatin1String("x"), QLatin1String("ks") }, { QLatin1String("c"), QLatin1String("k") },
    };
    // "ch" must become c before a lone c becomes k: mark it first.
    for (const auto& [from, to] : digraphs) {
        if (from == QLatin1String("c"))
            continue;
        s.replace(from, to == QLatin1String("c") ? QStringLiteral("\x01") : QString(to));
    }
    s.replace(QLatin1Char('c'), QLatin1Char('k'));
    s.replace(QLatin1Char('\x01'), QLatin1Char('c'));
    // Marathi spellings end in -ao where Devanagari writes -व: "Jadhao" is जाधव, "Rao" राव.
    if (s.endsWith(QLatin1String("ao")))
        s.replace(s.size() - 1, 1, QLatin1Char('v'));
    return s;
}

} // namespace

QString nameKey(const QString& name)
{
    QString latin;
    QString word;
    auto flush = [&latin, &word] {
        if (!word.isEmpty())
            latin += foldLatin(word);
        word.clear();
    };
    for (const QChar c : name.toLower()) {
        const char16_t u = c.unicode();
        if (u >= 0x0900 && u <= 0x097F) {
            flush();
            latin += devanagari(u);
        } else if (c.isLetter() && u < 0x80) {
            word += c;
        } else {
            flush();
            latin += QLatin1Char(' ');
        }
    }
    flush();

    QString key;
    bool wordStart = true;
    for (const QChar c : latin) {
        if (c == QLatin1Char(' ')) {
            wordStart = true;
            continue;
        }
        if (isVowel(c)) {
            if (wordStart)
                key += QLatin1Char('a');
            wordStart = false;
            continue;
        }
        if (c == QLatin1Char('y') && !wordStart)
            continue; // "Vijay"/"विजय", "Sanjay": a final or medial y is a vowel glide
        if (c == QLatin1Char('h') && !wordStart && !key.isEmpty())
            continue; // a trailing or inner h is mostly aspiration: "Mahesh" keeps m-s
        if (!key.isEmpty() && key.back() == c)
            continue; // doubled letters: "Jaddhav", "Pattil"
        key += c;
        wordStart = false;
    }
    return key;
}

} // namespace thana::core
