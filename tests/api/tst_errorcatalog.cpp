// STUB: replaced by the real test
#include <QTest>
class Tst_errorcatalog : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_errorcatalog)
#include "tst_errorcatalog.moc"
