#pragma once

#include <map>

#include <QWidget>

#include "train/TrainConfig.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace oneshot::ui {

/// The training config as a form, built from TrainConfig::settings(): a group box per settings
/// group and a row per setting (a combo box for choices, a check box for flags, a field for
/// numbers and text), with the setting's label, unit, tooltip and allowed values. A value is
/// parsed and checked by the same code as JSON and the CLI's --set, so the form refuses what they
/// refuse, with the same message. Rows that do not apply to the current choices (the step size
/// of an exponential schedule) are hidden. A new setting appears here by itself.
class ConfigForm : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigForm(QWidget *parent = nullptr);

    /// Shows a config; values the widgets cannot hold (a 64-bit seed) are kept exactly.
    void setConfig(const train::TrainConfig &config);
    /// The shown config: the last valid value of each field.
    train::TrainConfig config() const;
    /// The first problem with what is typed (a field or a combination), or empty.
    QString error() const;

    /// Types `text` into the setting's field (or picks it in its combo box) as a user would;
    /// returns the message the form shows for it, or an empty string if it is accepted.
    QString setText(const QString &key, const QString &text);
    /// The setting's editor, or null for settings the form does not show.
    QWidget *editor(const QString &key) const;
    /// Whether the setting's row is shown for the current choices.
    bool isRowVisible(const QString &key) const;
    /// The layout of a group's box ("data", "pairs", "loss", "optimizer", "schedule", "run",
    /// "validation"), so a page can add previews beside the rows.
    QFormLayout *groupLayout(const QString &group) const;
    /// The form sits in a scroll area: a wheel turned over a combo box or spin box that has no
    /// keyboard focus scrolls the area instead of changing the value (a click focuses it first).
    /// The form's own editors get this; a page that adds one calls it too.
    void leaveWheelToScrolling(QWidget *editor);

Q_SIGNALS:
    /// Any value changed (also when it became invalid); config() and error() tell the rest.
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        const Setting<train::TrainConfig> *setting = nullptr;
        QWidget *editor = nullptr;
        QWidget *field = nullptr; ///< the editor with its unit
        QFormLayout *layout = nullptr;
        QString error;
    };

    void applyPreset(const QString &name);
    void addRow(const Setting<train::TrainConfig> &setting);
    void show(Row &row);
    void accept(Row &row, const QString &text);
    void refresh();

    train::TrainConfig m_config; ///< the last valid value of every field
    QComboBox *m_preset = nullptr;
    QLabel *m_modelSummary = nullptr;
    QLabel *m_error = nullptr;
    QVBoxLayout *m_layout = nullptr;
    std::map<QString, QFormLayout *> m_groups;
    std::map<QString, Row> m_rows;
    bool m_updating = false;
};

} // namespace oneshot::ui
