#include "core/complaint.h"

#include <QCoreApplication>

namespace thana::core {

QString receiptModeKey(ReceiptMode m)
{
    switch (m) {
    case ReceiptMode::InPerson: return QStringLiteral("in_person");
    case ReceiptMode::Post: return QStringLiteral("post");
    case ReceiptMode::Email: return QStringLiteral("email");
    case ReceiptMode::Portal: return QStringLiteral("portal");
    case ReceiptMode::Call112: return QStringLiteral("call_112");
    }
    return {};
}

std::optional<ReceiptMode> receiptModeFromKey(const QString& key)
{
    for (ReceiptMode m : { ReceiptMode::InPerson, ReceiptMode::Post, ReceiptMode::Email, ReceiptMode::Portal, ReceiptMode::Call112 }) {
        if (receiptModeKey(m) == key)
            return m;
    }
    return std::nullopt;
}

QString receiptModeName(ReceiptMode m)
{
    switch (m) {
    case ReceiptMode::InPerson: return QCoreApplication::translate("thana::core::Complaint", "In person");
    case ReceiptMode::Post: return QCoreApplication::translate("thana::core::Complaint", "By post");
    case ReceiptMode::Email: return QCoreApplication::translate("thana::core::Complaint", "By e-mail");
    case ReceiptMode::Portal: return QCoreApplication::translate("thana::core::Complaint", "Citizen portal");
    case ReceiptMode::Call112: return QCoreApplication::translate("thana::core::Complaint", "112 call");
    }
    return {};
}

QString complaintActionKey(ComplaintAction a)
{
    switch (a) {
    case ComplaintAction::Pending: return QStringLiteral("pending");
    case ComplaintAction::Fir: return QStringLiteral("fir");
    case ComplaintAction::Ncr: return QStringLiteral("ncr");
    case ComplaintAction::Enquiry: return QStringLiteral("enquiry");
    case ComplaintAction::Closed: return QStringLiteral("closed");
    }
    return {};
}

std::optional<ComplaintAction> complaintActionFromKey(const QString& key)
{
    for (ComplaintAction a : { ComplaintAction::Pending, ComplaintAction::Fir, ComplaintAction::Ncr, ComplaintAction::Enquiry,
                               ComplaintAction::Closed }) {
        if (complaintActionKey(a) == key)
            return a;
    }
    return std::nullopt;
}

QString complaintActionName(ComplaintAction a)
{
    switch (a) {
    case ComplaintAction::Pending: return QCoreApplication::translate("thana::core::Complaint", "Pending");
    case ComplaintAction::Fir: return QCoreApplication::translate("thana::core::Complaint", "FIR registered");
    case ComplaintAction::Ncr: return QCoreApplication::translate("thana::core::Complaint", "Non-cognizable report");
    case ComplaintAction::Enquiry: return QCoreApplication::translate("thana::core::Complaint", "Under enquiry");
    case ComplaintAction::Closed: return QCoreApplication::translate("thana::core::Complaint", "Closed");
    }
    return {};
}

QString Complaint::reference() const
{
    return QCoreApplication::translate("thana::core::Complaint", "Petition %1/%2").arg(number).arg(year);
}

} // namespace thana::core
