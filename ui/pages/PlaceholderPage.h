#pragma once

#include <QWidget>

#include <functional>

class QLabel;

// A page that says what it will hold, until the issue that fills it lands.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    // text: returns the translated description (called again on a language change).
    explicit PlaceholderPage(std::function<QString()> text, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::function<QString()> m_text;
    QLabel *m_label = nullptr;
};
