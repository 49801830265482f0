// The trusted IP ranges of an app (typed, or read from an apps file): the whole input is the
// text, one entry per line. What the parser keeps is normalised: reading it again changes
// nothing and finds no error.
#include "FuzzTarget.h"
#include "domain/IpRangeList.h"

#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

void fuzzIpRanges(QByteArrayView data)
{
    const IpRangeList::ParseResult parsed = IpRangeList::parse(QString::fromUtf8(data));
    const QStringList kept = parsed.list.toStringList();
    fuzzRequire(kept.size() <= IpRangeList::MaxEntries, "at most MaxEntries ranges are kept");

    const IpRangeList::ParseResult again = IpRangeList::parse(kept);
    fuzzRequire(!hasErrors(again.issues), "the kept ranges parse without error");
    fuzzRequire(again.list.toStringList() == kept, "the kept ranges are already normalised");

    for (const QString &address : {u"127.0.0.1"_s, u"::1"_s, u"203.0.113.7"_s}) {
        const bool contained = parsed.list.contains(QHostAddress(address));
        fuzzRequire(contained == again.list.contains(QHostAddress(address)),
                    "the normalised list admits the same addresses");
    }
}
