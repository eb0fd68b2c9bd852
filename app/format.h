// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <cstdint>

namespace lle {

/// How every layer writes a number for a person: durations, dollars, counts and clock times, in a
/// locale (the current one unless told; the report passes its own). Texts in the "Format" context.
/// Two families, because they are read differently: a readout (the window, a sentence) picks the
/// unit that keeps the figure short; a table (the report) keeps one unit down a column so that
/// rows compare.
class Format {
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    /// A readout duration: "0.35 ms", "4.2 ms", "120 ms", "1.25 s", "12.5 s", "2.5 min", "1.5 h"; "–"
    /// for infinity or NaN.
    static QString ms(double ms, const QLocale &locale = QLocale());
    /// A readout amount: cents from $1, four decimals below, six below a cent ("$0.000042"); the sign
    /// before the dollar.
    static QString usd(double usd, const QLocale &locale = QLocale());
    /// A count with the locale's thousands separators ("12,345").
    static QString count(std::uint64_t n, const QLocale &locale = QLocale());
    /// A plain number without trailing zeros, at most `maxDecimals` of them: 0.5, 600, 1,024.
    static QString number(double v, int maxDecimals, const QLocale &locale = QLocale());

    /// The playhead's clock: "01:05.250", "1:02:03.4" from one hour (no locale: a clock).
    static QString simTime(double ms);
    /// A moment of a run in a sentence: "1.5 s" below a minute, then "2:05" and "1:02:03".
    static QString runTime(double ms, const QLocale &locale = QLocale());

    /// A table's duration: one decimal below 100 ms, whole milliseconds to 10 s, then seconds with
    /// one decimal.
    static QString tableMs(double ms, const QLocale &locale);
    /// A table's amount: cents from $1 and for zero; below $1 four significant digits (at least two
    /// decimals), so that a short run's small lines are not all $0.00. The sign before the $.
    static QString tableUsd(double usd, const QLocale &locale);
    /// A length of run in seconds: "45 s", "2.5 min" from 2 min, "3 h" from 2 h, "7 days" from 2 days.
    static QString runLength(double seconds, const QLocale &locale);
};

}  // namespace lle
