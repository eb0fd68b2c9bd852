// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace lle {

/// Lays out a small settings dialog the way the export and clip dialogs look: the form, a hint line
/// below it, then OK (labelled `okText`, e.g. "Export…") and Cancel, which accept and reject.
/// Returns the buttons, for a caller that names Cancel too.
QDialogButtonBox *layOutFormDialog(QDialog *dialog, QFormLayout *form, QLabel *hint, const QString &okText);

}  // namespace lle
