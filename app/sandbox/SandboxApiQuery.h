#pragma once

#include "SandboxMessageFilter.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QUrlQuery>

// The query parameters of the control API's message routes, read and checked; each error is a
// translated sentence naming the parameter (answered as 400 bad_parameter).
class SandboxApiQuery
{
    Q_DECLARE_TR_FUNCTIONS(SandboxApiQuery)

public:
    static constexpr int DefaultLimit = 50;
    static constexpr int MaxLimit = 1000;
    static constexpr int MaxWaitSeconds = 60;

    struct Paging {
        int start = 0;
        int limit = DefaultLimit;
    };

    explicit SandboxApiQuery(const QUrlQuery &query) : m_query(query) { }

    // msisdn (any form Msisdn::parse takes), app (name or key), state (a state id).
    Result<SandboxMessageFilter> filter() const;
    // msisdn and app, and after: a message id or an ISO-8601 time (without an offset: UTC).
    Result<SandboxMessageFilter> latestFilter() const;
    // start (default 0), limit (default 50, at most 1000).
    Result<Paging> paging() const;
    // wait: seconds from 0 to 60, fractions allowed; in milliseconds.
    Result<int> waitMs() const;

private:
    Result<SandboxMessageFilter> numberAndApp() const;
    QString value(const QString &name) const;
    bool has(const QString &name) const { return m_query.hasQueryItem(name); }

    QUrlQuery m_query;
};
