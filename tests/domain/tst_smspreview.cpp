// STUB: replaced by the real test
#include <QTest>
class Tst_smspreview : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_smspreview)
#include "tst_smspreview.moc"
