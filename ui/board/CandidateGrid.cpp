#include "board/CandidateGrid.h"

#include <algorithm>
#include <cmath>

#include <QPainter>

namespace oneshot::ui {

namespace {
constexpr int kCell = 118;
constexpr int kImage = 96;
} // namespace

CandidateGrid::CandidateGrid(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void CandidateGrid::setCandidates(const std::vector<QImage> &images, const std::vector<QString> &labels)
{
    m_images = images;
    m_labels = labels;
    m_scores.clear();
    m_rank.clear();
    m_truth = -1;
    m_pick = -1;
    updateGeometry();
    update();
}

void CandidateGrid::setScores(const std::vector<float> &logits, int truth)
{
    m_scores = logits;
    m_truth = truth;
    m_pick = -1;
    m_rank.assign(logits.size(), 0);
    std::vector<int> order(logits.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return logits[a] > logits[b]; });
    for (std::size_t r = 0; r < order.size(); ++r)
        m_rank[order[r]] = static_cast<int>(r) + 1;
    if (!order.empty()) {
        // A tie for the top counts as no pick, as in the evaluation.
        const bool tie = order.size() > 1 && logits[order[0]] == logits[order[1]];
        m_pick = tie ? -1 : order[0];
    }
    update();
}

void CandidateGrid::setSortedByScore(bool sorted)
{
    m_sorted = sorted;
    update();
}

int CandidateGrid::candidateAt(int tile) const
{
    if (!m_sorted || m_rank.size() != m_images.size())
        return tile;
    for (int i = 0; i < static_cast<int>(m_rank.size()); ++i) {
        if (m_rank[i] == tile + 1)
            return i;
    }
    return tile;
}

int CandidateGrid::rankOf(int candidate) const
{
    return candidate >= 0 && candidate < static_cast<int>(m_rank.size()) ? m_rank[candidate] : 0;
}

int CandidateGrid::columns(int width) const
{
    return std::max(1, std::min(10, width / kCell));
}

QSize CandidateGrid::sizeHint() const
{
    return {kCell * 5, heightForWidth(kCell * 5)};
}

int CandidateGrid::rowHeight() const
{
    // Room for a name under the score line when the candidates have names.
    return kCell + 22 + (m_labels.empty() ? 0 : 18);
}

int CandidateGrid::heightForWidth(int width) const
{
    const int cols = columns(width);
    const int rows = (static_cast<int>(m_images.size()) + cols - 1) / cols;
    return std::max(1, rows) * rowHeight();
}

void CandidateGrid::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int cols = columns(width());
    const QColor truthColor(0x1b, 0x9e, 0x77);
    const QColor rightPick(0x2a, 0x7a, 0xb9);
    const QColor wrongPick(0xd6, 0x27, 0x28);
    for (int tile = 0; tile < static_cast<int>(m_images.size()); ++tile) {
        const int i = candidateAt(tile);
        const int x = (tile % cols) * kCell;
        const int y = (tile / cols) * rowHeight();
        const QRect imgRect(x + (kCell - kImage) / 2, y + 4, kImage, kImage);
        p.fillRect(imgRect, Qt::white);
        p.setRenderHint(QPainter::SmoothPixmapTransform, true);
        p.drawImage(imgRect, m_images[i]);
        QColor frame = palette().mid().color();
        int frameWidth = 1;
        if (i == m_truth) {
            frame = truthColor;
            frameWidth = 4;
        }
        if (i == m_pick) {
            frame = i == m_truth || m_truth < 0 ? rightPick : wrongPick;
            frameWidth = 4;
        }
        p.setPen(QPen(frame, frameWidth));
        p.drawRect(imgRect.adjusted(-2, -2, 2, 2));
        if (i == m_truth && i != m_pick) {
            p.setPen(QPen(truthColor, 2, Qt::DashLine));
            p.drawRect(imgRect.adjusted(-6, -6, 6, 6));
        }
        // The candidate's position in the trial, the number the messages name.
        const QRect badge(imgRect.x() + 2, imgRect.y() + 2, 22, 16);
        p.fillRect(badge, QColor(0, 0, 0, 150));
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, QString::number(i + 1));
        if (i < static_cast<int>(m_scores.size())) {
            const double prob = 1.0 / (1.0 + std::exp(-static_cast<double>(m_scores[i])));
            const QRect bar(x + (kCell - kImage) / 2, y + kImage + 10, kImage, 8);
            p.fillRect(bar, palette().alternateBase());
            p.fillRect(QRect(bar.x(), bar.y(), qRound(bar.width() * prob), bar.height()),
                       i == m_pick ? frame : palette().highlight().color());
            p.setPen(palette().text().color());
            QFont f = font();
            f.setPointSizeF(f.pointSizeF() * 0.85);
            p.setFont(f);
            p.drawText(QRect(x, y + kImage + 18, kCell, 18), Qt::AlignCenter,
                       tr("rank %1 · p %2").arg(m_rank[i]).arg(prob, 0, 'f', 3));
        }
        // A name (your characters, an alphabet's) stays under its tile, scored or not.
        if (i < static_cast<int>(m_labels.size())) {
            p.setPen(palette().text().color());
            p.setFont(font());
            const int top = i < static_cast<int>(m_scores.size()) ? y + kImage + 34 : y + kImage + 12;
            p.drawText(QRect(x, top, kCell, 18), Qt::AlignCenter,
                       fontMetrics().elidedText(m_labels[i], Qt::ElideMiddle, kCell - 6));
        }
    }
}

} // namespace oneshot::ui
