// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

// The blanks the readers of text input (sweep specifications, traces, logs) strip around a field:
// spaces and tabs only, so a stray CR or other control character stays visible in an error message.
namespace lle {

constexpr bool isBlank(char c) { return c == ' ' || c == '\t'; }

constexpr std::string_view trimBlanks(std::string_view s)
{
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

}  // namespace lle
