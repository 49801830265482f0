#pragma once

#include "TransactionRow.h"

#include <QList>

struct TransactionPage {
    QList<TransactionRow> rows;
    qint64 total = 0; // rows matching the filters, all pages; -1: not counted (countTotal)
};
