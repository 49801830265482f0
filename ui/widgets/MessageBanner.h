#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// A strip across the top of a window that tells the user something about the whole app (after
// KeePassXC's MessageWidget): word-wrapped text on a background that says how serious it is,
// and an optional button for the one thing to do about it. Hidden until showMessage().
class MessageBanner : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    // Shows the banner; the button appears only with an actionText.
    void showMessage(Kind kind, const QString &text, const QString &actionText = QString());
    Kind kind() const { return m_kind; }
    QString text() const;
    QString actionText() const; // empty when there is no button

    // Object names for tests and accessibility tools: the banner's, its text's, its button's.
    void setObjectNames(const QString &banner, const QString &text, const QString &action);

    // The banner's background for a kind, derived from the palette it sits on.
    static QColor background(Kind kind, const QPalette &palette);

signals:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    Kind m_kind = Kind::Information;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    bool m_applyingColors = false;
};
