// STUB: replaced by the real test
#include <QTest>
class Tst_msisdn : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_msisdn)
#include "tst_msisdn.moc"
