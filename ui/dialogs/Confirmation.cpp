#include "Confirmation.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

bool Confirmation::ask(QWidget *parent, const QString &title, const QString &text,
                       const QString &acceptText, Kind kind, const QString &rejectText)
{
    QMessageBox box(parent);
    box.setWindowTitle(title);
    box.setText(text);
    box.setIcon(kind == Kind::Destructive ? QMessageBox::Warning : QMessageBox::Question);
    box.setWindowModality(Qt::WindowModal);
    QPushButton *accept = box.addButton(acceptText,
                                        kind == Kind::Destructive ? QMessageBox::DestructiveRole
                                                                  : QMessageBox::AcceptRole);
    accept->setObjectName(u"acceptButton"_s);
    QPushButton *reject
        = box.addButton(rejectText.isEmpty() ? tr("Cancel") : rejectText, QMessageBox::RejectRole);
    reject->setObjectName(u"rejectButton"_s);
    // A destructive action is never the default: Enter must not delete by accident.
    box.setDefaultButton(kind == Kind::Destructive ? reject : accept);
    box.setEscapeButton(reject);
    box.exec();
    return box.clickedButton() == accept;
}
