#pragma once

#include "Migration.h"

#include <QList>

// The ordered list of every released schema step. To change the schema, append a Migration
// with version = last + 1; Database::latestVersion() follows.
class SchemaMigrations
{
public:
    static QList<Migration> all();
};
