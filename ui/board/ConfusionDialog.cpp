#include "board/ConfusionDialog.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "common/AtomicFile.h"
#include "common/Error.h"
#include "export/Report.h"

namespace oneshot::ui {

ConfusionDialog::ConfusionDialog(ModelService::FolderClassification result, QWidget *parent)
    : QDialog(parent)
    , m_result(std::move(result))
{
    setWindowTitle(tr("Confusion matrix"));
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setText(summary());
    const cv::Mat bgr = exporting::heatmapImage(
        exporting::confusionHeatmap(m_result.characters, m_result.confusion, m_result.correct, m_result.labelled));
    auto *image = new QLabel;
    image->setPixmap(QPixmap::fromImage(
        QImage(bgr.data, bgr.cols, bgr.rows, static_cast<qsizetype>(bgr.step), QImage::Format_BGR888).copy()));
    auto *scroll = new QScrollArea;
    scroll->setWidget(image);
    scroll->setMinimumSize(std::min(bgr.cols + 24, 900), std::min(bgr.rows + 24, 700));
    auto *saveButton = new QPushButton(tr("Save..."));
    auto *close = new QPushButton(tr("Close"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(saveButton);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        QString path
            = QFileDialog::getSaveFileName(this, tr("Save the confusion matrix (CSV, with PNG and SVG beside)"),
                                           QStringLiteral("confusion.csv"), tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            path.chop(4);
        save(path);
    });
}

QString ConfusionDialog::summary() const
{
    return tr("%1 of %2 labelled queries right (%3 %) against %4 characters; %5 queries in %6.")
        .arg(m_result.correct)
        .arg(m_result.labelled)
        .arg(100.0 * m_result.correct / std::max(1, m_result.labelled), 0, 'f', 1)
        .arg(m_result.characters.size())
        .arg(m_result.queries)
        .arg(m_result.source);
}

bool ConfusionDialog::save(const QString &base)
{
    try {
        writeFileAtomically(base + QLatin1String(".csv"),
                            eval::confusionCsv(m_result.characters, m_result.confusion).toUtf8());
        exporting::writeHeatmap(
            exporting::confusionHeatmap(m_result.characters, m_result.confusion, m_result.correct, m_result.labelled),
            base);
    } catch (const Error &e) {
        m_summary->setText(e.message());
        return false;
    }
    m_summary->setText(tr("Wrote %1.csv, .png and .svg").arg(base));
    return true;
}

} // namespace oneshot::ui
