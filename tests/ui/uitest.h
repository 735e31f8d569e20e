#pragma once

// Driving the real widgets as an officer does: waiting for a dialog to come up and be
// active, and typing into a field.

#include "core/database.h"
#include "core/station.h"
#include "core/stationrepository.h"
#include "core/user.h"
#include "core/userrepository.h"

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

namespace thana::uitest {

template<typename T>
T* activeModal()
{
    return qobject_cast<T*>(QApplication::activeModalWidget());
}

// Runs `step` on the modal dialog of type T as soon as it is shown and active: the
// platform activates a window asynchronously, and until it has, the dialog's shortcuts
// (Ctrl+K, Return) would go nowhere, as they would for an officer.
template<typename T>
void whenModal(std::function<void(T*)> step)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, step] {
        if (T* dialog = activeModal<T>(); dialog && QApplication::activeWindow() == dialog) {
            timer->stop();
            timer->deleteLater();
            step(dialog);
        }
    });
    timer->start();
}

// Types like a keyboard: Latin keys as key presses, Devanagari as the text an
// input method delivers.
inline void type(QWidget* w, const QString& text)
{
    w->setFocus();
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(w, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// The station a walk runs in, in Pune City: Shivajinagar unless named otherwise.
inline core::Station createStation(core::Database& db, const QString& code = QStringLiteral("MH-PUN-0421"),
                                   const QString& nameEn = QStringLiteral("Shivajinagar"), const QString& nameLocal = QStringLiteral("शिवाजीनगर"))
{
    core::Station s;
    s.stateCode = QStringLiteral("MH");
    s.stateName = QStringLiteral("Maharashtra");
    s.districtCode = QStringLiteral("PUN");
    s.districtName = QStringLiteral("Pune City");
    s.code = code;
    s.nameEn = nameEn;
    s.nameLocal = nameLocal;
    s.language = QStringLiteral("mr");
    auto station = core::StationRepository(db).create(s);
    if (!station)
        qFatal("%s", qPrintable(station.error().describe()));
    return *station;
}

// An account of the station, made by `by` (the first, the administrator, by no one).
inline core::User addOfficer(core::Database& db, const QString& username, const QString& fullName, core::Role role, const QString& password,
                             const std::optional<core::User>& by, const QString& rank = {})
{
    core::User u;
    u.username = username;
    u.fullName = fullName;
    u.rank = rank;
    u.role = role;
    auto made = core::UserRepository(db).create(u, password, by);
    if (!made)
        qFatal("%s", qPrintable(made.error().describe()));
    return *made;
}

} // namespace thana::uitest
