#include "SidebarPages.h"

#include "ThemedIcon.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

using namespace Qt::Literals::StringLiterals;

SidebarPages::SidebarPages(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setFixedWidth(190);
    m_sidebar->setBackgroundRole(QPalette::Window);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"pageStack"_s);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
}

void SidebarPages::addPage(const QString &icon, std::function<QString()> name, Build build,
                           LazyPage::Factory make)
{
    const int index = count();
    const QString text = name();
    const QIcon themedIcon = ThemedIcon::icon(icon);
    m_sidebar->addItem(new QListWidgetItem(themedIcon, text));
    m_stack->addWidget(build == Build::AtStart ? make(m_stack)
                                               : new LazyPage(std::move(make), m_stack));
    auto *action = new QAction(themedIcon, text, this);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(action, &QAction::triggered, this, [this, index] { setCurrentIndex(index); });
    m_actions << action;
    m_names << std::move(name);
}

int SidebarPages::count() const
{
    return m_stack->count();
}

int SidebarPages::currentIndex() const
{
    return m_stack->currentIndex();
}

void SidebarPages::setCurrentIndex(int index)
{
    m_sidebar->setCurrentRow(index);
}

QWidget *SidebarPages::page(int index)
{
    QWidget *host = m_stack->widget(index);
    if (auto *lazy = qobject_cast<LazyPage *>(host))
        return lazy->content();
    return host;
}

bool SidebarPages::isBuilt(int index) const
{
    const auto *lazy = qobject_cast<const LazyPage *>(m_stack->widget(index));
    return !lazy || lazy->isBuilt();
}

void SidebarPages::setSidebarAccessibleName(const QString &name)
{
    m_sidebar->setAccessibleName(name);
}

void SidebarPages::retranslateUi()
{
    for (int i = 0; i < m_names.size(); ++i) {
        const QString name = m_names.at(i)();
        m_sidebar->item(i)->setText(name);
        m_actions.at(i)->setText(name);
    }
}

void SidebarPages::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
