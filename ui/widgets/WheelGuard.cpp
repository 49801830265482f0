#include "WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QScrollBar>
#include <QWheelEvent>

void WheelGuard::protect(QWidget *root)
{
    if (root->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    auto *guard = new WheelGuard(root);
    QList<QWidget *> fields;
    for (QAbstractSpinBox *box : root->findChildren<QAbstractSpinBox *>())
        fields << box;
    for (QComboBox *box : root->findChildren<QComboBox *>())
        fields << box;
    for (QWidget *field : fields) {
        field->setFocusPolicy(Qt::StrongFocus); // not by the wheel: that would be the same slip
        field->installEventFilter(guard);
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    auto *field = qobject_cast<QWidget *>(watched);
    if (event->type() != QEvent::Wheel || !field || field->hasFocus())
        return QObject::eventFilter(watched, event);
    // The nearest scroll area around the field scrolls instead; with none, the wheel is dropped.
    for (QWidget *w = field->parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
            QScrollBar *bar = static_cast<QWheelEvent *>(event)->angleDelta().x() != 0
                    && static_cast<QWheelEvent *>(event)->angleDelta().y() == 0
                ? area->horizontalScrollBar()
                : area->verticalScrollBar();
            QCoreApplication::sendEvent(bar, event);
            break;
        }
    }
    return true;
}
