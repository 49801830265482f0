#pragma once

#include <QWidget>

// A phone-like screen with one incoming SMS bubble, drawn with the palette's colours so it
// reads well in light and dark themes.
class SmsBubbleView : public QWidget
{
    Q_OBJECT

public:
    explicit SmsBubbleView(QWidget *parent = nullptr);

    // Draws at most MaxDrawnCharacters of the text (more would not fit on the screen anyway):
    // laying out a pasted 400 KB template on every repaint would freeze the form.
    static constexpr int MaxDrawnCharacters = 1000;

    void setMessage(const QString &sender, const QString &text);
    QString text() const { return m_text; }
    QString drawnText() const { return m_drawnText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_sender;
    QString m_text;
    QString m_drawnText;
};
