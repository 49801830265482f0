#pragma once

#include "domain/ValidationIssue.h"

#include <QLabel>

// The line under a form field that shows its validation issues: errors in the palette's
// error colour, warnings in the warning colour, hidden when there is nothing to say.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget *parent = nullptr);

    void setIssues(const ValidationIssues &issues);
    void clearIssues() { setIssues({}); }
    bool showsError() const { return m_showsError; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();

    bool m_showsError = false;
};
