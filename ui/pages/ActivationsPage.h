#pragma once

#include <vector>

#include <QFutureWatcher>
#include <QWidget>

#include <opencv2/core.hpp>

#include "export/FilterGrid.h"

class QLabel;
class QVBoxLayout;
class QScrollArea;

namespace oneshot::ui {

class DrawingPad;
class ModelService;

/// The activation maps of every conv layer for one image: chosen in the data set, drawn,
/// dropped or pasted. Each layer is a grid; export per layer or all at once.
class ActivationsPage : public QWidget
{
    Q_OBJECT

public:
    ActivationsPage(ModelService *model, QWidget *parent = nullptr);

    /// Shows the maps of an image (CV_8U, ink dark), e.g. one double-clicked in the data set.
    void setImage(const cv::Mat &image, const QString &name);
    DrawingPad *pad() const { return m_pad; }
    int layerCount() const { return static_cast<int>(m_maps.size()); }
    /// Writes input.png and conv1.png... into a folder; false on a write error.
    bool exportAll(const QString &folder) const;

Q_SIGNALS:
    void mapsReady();

private:
    void compute();
    void render();

    ModelService *m_model;
    DrawingPad *m_pad = nullptr;
    QLabel *m_status = nullptr;
    QVBoxLayout *m_layers = nullptr;
    QScrollArea *m_scroll = nullptr;
    cv::Mat m_image;
    QString m_name;
    std::vector<exporting::LayerMaps> m_maps;
    QFutureWatcher<std::vector<exporting::LayerMaps>> m_watcher;
};

} // namespace oneshot::ui
