#pragma once

#include <QApplication>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

// Small helpers the GUI tests share: typing any text (Thai included) like a user, and
// answering the next modal message box by clicking one of its real buttons.
namespace GuiTest {

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

// QTest::keyClicks only knows Latin-1 keys; Thai characters arrive as key events that carry
// their text, as an input method delivers them.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80 && c != u'\n') {
            QTest::keyClick(widget, c.toLatin1());
        } else if (c == u'\n') {
            QTest::keyClick(widget, Qt::Key_Return);
        } else {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(widget, &press);
            QApplication::sendEvent(widget, &release);
        }
    }
}

// One notch of the mouse wheel over the widget's centre (up for a positive delta), as the
// window system delivers it.
inline void turnWheel(QWidget *widget, int delta)
{
    const QPointF centre = QRectF(widget->rect()).center();
    QWheelEvent event(centre, widget->mapToGlobal(centre), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

// Clicks the button with the given object name in the next modal message box.
inline void answerNextMessageBox(const QString &buttonName, bool *seen)
{
    QTimer::singleShot(0, [buttonName, seen] {
        QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        *seen = true;
        auto *button = box->findChild<QPushButton *>(buttonName);
        QVERIFY(button);
        button->click();
    });
}

} // namespace GuiTest
