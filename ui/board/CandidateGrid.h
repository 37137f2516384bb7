#pragma once

#include <vector>

#include <QImage>
#include <QWidget>

namespace oneshot::ui {

/// N candidates in a grid, each with its drawing, the model's probability as a bar, its rank,
/// and the truth (green) and the model's pick (blue if right, red if wrong) marked.
class CandidateGrid : public QWidget
{
    Q_OBJECT

public:
    explicit CandidateGrid(QWidget *parent = nullptr);

    void setCandidates(const std::vector<QImage> &images, const std::vector<QString> &labels = {});
    /// Logits per candidate (empty: not scored yet); truth -1 when unknown (your own image).
    void setScores(const std::vector<float> &logits, int truth);
    int pick() const { return m_pick; }
    int count() const { return static_cast<int>(m_images.size()); }
    const std::vector<float> &scores() const { return m_scores; }

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int columns(int width) const;

    std::vector<QImage> m_images;
    std::vector<QString> m_labels;
    std::vector<float> m_scores;
    std::vector<int> m_rank;
    int m_truth = -1;
    int m_pick = -1;
};

} // namespace oneshot::ui
