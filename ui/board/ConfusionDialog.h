#pragma once

#include <QDialog>

#include "controllers/ModelService.h"

class QLabel;

namespace oneshot::ui {

/// The confusion matrix of a labelled query folder ranked against your characters: the accuracy,
/// the matrix as a heatmap (rows the truth, columns the prediction), and Save (CSV, PNG, SVG).
class ConfusionDialog : public QDialog
{
    Q_OBJECT

public:
    ConfusionDialog(ModelService::FolderClassification result, QWidget *parent = nullptr);

    QString summary() const;
    /// Writes BASE.csv, BASE.png and BASE.svg; false (and the summary says why) if it cannot.
    bool save(const QString &base);

private:
    ModelService::FolderClassification m_result;
    QLabel *m_summary = nullptr;
};

} // namespace oneshot::ui
