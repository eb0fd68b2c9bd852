// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvformat.h"

#include <charconv>
#include <cmath>

namespace lle::csv {

void appendField(std::string &out, std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(text);
        return;
    }
    out.push_back('"');
    for (const char c : text) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

void appendUInt(std::string &out, std::uint64_t value)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, r.ptr);
}

void appendDecimal(std::string &out, double value, int maxDecimals)
{
    if (!std::isfinite(value))
        return;
    // std::to_chars never consults the C or Qt locale, unlike printf and QString::number with a
    // QLocale. 350 characters hold any double in fixed notation.
    char buf[350];
    const auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, maxDecimals);
    char *end = r.ptr;
    if (maxDecimals > 0) {
        while (end[-1] == '0')
            --end;
        if (end[-1] == '.')
            --end;
    }
    // A negative value that rounds to zero prints as "-0".
    if (end - buf == 2 && buf[0] == '-' && buf[1] == '0')
        out.push_back('0');
    else
        out.append(buf, end);
}

void appendMs(std::string &out, double ms) { appendDecimal(out, ms, 3); }

void appendMoney(std::string &out, double usd)
{
    if (!std::isfinite(usd))
        return;
    if (usd == 0) {
        out.push_back('0');
        return;
    }
    // Round to 10 significant digits through their decimal text, then print the shortest fixed
    // notation that reads back as that double: it never has more than those 10 digits.
    char buf[350];
    auto r = std::to_chars(buf, buf + sizeof buf, usd, std::chars_format::scientific, 9);
    double rounded = 0;
    std::from_chars(buf, r.ptr, rounded, std::chars_format::scientific);
    r = std::to_chars(buf, buf + sizeof buf, rounded, std::chars_format::fixed);
    out.append(buf, r.ptr);
}

std::string field(std::string_view text)
{
    std::string s;
    appendField(s, text);
    return s;
}

std::string decimal(double value, int maxDecimals)
{
    std::string s;
    appendDecimal(s, value, maxDecimals);
    return s;
}

std::string ms(double ms)
{
    std::string s;
    appendMs(s, ms);
    return s;
}

std::string money(double usd)
{
    std::string s;
    appendMoney(s, usd);
    return s;
}

}  // namespace lle::csv
