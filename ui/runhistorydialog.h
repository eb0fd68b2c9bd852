// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lle {

class RunHistory;

/// Lab → Run history…: every configuration applied in the session with its name, time, what
/// changed and the figures of its run. One selected entry can be restored; two compared.
class RunHistoryDialog : public QDialog {
    Q_OBJECT
public:
    explicit RunHistoryDialog(RunHistory *history, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    /// The selected entries (0-based), ascending.
    QList<int> selectedEntries() const;

signals:
    /// Compare entries `a` and `b` (0-based, a < b).
    void compareRequested(int a, int b);

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    void fillRow(int index);
    void updateButtons();

    RunHistory *m_history;
    QTableWidget *m_table;
    QLabel *m_hint;
    QPushButton *m_restore, *m_compare, *m_close;
};

}  // namespace lle
