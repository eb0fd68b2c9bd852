// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The output files' CSV as the tests read it: a header and rows split at commas (the files hold
// ids, numbers and enum words only, no quoted fields).

#include <QByteArray>
#include <QList>

namespace lle::testing {

struct Csv {
    QList<QByteArray> header;
    QList<QList<QByteArray>> rows;
    int column(const char *name) const { return static_cast<int>(header.indexOf(QByteArray(name))); }
};

inline Csv parseCsv(const QByteArray &text)
{
    Csv csv;
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return csv;
    csv.header = lines.takeFirst().split(',');
    for (const QByteArray &line : lines)
        csv.rows.append(line.split(','));
    return csv;
}

}  // namespace lle::testing
