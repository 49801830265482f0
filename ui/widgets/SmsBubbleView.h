#pragma once

#include <QWidget>

// A phone-like screen with one incoming SMS bubble, drawn with the palette's colours so it
// reads well in light and dark themes.
class SmsBubbleView : public QWidget
{
    Q_OBJECT

public:
    explicit SmsBubbleView(QWidget *parent = nullptr);

    void setMessage(const QString &sender, const QString &text);
    QString text() const { return m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_sender;
    QString m_text;
};
