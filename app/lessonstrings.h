// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lle {

/// The lesson texts (source language) as lessonstrings.cpp lists them for lupdate.
int lessonStringCount();
const char *lessonString(int i);

}  // namespace lle
