// STUB: replaced by the real test
#include <QTest>
class Tst_errordecoder : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_errordecoder)
#include "tst_errordecoder.moc"
