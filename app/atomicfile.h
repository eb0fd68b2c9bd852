// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string_view>

namespace lle {

/// Writes `bytes` to `path` whole or not at all (QSaveFile: a temporary name, then a rename).
/// On failure returns false with `error` = "PATH: cannot be written (why)" and leaves nothing.
bool writeFileAtomically(const QString &path, std::string_view bytes, QString *error = nullptr);

}  // namespace lle
