// STUB: replaced by the real test
#include <QTest>
class Tst_smscounter : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_smscounter)
#include "tst_smscounter.moc"
