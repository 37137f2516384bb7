#include "train/ConfigForm.h"

#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "common/Error.h"

namespace oneshot::ui {

namespace {

/// The groups of TrainConfig::settings() in the order the form shows them.
const std::vector<std::pair<const char *, const char *>> &groupTitles()
{
    static const std::vector<std::pair<const char *, const char *>> titles = {
        {"data", QT_TRANSLATE_NOOP("oneshot::ui::ConfigForm", "Model and protocol")},
        {"pairs", QT_TRANSLATE_NOOP("oneshot::ui::ConfigForm", "Pairs and distortions")},
        {"loss", QT_TRANSLATE_NOOP("oneshot::ui::ConfigForm", "Loss terms")},
        {"optimizer", QT_TRANSLATE_NOOP("oneshot::ui::ConfigForm", "Optimiser")},
        {"schedule", QT_TRANSLATE_NOOP("oneshot::ui::ConfigForm", "Learning-rate schedule")},
        {"run", QT_TRANSLATE_NOOP("oneshot::ui::ConfigForm", "Run")},
        {"validation", QT_TRANSLATE_NOOP("oneshot::ui::ConfigForm", "Validation and selection")},
    };
    return titles;
}

/// A combo box as narrow as the form allows: its longest item must not widen the whole form.
QComboBox *narrowCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    return combo;
}

void markInvalid(QWidget *editor, const QString &message, const QString &tooltip)
{
    editor->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #d62728; }"));
    editor->setToolTip(message.isEmpty() ? tooltip : message);
}

} // namespace

ConfigForm::ConfigForm(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("configError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d62728;"));
    m_error->setVisible(false);
    m_layout->addWidget(m_error);
    for (const auto &[name, title] : groupTitles()) {
        auto *box = new QGroupBox(QCoreApplication::translate("oneshot::ui::ConfigForm", title), this);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_groups[QString::fromLatin1(name)] = form;
        m_layout->addWidget(box);
    }
    m_layout->addStretch(1);

    QFormLayout *data = m_groups.at(QStringLiteral("data"));
    m_preset = narrowCombo(this);
    for (const QString &p : train::TrainConfig::presetNames())
        m_preset->addItem(train::TrainConfig::presetLabel(p), p);
    m_preset->setToolTip(tr("A preset sets the network and its recommended training settings"));
    data->addRow(tr("Preset"), m_preset);
    m_modelSummary = new QLabel(this);
    m_modelSummary->setWordWrap(true);
    data->addRow(m_modelSummary);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            applyPreset(m_preset->currentData().toString());
    });

    for (const auto &setting : train::TrainConfig::settings()) {
        if (setting.info.inForm)
            addRow(setting);
    }
    setConfig(train::TrainConfig::forPreset(QStringLiteral("cpu")));
    for (QComboBox *combo : findChildren<QComboBox *>())
        leaveWheelToScrolling(combo);
}

void ConfigForm::leaveWheelToScrolling(QWidget *editor)
{
    editor->setFocusPolicy(Qt::StrongFocus); // not Qt::WheelFocus: a wheel must not take focus
    editor->installEventFilter(this);
}

bool ConfigForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && !widget->hasFocus()) {
            // The editor never sees it; the scroll area around the form, if any, scrolls.
            for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
                if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
                    QCoreApplication::sendEvent(area->viewport(), event);
                    break;
                }
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConfigForm::addRow(const Setting<train::TrainConfig> &setting)
{
    const SettingInfo &info = setting.info;
    Row row;
    row.setting = &setting;
    row.layout = m_groups.at(QString::fromLatin1(info.group));
    if (info.type == SettingType::Choice) {
        auto *combo = narrowCombo(this);
        for (const QString &c : info.choices)
            combo->addItem(info.choiceLabel(c), c);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key = info.key, combo] {
            if (!m_updating)
                accept(m_rows.at(key), combo->currentData().toString());
        });
        row.editor = combo;
    } else if (info.type == SettingType::Boolean) {
        auto *box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this, [this, key = info.key](bool on) {
            if (!m_updating)
                accept(m_rows.at(key), on ? QStringLiteral("true") : QStringLiteral("false"));
        });
        row.editor = box;
    } else {
        auto *edit = new QLineEdit(this);
        if (info.special)
            edit->setPlaceholderText(QCoreApplication::translate("oneshot::Settings", info.specialText));
        connect(edit, &QLineEdit::textEdited, this,
                [this, key = info.key](const QString &text) { accept(m_rows.at(key), text); });
        row.editor = edit;
    }
    row.editor->setObjectName(info.key);
    row.editor->setToolTip(info.tooltipText());
    row.field = row.editor;
    if (!info.unitText().isEmpty()) {
        row.field = new QWidget(this);
        auto *h = new QHBoxLayout(row.field);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(row.editor, 1);
        h->addWidget(new QLabel(info.unitText(), row.field));
    }
    auto *label = new QLabel(info.labelText(), this);
    label->setToolTip(info.tooltipText());
    row.layout->addRow(label, row.field);
    m_rows.emplace(info.key, row);
}

