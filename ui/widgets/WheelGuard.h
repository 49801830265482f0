#pragma once

#include <QObject>

class QWidget;

// Keeps the mouse wheel scrolling a page instead of changing the spin box or combo box that
// happens to pass under the pointer: in a scrolled form (Settings, the app editor), a wheel
// turn over one of them changed a saved setting or the number of digits. Such a field takes
// the wheel only once it has focus (a click or Tab gives it); until then the wheel scrolls the
// enclosing scroll area, as in most desktop applications.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Guards every spin box and combo box inside root (present now), once.
    static void protect(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent) : QObject(parent) { }
};
