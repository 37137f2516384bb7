#pragma once

#include <vector>

#include <QImage>
#include <QWidget>

namespace oneshot::ui {

/// N candidates in a grid, each with its position in the trial (the number the messages use) in
/// its corner, its drawing, the model's probability as a bar and its rank under it, and the
/// truth (green) and the model's pick (blue if right, red if wrong) marked. The tiles can be shown
/// in the trial's order or sorted by score.
class CandidateGrid : public QWidget
{
    Q_OBJECT

public:
    explicit CandidateGrid(QWidget *parent = nullptr);

    void setCandidates(const std::vector<QImage> &images, const std::vector<QString> &labels = {});
    /// Logits per candidate (empty: not scored yet); truth -1 when unknown (your own image).
    void setScores(const std::vector<float> &logits, int truth);
    int pick() const { return m_pick; }
    /// Shows the tiles best score first (positions keep their numbers); off: the trial's order.
    void setSortedByScore(bool sorted);
    bool sortedByScore() const { return m_sorted; }
    /// The candidate shown in tile `tile` (0-based), as the current order has it.
    int candidateAt(int tile) const;
    /// 1-based rank of a candidate's score (0 before scoring).
    int rankOf(int candidate) const;
    int count() const { return static_cast<int>(m_images.size()); }
    const std::vector<float> &scores() const { return m_scores; }

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;

    int columns(int width) const;

    std::vector<QImage> m_images;
    std::vector<QString> m_labels;
    std::vector<float> m_scores;
    std::vector<int> m_rank;
    int m_truth = -1;
    int m_pick = -1;
    bool m_sorted = false;
};

} // namespace oneshot::ui
