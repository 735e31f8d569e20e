#pragma once

// Driving the real widgets as an officer does: waiting for a dialog to come up and be
// active, and typing into a field.

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

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

} // namespace thana::uitest
