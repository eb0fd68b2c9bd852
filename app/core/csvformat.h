// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// CSV fields of every output file (the runner's, sweep.csv, calibration.csv) as contract §3 spells them: RFC 4180 quoting, '.' as the decimal point whatever the
// locale, times in milliseconds with at most 3 decimals, money with 10 significant digits.
// The append functions write into a row buffer without allocating per field: output files can
// have millions of rows.
namespace lle::csv {

/// Quotes when the field holds a comma, a double quote, CR or LF; doubles inner quotes.
void appendField(std::string &out, std::string_view text);
void appendUInt(std::string &out, std::uint64_t value);
/// At most `maxDecimals` decimals, trailing zeros and a trailing point trimmed (12.5, 100, -3.25);
/// never "-0". NaN and infinities give an empty field.
void appendDecimal(std::string &out, double value, int maxDecimals);
/// Milliseconds: appendDecimal with 3 decimals.
void appendMs(std::string &out, double ms);
/// Money: rounded to 10 significant digits, written in plain decimal notation (no exponent).
void appendMoney(std::string &out, double usd);

std::string field(std::string_view text);
std::string decimal(double value, int maxDecimals);
std::string ms(double ms);
std::string money(double usd);

}  // namespace lle::csv
