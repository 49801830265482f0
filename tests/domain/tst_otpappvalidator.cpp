// STUB: replaced by the real test
#include <QTest>
class Tst_otpappvalidator : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_otpappvalidator)
#include "tst_otpappvalidator.moc"
