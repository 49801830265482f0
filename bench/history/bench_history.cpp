// Timings of the history and the inbox on a large store (bench_history_fill): opening the test
// console with the first page of history, a search over every stored call, the model work per
// new call, the inbox's first page and one state change. Each figure is the median of REPEATS
// runs in this process. Goals: first page < 100 ms, search < 150 ms, < 1 ms per new row.
// Usage: bench_history DATA_DIR [REPEATS]   (QT_QPA_PLATFORM=offscreen needs no display)
#include "BenchServices.h"
#include "models/HistoryModel.h"
#include "models/InboxModel.h"
#include "pages/InboxPage.h"
#include "pages/TestConsolePage.h"
#include "storage/ExchangeRepository.h"
#include "storage/InboxRepository.h"
#include "widgets/HistoryPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at(samples.size() / 2);
}

void report(const char *what, const QList<double> &ms, const char *goal = "")
{
    std::printf("%-52s %9.3f ms  [%.3f-%.3f]%s\n", what, median(ms),
                *std::min_element(ms.cbegin(), ms.cend()),
                *std::max_element(ms.cbegin(), ms.cend()), goal);
    std::fflush(stdout);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// From construction to the first paint of a table in it: what the user waits for.
template<typename Page> double openPage(BenchServices &services, const QString &tableName)
{
    QElapsedTimer timer;
    timer.start();
    Page page(services.context());
    page.resize(1200, 800);
    page.show();
    auto *table = page.template findChild<QTableView *>(tableName);
    bool painted = false;
    struct PaintSpy : QObject {
        bool *seen;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                *seen = true;
            return false;
        }
    } spy;
    spy.seen = &painted;
    table->viewport()->installEventFilter(&spy);
    while (!painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double ms = msSince(timer);
    table->viewport()->removeEventFilter(&spy);
    return ms;
}

QList<double> repeat(int times, const std::function<double()> &run)
{
    QList<double> samples;
    for (int i = 0; i < times; ++i)
        samples << run();
    return samples;
}

double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return msSince(timer);
}

StoredExchange newCall(ExchangeRepository &history, int i)
{
    ExchangeFilter newest;
    newest.limit = 1;
    StoredExchange call = history.list(newest).constFirst(); // a realistic record to store again
    call.startedAt = QDateTime::currentDateTimeUtc().addMSecs(i);
    return *history.find(history.append(call).value);
}

void benchHistory(BenchServices &services, int repeats)
{
    ExchangeRepository &history = services.workspace().exchanges();
    std::printf("history: %lld calls\n", history.count());
    report("history first page (HistoryModel, 200 rows)",
           repeat(repeats, [&] { return timed([&] { HistoryModel model(history); }); }),
           "  goal < 100");
    report("test console opened, first page painted",
           repeat(repeats, [&] { return openPage<TestConsolePage>(services, u"historyTable"_s); }),
           "  goal < 100");
    HistoryModel model(history);
    const auto search = [&](const QString &text) {
        return repeat(repeats, [&] {
            model.setQuery(QString());
            return timed([&] { model.setQuery(text); });
        });
    };
    report("search, no match (scans all calls)", search(u"no such text"_s), "  goal < 150");
    report("search, a phone number typed as shown (0812…)", search(u"0812345"_s), "  goal < 150");
    report("search, an app name (first page fills early)", search(u"shopdee"_s), "  goal < 150");
    model.setQuery(QString());
}

void benchNewRows(BenchServices &services, int count)
{
    ExchangeRepository &history = services.workspace().exchanges();
    QSqlQuery query(services.workspace().database().connection());
    query.exec(u"SELECT MAX(id) FROM exchanges"_s);
    query.next();
    const qint64 lastId = query.value(0).toLongLong();

    QList<double> append, model, page, searched;
    HistoryModel bare(history);
    HistoryModel filtered(history);
    filtered.setQuery(u"shopdee"_s);
    HistoryPanel panel(history); // the table as the console shows it
    panel.resize(1200, 500);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel))
        std::fprintf(stderr, "the history panel was not shown\n");
    for (int i = 0; i < count; ++i) {
        StoredExchange call;
        append << timed([&] { call = newCall(history, i); });
        model << timed([&] { bare.addCall(call); });
        searched << timed([&] { filtered.addCall(call); });
        page << timed([&] {
            panel.addCall(call);
            QCoreApplication::processEvents(); // the view's layout and paint of the new row
        });
    }
    report("new call: append + read back (disk commit)", append);
    report("new call: HistoryModel::addCall", model, "  goal < 1");
    report("new call: HistoryModel::addCall, search active", searched, "  goal < 1");
    report("new call: HistoryPanel::addCall, view updated", page);
    query.exec(u"DELETE FROM exchanges WHERE id > %1"_s.arg(lastId)); // leave the store as it was
}

void benchInbox(BenchServices &services, int repeats)
{
    InboxRepository &inbox = services.workspace().inbox();
    std::printf("inbox: %lld messages\n", inbox.count());
    report("inbox first page (InboxModel, 200 rows)",
           repeat(repeats, [&] { return timed([&] { InboxModel model(inbox); }); }),
           "  goal < 100");
    report("inbox page opened, first page painted",
           repeat(repeats, [&] { return openPage<InboxPage>(services, u"inboxTable"_s); }),
           "  goal < 100");
    InboxModel model(inbox);
    QTableView view;
    view.setModel(&model);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        std::fprintf(stderr, "the inbox table was not shown\n");
    QList<double> changes, writes;
    for (int i = 0; i < repeats * 10; ++i) {
        const QModelIndex row = model.index(i % model.rowCount(), 0);
        const qint64 id = row.data(InboxModel::MessageIdRole).toLongLong();
        const OtpMessage::State was = inbox.find(id)->state;
        const auto state = was == OtpMessage::State::Verified ? OtpMessage::State::Burned
                                                              : OtpMessage::State::Verified;
        writes << timed([&] { (void)inbox.updateState(id, state); });
        changes << timed([&] { model.setState(id, state); });
        (void)inbox.updateState(id, was); // leave the store as it was
    }
    report("state change: InboxRepository::updateState (disk)", writes);
    report("state change: InboxModel::setState", changes, "  goal < 1");
}

} // namespace

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_history DATA_DIR [REPEATS]\n");
        return 2;
    }
    const int repeats = argc > 2 ? QByteArray(argv[2]).toInt() : 11;
    BenchServices services;
    if (!services.open(QString::fromLocal8Bit(argv[1])))
        return 1;
    benchHistory(services, repeats);
    benchNewRows(services, 200);
    benchInbox(services, repeats);
    return 0;
}
