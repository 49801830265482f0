#include "PageTitle.h"

PageTitle::PageTitle(QWidget *parent) : QLabel(parent)
{
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    setFont(titleFont);
}
