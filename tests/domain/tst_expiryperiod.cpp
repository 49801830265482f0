// STUB: replaced by the real test
#include <QTest>
class Tst_expiryperiod : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_expiryperiod)
#include "tst_expiryperiod.moc"
