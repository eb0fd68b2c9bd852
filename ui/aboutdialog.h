// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace lle {

/// Help → About: the program's version, commit and licence, every third-party component with its
/// licence, and the model reference's date and sources — all from lle::aboutInfo(), so the dialog,
/// --version and the package's copyright file say the same.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

}  // namespace lle
