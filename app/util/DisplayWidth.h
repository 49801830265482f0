#pragma once

#include <QString>
#include <QStringView>

// How many terminal columns a text takes, for tables printed in a fixed-width font (otpctl).
// Characters are not columns: Thai vowel and tone marks above and below a consonant (and other
// combining marks, zero-width spaces and joiners) take none, East Asian wide characters and
// emoji take two. The rules of wcwidth(), without depending on the C library's locale.
class DisplayWidth
{
public:
    static qsizetype of(QStringView text);
    // text followed by spaces up to width columns (nothing added when it is wider already).
    static QString padded(const QString &text, qsizetype width);

private:
    static int ofCodePoint(char32_t codePoint);
};
