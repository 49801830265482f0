#pragma once

#include <QStyledItemDelegate>

// Draws an SMS text with its OTP code in bold, so the code stands out in the inbox.
class CodeHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    CodeHighlightDelegate(int codeRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_codeRole;
};
