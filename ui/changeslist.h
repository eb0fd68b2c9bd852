// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timedchanges.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace lle {

class SimulationController;

/// The run's timed changes, one row per setting (time, setting, old → new), with Delete and
/// Move to playhead. A slider moved during playback appears here as the change it became. It
/// edits the scenario through the controller, which recomputes the run; the playhead stays.
class ChangesList : public QWidget {
    Q_OBJECT
public:
    explicit ChangesList(SimulationController *controller, QWidget *parent = nullptr);
    /// The rows shown, in time order.
    const std::vector<TimedChangeRow> &rows() const { return m_rows; }
    QTreeWidget *tree() const { return m_tree; }
    /// The text of row `i`'s columns (time, setting, old → new).
    QStringList rowText(int i) const;

public slots:
    void deleteSelected();
    void moveSelectedToPlayhead();

signals:
    /// The list went from empty to not empty (the window shows its dock then).
    void firstChangeAppeared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void updateButtons();
    int selectedRow() const;

    SimulationController *m_controller;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_move = nullptr;
    TimedChangeTable m_table;   ///< works out only the changes appended since the last refresh
    std::vector<TimedChangeRow> m_rows;
};

}  // namespace lle