void ConfigForm::setConfig(const train::TrainConfig &config)
{
    m_config = config;
    m_updating = true;
    const int preset = m_preset->findData(config.model.name);
    if (preset >= 0)
        m_preset->setCurrentIndex(preset);
    for (auto &[key, row] : m_rows) {
        row.error.clear();
        show(row);
    }
    m_updating = false;
    refresh();
}

train::TrainConfig ConfigForm::config() const
{
    return m_config;
}

QString ConfigForm::error() const
{
    for (const auto &s : train::TrainConfig::settings()) {
        const auto it = m_rows.find(s.info.key);
        if (it != m_rows.end() && !it->second.error.isEmpty() && isRowVisible(s.info.key))
            return it->second.error;
    }
    try {
        m_config.validate();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

QString ConfigForm::setText(const QString &key, const QString &text)
{
    const auto it = m_rows.find(key);
    if (it == m_rows.end())
        return tr("The form has no field for '%1'").arg(key);
    Row &row = it->second;
    if (auto *edit = qobject_cast<QLineEdit *>(row.editor)) {
        edit->setText(text);
        accept(row, text);
        return row.error;
    }
    // A combo box or check box cannot show a value it does not allow: refuse it and keep the
    // shown one.
    try {
        const QVariant v = parseSettingText(row.setting->info, text);
        if (auto *combo = qobject_cast<QComboBox *>(row.editor))
            combo->setCurrentIndex(combo->findData(v.toString()));
        else if (auto *box = qobject_cast<QCheckBox *>(row.editor))
            box->setChecked(v.toBool());
        return {};
    } catch (const Error &e) {
        return e.message();
    }
}

QWidget *ConfigForm::editor(const QString &key) const
{
    const auto it = m_rows.find(key);
    return it == m_rows.end() ? nullptr : it->second.editor;
}

bool ConfigForm::isRowVisible(const QString &key) const
{
    const auto it = m_rows.find(key);
    return it != m_rows.end() && it->second.setting->appliesTo(m_config);
}

QFormLayout *ConfigForm::groupLayout(const QString &group) const
{
    const auto it = m_groups.find(group);
    return it == m_groups.end() ? nullptr : it->second;
}

void ConfigForm::applyPreset(const QString &name)
{
    train::TrainConfig c = train::TrainConfig::forPreset(name);
    c.dataFolder = m_config.dataFolder;
    c.runsPath = m_config.runsPath;
    setConfig(c);
}

void ConfigForm::show(Row &row)
{
    const SettingInfo &info = row.setting->info;
    const QVariant v = row.setting->get(m_config);
    if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
        combo->setCurrentIndex(combo->findData(v.toString()));
    } else if (auto *box = qobject_cast<QCheckBox *>(row.editor)) {
        box->setChecked(v.toBool());
    } else if (auto *edit = qobject_cast<QLineEdit *>(row.editor)) {
        // The special value (-1: "same as ...") shows as an empty field with its meaning.
        const bool special = info.special && v.toDouble() == *info.special;
        edit->setText(special ? QString() : settingToText(info, v));
    }
    markInvalid(row.editor, row.error, info.tooltipText());
}

void ConfigForm::accept(Row &row, const QString &text)
{
    try {
        row.setting->set(m_config, parseSettingText(row.setting->info, text));
        row.error.clear();
    } catch (const Error &e) {
        row.error = e.message();
    }
    markInvalid(row.editor, row.error, row.setting->info.tooltipText());
    refresh();
}

void ConfigForm::refresh()
{
    for (auto &[key, row] : m_rows)
        row.layout->setRowVisible(row.field, row.setting->appliesTo(m_config));
    const model::ModelSpec &m = m_config.model;
    m_modelSummary->setText(tr("%1\n%2 parameters, %3 M multiply-adds per image")
                                .arg(m.summary())
                                .arg(m.parameterCount())
                                .arg(m.forwardMacs() / 1e6, 0, 'f', 1));
    const QString problem = error();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (!m_updating)
        Q_EMIT changed();
}

} // namespace oneshot::ui
