#pragma once

#include "domain/ValidationIssue.h"

#include <QLabel>

// The line under a form field that shows its validation issues: errors in the palette's
// error colour, warnings in the warning colour, hidden when there is nothing to say. At most
// MaxShownIssues are listed, then how many more, so a field never floods the form.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    static constexpr int MaxShownIssues = 3;

    explicit FieldMessage(QWidget *parent = nullptr);

    void setIssues(const ValidationIssues &issues);
    void clearIssues() { setIssues({}); }
    bool showsError() const { return m_showsError; }
    // Keeps one line of room while hidden, so the fields below do not move when a one-line
    // message appears. Off for a field that is not shown at all.
    void setReservesLine(bool reserves);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();
    int oneLineHeight() const;
    void applyReservedHeight();

    ValidationIssues m_issues;
    bool m_showsError = false;
    bool m_reservesLine = false;
};
