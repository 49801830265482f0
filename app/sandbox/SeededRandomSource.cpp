#include "SeededRandomSource.h"

void SeededRandomSource::fill(quint8 *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i)
        data[i] = quint8(m_generator.generate() & 0xff);
}
