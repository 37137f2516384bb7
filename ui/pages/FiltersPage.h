#pragma once

#include <vector>

#include <QWidget>

#include "export/FilterGrid.h"
#include "model/FilterSnapshot.h"

class QLabel;
class QSlider;
class QComboBox;
class QSpinBox;
class QCheckBox;
class QScrollArea;

namespace oneshot::ui {

/// The first-layer filters as a grid that follows training (every snapshot), a slider back
/// through the epochs, per-filter or global normalisation, zoom, and export to PNG and SVG.
class FiltersPage : public QWidget
{
    Q_OBJECT

public:
    explicit FiltersPage(QWidget *parent = nullptr);

    /// A new snapshot; one per epoch is kept for the slider, the latest is shown when live.
    void addSnapshot(const model::FilterSnapshot &snapshot);
    void clearHistory();
    int historySize() const { return static_cast<int>(m_history.size()); }
    QImage gridImage(int scale) const;
    /// The shown filters as a report figure: `width` pixels wide (or `cellScale` pixels per
    /// weight), numbered, with a colour bar; empty without filters.
    exporting::GridFigure figure(int width, int cellScale = 0) const;
    /// figure(0, scale) as PNG or SVG; false if there is none or it cannot be written.
    bool exportPng(const QString &path, int scale) const;
    bool exportSvg(const QString &path, int scale) const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void render();
    const model::FilterSnapshot *current() const;

    std::vector<model::FilterSnapshot> m_history; ///< one per epoch
    model::FilterSnapshot m_latest;
    QLabel *m_image = nullptr;
    QLabel *m_caption = nullptr;
    QSlider *m_epoch = nullptr;
    QCheckBox *m_live = nullptr;
    QComboBox *m_norm = nullptr;
    QSpinBox *m_zoom = nullptr;
    QScrollArea *m_scroll = nullptr;
};

} // namespace oneshot::ui
