#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace thana::core {

enum class ReceiptMode { InPerson, Post, Email, Portal, Call112 };
enum class ComplaintAction { Pending, Fir, Ncr, Enquiry, Closed };

QString receiptModeKey(ReceiptMode m);
std::optional<ReceiptMode> receiptModeFromKey(const QString& key);
QString receiptModeName(ReceiptMode m);
QString complaintActionKey(ComplaintAction a);
std::optional<ComplaintAction> complaintActionFromKey(const QString& key);
QString complaintActionName(ComplaintAction a);

/// A complaint or petition received at the station.
struct Complaint {
    QString uid;
    QString stationCode;
    int year = 0;
    int number = 0;
    QDateTime receivedAt;
    ReceiptMode mode = ReceiptMode::InPerson;
    QString complainantUid;
    QString complainantName;  ///< filled by queries; may be masked
    QString subject;
    QString narrative;
    QString gdUid;            ///< GD entry that recorded the receipt
    ComplaintAction action = ComplaintAction::Pending;
    QString actionNote;       ///< reason when closed, enquiry officer, NCR number...
    QString firUid;
    QDateTime actionAt;
    QString actionBy;
    QDateTime createdAt;
    QString createdBy;

    QString reference() const; ///< "Petition 12/2026"
};

} // namespace thana::core
