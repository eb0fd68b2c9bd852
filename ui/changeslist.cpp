// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeslist.h"

#include "format.h"
#include "simulationcontroller.h"
#include "vocabulary.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lle {

namespace {

/// The setting's name (column 1) wraps between words, in rows as tall as the wrapped text:
/// QTreeView asks a delegate for a row's height without the column's width, so a wrapped name
/// would be cut to its first line. Times and values never wrap ("10/s → 60/s" stays whole).
class WrappingDelegate : public QStyledItemDelegate {
public:
    static constexpr int kWrappedColumn = 1;
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // The view asks again for every row at each layout pass, and the list is laid out anew at
        // every change of the scenario: measured once per text, column, width and font (each
        // measure shapes the text; 50 changes took 30 ms of the UI thread per slider move).
        if (option.font != m_font) {   // a new font (presentation mode): every size anew
            m_sizes.clear();
            m_font = option.font;
        }
        const int width = index.column() == kWrappedColumn ? m_view->columnWidth(index.column()) : -1;
        const QString key = index.data(Qt::DisplayRole).toString() + QChar(0x1F) + QString::number(index.column())
                            + QChar(0x1F) + QString::number(width);
        if (const auto it = m_sizes.constFind(key); it != m_sizes.constEnd())
            return *it;
        QStyleOptionViewItem opt = option;
        // A valid rectangle: the style wraps only within one (its height does not matter).
        if (index.column() == kWrappedColumn)
            opt.rect = QRect(0, 0, width, 1);
        const QSize size = QStyledItemDelegate::sizeHint(opt, index);
        if (m_sizes.size() > 4096)   // widths a dragged dock went through
            m_sizes.clear();
        m_sizes.insert(key, size);
        return size;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != kWrappedColumn)
            option->features &= ~QStyleOptionViewItem::WrapText;
    }

private:
    QTreeView *m_view;
    mutable QHash<QString, QSize> m_sizes;   ///< by text, column and width, in m_font
    mutable QFont m_font;
};

}  // namespace

ChangesList::ChangesList(SimulationController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("changesList"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("changesTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setColumnCount(3);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    // The dock is narrow beside the lesson panel (about 270 px at 1280×720): time and values keep
    // their width, the setting's name takes the rest and wraps between words ("provisioned /
    // concurrency") rather than the last column running off under a horizontal scrollbar.
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(WrappingDelegate::kWrappedColumn, QHeaderView::Stretch);
    auto *delegate = new WrappingDelegate(m_tree);
    m_tree->setItemDelegate(delegate);
    // A new width of the name's column: the rows' heights again.
    connect(m_tree->header(), &QHeaderView::sectionResized, this, [this, delegate](int column) {
        if (column == WrappingDelegate::kWrappedColumn)
            for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
                emit delegate->sizeHintChanged(m_tree->model()->index(i, column));
    });
    layout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteChangeButton"));
    m_move = new QPushButton(this);
    m_move->setObjectName(QStringLiteral("moveChangeButton"));
    buttons->addWidget(m_delete);
    buttons->addWidget(m_move);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_delete, &QPushButton::clicked, this, &ChangesList::deleteSelected);
    connect(m_move, &QPushButton::clicked, this, &ChangesList::moveSelectedToPlayhead);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ChangesList::updateButtons);
    connect(m_controller, &SimulationController::scenarioChanged, this, &ChangesList::refresh);
    QEvent language(QEvent::LanguageChange);
    changeEvent(&language);
}

QStringList ChangesList::rowText(int i) const
{
    const TimedChangeRow &r = m_rows[static_cast<std::size_t>(i)];
    const QString before = r.before ? Vocabulary::settingValue(r.path, *r.before)
                                    : Vocabulary::idleTimeoutText(m_controller->configAt(r.atMs - 1e-6).platform.idleTimeout);
    return {Format::simTime(r.atMs), Vocabulary::settingName(r.path),
            tr("%1 → %2").arg(before, Vocabulary::settingValue(r.path, r.after))};
}

void ChangesList::refresh()
{
    const bool wasEmpty = m_rows.empty();
    const int keep = selectedRow();
    m_rows = m_table.rowsOf(m_controller->scenario());
    m_tree->clear();
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i)
        new QTreeWidgetItem(m_tree, rowText(i));
    if (keep >= 0 && keep < m_tree->topLevelItemCount())
        m_tree->setCurrentItem(m_tree->topLevelItem(keep));
    updateButtons();
    if (wasEmpty && !m_rows.empty())
        emit firstChangeAppeared();
}

int ChangesList::selectedRow() const
{
    const auto items = m_tree->selectedItems();
    return items.isEmpty() ? -1 : m_tree->indexOfTopLevelItem(items.first());
}

void ChangesList::updateButtons()
{
    const bool any = selectedRow() >= 0;
    m_delete->setEnabled(any);
    m_move->setEnabled(any);
}

void ChangesList::deleteSelected()
{
    const int i = selectedRow();
    if (i < 0)
        return;
    const TimedChangeRow r = m_rows[static_cast<std::size_t>(i)];
    const Scenario edited = withoutTimedSetting(m_controller->scenario(), r.change, r.setting);
    m_controller->editScenario([&](Scenario &s) { s = edited; });
}

void ChangesList::moveSelectedToPlayhead()
{
    const int i = selectedRow();
    if (i < 0)
        return;
    const TimedChangeRow r = m_rows[static_cast<std::size_t>(i)];
    const double atS = m_controller->clock()->simTimeMs() / 1000.0;
    const Scenario edited = withTimedChangeMoved(m_controller->scenario(), r.change, atS);
    m_controller->editScenario([&](Scenario &s) { s = edited; });
}

void ChangesList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_tree->setHeaderLabels({tr("Time"), tr("Setting"), tr("Old → new")});
        m_delete->setText(tr("Delete"));
        m_delete->setToolTip(tr("Remove this setting from the timed change; the run is computed again"));
        m_move->setText(tr("Move to playhead"));
        m_move->setToolTip(tr("Make this change happen at the playhead instead"));
        for (int i = 0; i < m_tree->topLevelItemCount() && i < static_cast<int>(m_rows.size()); ++i) {
            const QStringList text = rowText(i);
            for (int c = 0; c < text.size(); ++c)
                m_tree->topLevelItem(i)->setText(c, text[c]);
        }
    }
    QWidget::changeEvent(event);
}

}  // namespace lle
