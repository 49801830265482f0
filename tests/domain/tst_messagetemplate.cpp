// STUB: replaced by the real test
#include <QTest>
class Tst_messagetemplate : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_messagetemplate)
#include "tst_messagetemplate.moc"
