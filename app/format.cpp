// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <algorithm>
#include <cmath>

namespace lle {

QString Format::ms(double ms, const QLocale &loc)
{
    if (!std::isfinite(ms)) return QStringLiteral("–");
    const double a = std::abs(ms);
    if (a < 1) return tr("%1 ms").arg(loc.toString(ms, 'f', 2));
    if (a < 1000) return tr("%1 ms").arg(loc.toString(ms, 'f', a < 10 ? 1 : 0));
    if (a < 60'000) return tr("%1 s").arg(loc.toString(ms / 1000.0, 'f', a < 10'000 ? 2 : 1));
    if (a < 3'600'000) return tr("%1 min").arg(loc.toString(ms / 60'000.0, 'f', 1));
    return tr("%1 h").arg(loc.toString(ms / 3'600'000.0, 'f', 1));
}

QString Format::usd(double usd, const QLocale &loc)
{
    const double a = std::abs(usd);
    int decimals = 2;
    if (a > 0 && a < 0.01) decimals = 6;
    else if (a < 1) decimals = 4;
    // The sign before the dollar ("-$3.50"), as the report writes it.
    return (usd < 0 ? loc.negativeSign() : QString()) + QLatin1Char('$') + loc.toString(a, 'f', decimals);
}

QString Format::count(std::uint64_t n, const QLocale &loc)
{
    return loc.toString(static_cast<qulonglong>(n));
}

QString Format::number(double v, int maxDecimals, const QLocale &loc)
{
    QString s = loc.toString(v, 'f', maxDecimals);
    if (maxDecimals > 0 && s.contains(loc.decimalPoint())) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(loc.decimalPoint()))
            s.chop(loc.decimalPoint().size());
    }
    return s;
}

QString Format::simTime(double ms)
{
    const auto total = static_cast<long long>(std::floor(std::max(0.0, ms)));
    const long long h = total / 3'600'000, m = total / 60'000 % 60, s = total / 1000 % 60, f = total % 1000;
    if (h > 0)
        return QStringLiteral("%1:%2:%3.%4").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'))
            .arg(f / 100);
    return QStringLiteral("%1:%2.%3").arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'))
        .arg(f, 3, 10, QLatin1Char('0'));
}

QString Format::runTime(double ms, const QLocale &loc)
{
    if (ms < 60'000)
        return tr("%1 s").arg(loc.toString(ms / 1000.0, 'f', 1));
    const qint64 s = static_cast<qint64>(std::floor(ms / 1000.0));
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString Format::tableMs(double v, const QLocale &loc)
{
    if (v >= 10'000)
        return tr("%1 s").arg(loc.toString(v / 1000.0, 'f', 1));
    return tr("%1 ms").arg(loc.toString(v, 'f', v < 100 ? 1 : 0));
}

QString Format::tableUsd(double v, const QLocale &loc)
{
    const double a = std::abs(v);
    QString text;
    if (a == 0 || a >= 1) {
        text = loc.toString(a == 0 ? 0.0 : v, 'f', 2);
    } else {
        const int decimals = std::clamp(3 - static_cast<int>(std::floor(std::log10(a))), 2, 10);
        text = loc.toString(v, 'f', decimals);
    }
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(loc.negativeSign()))
        return loc.negativeSign() + QLatin1Char('$') + text.mid(1);
    return QLatin1Char('$') + text;
}

QString Format::runLength(double s, const QLocale &loc)
{
    if (s >= 2 * 86400)
        return tr("%1 days").arg(number(s / 86400, 2, loc));
    if (s >= 2 * 3600)
        return tr("%1 h").arg(number(s / 3600, 2, loc));
    if (s >= 120)
        return tr("%1 min").arg(number(s / 60, 2, loc));
    return tr("%1 s").arg(number(s, 3, loc));
}

}  // namespace lle
