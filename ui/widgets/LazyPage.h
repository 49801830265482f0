#pragma once

#include <QWidget>

#include <functional>

// A page of the main window that builds its content the first time it is shown or asked for,
// so start-up pays only for the page the user sees.
class LazyPage : public QWidget
{
    Q_OBJECT

public:
    using Factory = std::function<QWidget *(QWidget *host)>;

    explicit LazyPage(Factory factory, QWidget *parent = nullptr);

    QWidget *content(); // built on the first call
    bool isBuilt() const { return m_content != nullptr; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    Factory m_factory;
    QWidget *m_content = nullptr;
};
