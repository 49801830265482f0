// LazyPage: the main window's pages other than the first are built when first shown or asked
// for, once, and fill their place in the stack.
#include "widgets/LazyPage.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestLazyPage : public QObject
{
    Q_OBJECT

private slots:
    void builtWhenShownOnce();
    void builtWhenAskedFor();
};

void TestLazyPage::builtWhenShownOnce()
{
    QStackedWidget stack;
    int built = 0;
    stack.addWidget(new QLabel(u"first"_s));
    auto *page = new LazyPage(
        [&built](QWidget *host) {
            ++built;
            return new QLabel(u"second"_s, host);
        },
        &stack);
    stack.addWidget(page);
    stack.resize(300, 200);
    stack.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stack));
    QCOMPARE(built, 0);
    QVERIFY(!page->isBuilt());

    stack.setCurrentWidget(page);
    QCOMPARE(built, 1);
    QVERIFY(page->isBuilt());
    auto *label = qobject_cast<QLabel *>(page->content());
    QVERIFY(label);
    QCOMPARE(label->text(), u"second"_s);
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(label->size(), page->size()); // fills the page

    stack.setCurrentIndex(0);
    stack.setCurrentWidget(page);
    QCOMPARE(built, 1);
    QCOMPARE(page->content(), label);
}

void TestLazyPage::builtWhenAskedFor()
{
    int built = 0;
    LazyPage page([&built](QWidget *host) {
        ++built;
        return new QWidget(host);
    });
    QWidget *content = page.content();
    QVERIFY(content);
    QCOMPARE(content->parentWidget(), &page);
    QCOMPARE(page.content(), content);
    QCOMPARE(built, 1);
}

QTEST_MAIN(TestLazyPage)
#include "tst_lazypage.moc"
