#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace thana::core {

enum class Role { Sho, Io, Writer, Trainer, Admin };

QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString& key);
QString roleName(Role role); ///< translated

struct User {
    QString uid;
    QString username;
    QString fullName;
    QString rank;
    Role role = Role::Writer;
    bool active = true;
    QDateTime createdAt;
    QString createdBy;

    /// Whether this user may register FIRs and receive complaints.
    bool canRegister() const { return role == Role::Sho || role == Role::Io || role == Role::Writer || role == Role::Trainer; }
    bool isAdmin() const { return role == Role::Admin; }
};

} // namespace thana::core
