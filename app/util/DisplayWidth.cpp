#include "DisplayWidth.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <utility>

namespace {
// East Asian Wide and Fullwidth blocks and the emoji planes: two columns in a terminal.
constexpr std::array<std::pair<char32_t, char32_t>, 12> WideRanges{{
    {0x1100, 0x115F}, // Hangul Jamo initials
    {0x2E80, 0x303E}, // CJK radicals, punctuation
    {0x3041, 0x33FF}, // kana, CJK compatibility
    {0x3400, 0x4DBF}, // CJK extension A
    {0x4E00, 0x9FFF}, // CJK unified ideographs
    {0xA000, 0xA4CF}, // Yi
    {0xAC00, 0xD7A3}, // Hangul syllables
    {0xF900, 0xFAFF}, // CJK compatibility ideographs
    {0xFE30, 0xFE4F}, // CJK compatibility forms
    {0xFF00, 0xFF60}, // fullwidth forms
    {0x1F300, 0x1FAFF}, // emoji and pictographs
    {0x20000, 0x3FFFD}, // CJK extensions B and later
}};
} // namespace

int DisplayWidth::ofCodePoint(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing: // Thai above/below vowels and tone marks, accents
    case QChar::Mark_Enclosing:
    case QChar::Other_Format: // zero-width space and joiners
    case QChar::Other_Control:
        return 0;
    default:
        break;
    }
    if (codePoint == 0x200B) // zero width space (a format character in older Unicode tables)
        return 0;
    const bool wide = std::any_of(WideRanges.begin(), WideRanges.end(), [codePoint](auto range) {
        return codePoint >= range.first && codePoint <= range.second;
    });
    return wide ? 2 : 1;
}

qsizetype DisplayWidth::of(QStringView text)
{
    qsizetype width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text.at(i);
        char32_t codePoint = unit.unicode();
        if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(unit, text.at(i + 1));
            ++i;
        }
        width += ofCodePoint(codePoint);
    }
    return width;
}

QString DisplayWidth::padded(const QString &text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - of(text)), u' ');
}
