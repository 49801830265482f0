// STUB: replaced by the real test
#include <QTest>
class Tst_iprangelist : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_iprangelist)
#include "tst_iprangelist.moc"
