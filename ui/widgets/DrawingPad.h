#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <opencv2/core.hpp>

class QMimeData;

namespace oneshot::ui {

/// A square where the user draws a character with the mouse, drops an image file, or pastes
/// one. Whatever arrives goes through the same preprocessing as the CLI's `score` (off the GUI
/// thread) and comes out as an Omniglot-like 105x105 image, or as a clear message.
class DrawingPad : public QWidget
{
    Q_OBJECT

public:
    explicit DrawingPad(QWidget *parent = nullptr);

    /// Shows an image (CV_8U) without preprocessing, e.g. a data set drawing.
    void showImage(const cv::Mat &image);
    /// Accepts dropped or pasted data (file URLs or image data); also used by tests.
    void acceptMime(const QMimeData *mime);
    /// Preprocesses a file as if it were dropped.
    void loadFile(const QString &path);
    void clear();
    QSize sizeHint() const override { return {240, 240}; }

Q_SIGNALS:
    /// A preprocessed 105x105 image (ink dark on white).
    void imageReady(const cv::Mat &image);
    /// Why the input was refused (not an image, no ink, too large...).
    void refused(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void preprocessAsync(const QByteArray &bytes, const QString &name);
    /// Says why an input was refused; a preparation still running for an earlier input is stale.
    void refuse(const QString &why);
    QPointF toCanvas(const QPointF &p) const;

    QImage m_canvas; ///< what is drawn, 420x420 white
    QImage m_shown;  ///< the last preprocessed image
    bool m_drawing = false;
    bool m_dirty = false;
    QPointF m_last;
    QFutureWatcher<cv::Mat> m_watcher;
    quint64 m_input = 0;     ///< counts the inputs: drawn, dropped, pasted, refused
    quint64 m_preparing = 0; ///< the input the running preparation is for
    QString m_pendingName;
};

} // namespace oneshot::ui
