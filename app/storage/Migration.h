#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One step of the database schema. Steps are applied in ascending version order, each
// exactly once, all pending steps in one transaction; a step is never edited once released:
// a change to the schema is a new step with the next version.
struct Migration {
    int version = 0;
    QString description; // recorded in schema_version, for people reading the file
    QStringList statements; // executed in order
};
