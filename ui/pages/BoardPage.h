#pragma once

#include <memory>
#include <vector>

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <opencv2/core.hpp>

#include "controllers/ModelService.h"
#include "data/CharacterFolder.h"
#include "data/OneShotTasks.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace oneshot::data {
class Omniglot;
}

namespace oneshot::ui {

class CandidateGrid;
class ConfusionDialog;
class WaysCurveDialog;
class DrawingPad;

/// The N-way one-shot board: a query, N candidates with the model's scores as ranked bars, the
/// truth and the pick marked. Sources: Lake's 20 runs, sampled tasks (within or across
/// alphabets), your own image against an Omniglot alphabet, or against your own characters (a
/// folder or zip with a subfolder per character). "Run all" scores a whole task set and lists
/// the failures.
class BoardPage : public QWidget
{
    Q_OBJECT

public:
    BoardPage(ModelService *model, QWidget *parent = nullptr);

    void setData(std::shared_ptr<const data::Omniglot> data, const QString &dataFolder);
    DrawingPad *pad() const { return m_pad; }
    CandidateGrid *grid() const { return m_grid; }
    QLabel *messageLabel() const { return m_message; }
    /// Selects the "your image" source (for drops and tests).
    void useOwnImageSource();
    /// Selects the "your characters" source and loads a support set (a folder or zip with one
    /// subfolder per character) in the background; emits supportLoaded or shows why not.
    void openSupportSet(const QString &folderOrZip);
    /// Saves the current query (drawn, dropped or pasted) as one more drawing of `character` in
    /// a support folder and, once it holds two characters, loads it as the candidates. Returns
    /// the file written, or an empty string (the message says why).
    QString addQueryTo(const QString &folder, const QString &character);
    /// Ranks a labelled folder (or zip) of queries, one subfolder per character of the open
    /// support set, in the background and shows the confusion matrix; emits folderClassified or
    /// folderFailed.
    void classifyQueryFolder(const QString &folderOrZip);
    /// The confusion matrix window of the last labelled folder, while it is open.
    ConfusionDialog *confusionDialog() const;
    /// The accuracy-against-N window (made on first use; the button shows it).
    WaysCurveDialog *openWaysCurve();
    /// Scores every trial of the current task set; the result shows in the summary label.
    void runAll();
    QString summary() const;
    int failureCount() const;

Q_SIGNALS:
    void scored();
    void supportLoaded(int characters, int images);
    void folderClassified(int correct, int labelled);
    void folderFailed(const QString &message);
    /// A support set that could not be read (the set loaded before, if any, stays).
    void supportFailed(const QString &message);
    void allScored(int correct, int trials);

private:
    void rebuildSampled();
    void showTrial();
    void showOwnImage();
    void showYourCharacters();
    void scoreCurrent();
    const data::OneShotTaskSet *taskSet() const;

    ModelService *m_model;
    QPointer<WaysCurveDialog> m_waysCurve;
    QPointer<ConfusionDialog> m_confusion;
    std::shared_ptr<const data::Omniglot> m_data;
    data::OneShotTaskSet m_runs;
    data::OneShotTaskSet m_sampled;
    QComboBox *m_source = nullptr;
    QStackedWidget *m_sourceOptions = nullptr;
    QSpinBox *m_run = nullptr;
    QSpinBox *m_trial = nullptr;
    QComboBox *m_within = nullptr;
    QSpinBox *m_ways = nullptr;
    QSpinBox *m_sampledTrial = nullptr;
    QComboBox *m_supportAlphabet = nullptr;
    QSpinBox *m_supportDrawer = nullptr;
    QLabel *m_supportSummary = nullptr;
    data::CharacterFolder m_support;
    QFutureWatcher<data::CharacterFolder> m_supportWatcher;
    QFutureWatcher<ModelService::FolderClassification> m_folderWatcher;
    DrawingPad *m_pad = nullptr;
    QLabel *m_query = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_summary = nullptr;
    CandidateGrid *m_grid = nullptr;
    QListWidget *m_failures = nullptr;
    QWidget *m_failureBox = nullptr;
    QPushButton *m_runAll = nullptr;

    cv::Mat m_queryImage;
    quint64 m_input = 0;   ///< counts the inputs (a query shown, an image drawn or dropped, a refusal)
    quint64 m_scoring = 0; ///< the input the running score is for
    std::vector<cv::Mat> m_candidates;
    std::vector<QString> m_candidateNames;
    int m_truth = -1;
    QFutureWatcher<std::vector<float>> m_scoreWatcher;
    QFutureWatcher<std::vector<std::vector<float>>> m_allWatcher;
    int m_failureCount = 0;
    QString m_summaryText;
};

} // namespace oneshot::ui
