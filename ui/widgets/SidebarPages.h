#pragma once

#include "LazyPage.h"

#include <QWidget>

#include <functional>

class QAction;
class QListWidget;
class QStackedWidget;

// Pages picked from a sidebar, like the dashboard's (after KDE's KPageWidget): each page has an
// icon, a name in the current language and an action for a View menu (Ctrl+1 for the first,
// Ctrl+2, …), all in the order the pages were added. A page is built at once or, as a
// LazyPage, the first time it is shown or asked for.
class SidebarPages : public QWidget
{
    Q_OBJECT

public:
    enum class Build { AtStart, OnFirstView };

    explicit SidebarPages(QWidget *parent = nullptr);

    void addPage(const QString &icon, std::function<QString()> name, Build build,
                 LazyPage::Factory make);
    int count() const;
    int currentIndex() const;
    void setCurrentIndex(int index);
    QWidget *page(int index); // builds a lazy page
    bool isBuilt(int index) const;
    QList<QAction *> pageActions() const { return m_actions; }
    void setSidebarAccessibleName(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<std::function<QString()>> m_names;
    QList<QAction *> m_actions;
};
