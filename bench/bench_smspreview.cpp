// STUB: replaced by the real benchmark
#include <QTest>
class Bench_SmsPreview : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Bench_SmsPreview)
#include "bench_smspreview.moc"
