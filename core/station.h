#pragma once

#include <QDateTime>
#include <QString>

namespace thana::core {

/// The police station this store belongs to. A store holds exactly one station.
struct Station {
    QString uid;
    QString stateCode;
    QString stateName;
    QString districtCode;
    QString districtName;
    QString code;       ///< station code as issued by the state, e.g. "MH-PUN-0421"
    QString nameEn;
    QString nameLocal;  ///< name in the local language, in Devanagari
    QString language;   ///< "hi" or "mr": the local language of registers and copies
    bool training = false; ///< practice data for classes; never synchronised
    QDateTime createdAt;
};

} // namespace thana::core
