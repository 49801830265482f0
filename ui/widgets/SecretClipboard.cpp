#include "SecretClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTimer>

SecretClipboard::SecretClipboard(QObject *parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(ClearAfterMs);
    connect(m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfUnchanged);
}

SecretClipboard::~SecretClipboard()
{
    if (holdsSecret())
        QGuiApplication::clipboard()->clear();
}

void SecretClipboard::copy(const QString &text)
{
    m_copied = text;
    QGuiApplication::clipboard()->setText(text);
    m_timer->start();
}

bool SecretClipboard::holdsSecret() const
{
    return !m_copied.isEmpty() && QGuiApplication::clipboard()->text() == m_copied;
}

void SecretClipboard::setClearAfter(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void SecretClipboard::clearIfUnchanged()
{
    // Something the user copied since is theirs: leave it.
    const bool still = holdsSecret();
    m_copied.clear();
    if (!still)
        return;
    QGuiApplication::clipboard()->clear();
    emit cleared();
}
