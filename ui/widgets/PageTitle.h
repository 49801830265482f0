#pragma once

#include <QLabel>

// The heading at the top of a page or form: the label font, bold and 1.3 times larger.
class PageTitle : public QLabel
{
    Q_OBJECT

public:
    explicit PageTitle(QWidget *parent = nullptr);
};
