// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string_view>

namespace lle {

/// Byte offset of the first `[` or `{` opened more than `maxDepth` levels deep (inside strings
/// skipped), or text.size() when there is none. nlohmann's parser recurses and builds every level
/// before it can tell the text is broken: readers check this first so hostile nesting gets a clear
/// message instead of a stack overflow or a gigabyte of memory.
inline std::size_t jsonNestingOverflow(std::string_view text, std::size_t maxDepth)
{
    std::size_t depth = 0;
    bool inString = false;
    bool escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return text.size();
}

}  // namespace lle
