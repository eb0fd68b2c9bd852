// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QAction;
class QTableWidget;

namespace lle {

/// One line of the shortcuts table.
struct ShortcutRow {
    QString keys;     ///< "Ctrl+O", in the platform's spelling
    QString action;   ///< "Open scenario" (the action's text without & and …)
};

/// The shortcuts of every QAction a window holds (its own, its menus', and those of objects it
/// owns), read at the moment of asking, so that the list cannot drift from the menus. Sorted by
/// menu order; an action reachable twice is listed once.
QList<ShortcutRow> windowShortcuts(QWidget *window);

/// Help → Keyboard shortcuts: windowShortcuts() plus the mouse gestures no action carries.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

}  // namespace lle
