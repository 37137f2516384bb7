#include "pages/BoardPage.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QCheckBox>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "FutureError.h"
#include "ImageConvert.h"
#include "board/CandidateGrid.h"
#include "board/ConfusionDialog.h"
#include "board/WaysCurveDialog.h"
#include "common/Error.h"
#include "controllers/ModelService.h"
#include "data/Omniglot.h"
#include "data/Protocol.h"
#include "widgets/DrawingPad.h"

namespace oneshot::ui {

namespace {
enum Source { LakeRuns = 0, Sampled = 1, OwnImage = 2, YourCharacters = 3 };
} // namespace

BoardPage::BoardPage(ModelService *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    // Left: the source and its options, the query.
    auto *left = new QVBoxLayout;
    m_source = new QComboBox;
    m_source->addItem(tr("Lake's 20 runs"));
    m_source->addItem(tr("Sampled tasks"));
    m_source->addItem(tr("Your image"));
    m_source->addItem(tr("Your characters"));
    left->addWidget(m_source);
    m_sourceOptions = new QStackedWidget;

    auto *runsBox = new QWidget;
    auto *runsForm = new QFormLayout(runsBox);
    m_run = new QSpinBox;
    m_run->setRange(1, 20);
    m_trial = new QSpinBox;
    m_trial->setRange(1, 20);
    runsForm->addRow(tr("Run"), m_run);
    runsForm->addRow(tr("Trial"), m_trial);
    m_sourceOptions->addWidget(runsBox);

    auto *sampledBox = new QWidget;
    auto *sampledForm = new QFormLayout(sampledBox);
    m_within = new QComboBox;
    m_within->addItem(tr("within an alphabet"));
    m_within->addItem(tr("across alphabets"));
    m_ways = new QSpinBox;
    m_ways->setRange(2, 50);
    m_ways->setValue(20);
    m_sampledTrial = new QSpinBox;
    m_sampledTrial->setRange(1, 200);
    sampledForm->addRow(tr("Distractors"), m_within);
    sampledForm->addRow(tr("Ways (N)"), m_ways);
    sampledForm->addRow(tr("Task"), m_sampledTrial);
    m_sourceOptions->addWidget(sampledBox);

    auto *ownBox = new QWidget;
    auto *ownForm = new QFormLayout(ownBox);
    m_supportAlphabet = new QComboBox;
    m_supportAlphabet->setToolTip(tr("The support set: one drawing of each character of this alphabet"));
    m_supportDrawer = new QSpinBox;
    m_supportDrawer->setRange(1, 20);
    ownForm->addRow(tr("Support alphabet"), m_supportAlphabet);
    ownForm->addRow(tr("Support drawer"), m_supportDrawer);
    m_sourceOptions->addWidget(ownBox);

    auto *yoursBox = new QWidget;
    auto *yoursLayout = new QVBoxLayout(yoursBox);
    yoursLayout->setContentsMargins(0, 0, 0, 0);
    auto *openFolder = new QPushButton(tr("Open a folder..."));
    auto *openZip = new QPushButton(tr("Open a zip..."));
    const QString layoutTip = tr("A support set: one subfolder per character, each with 1 to k images of it "
                                 "in any format and size. Then draw, drop or paste a query.");
    openFolder->setToolTip(layoutTip);
    openZip->setToolTip(layoutTip);
    m_supportSummary = new QLabel(tr("No characters yet."));
    m_supportSummary->setWordWrap(true);
    auto *addQuery = new QPushButton(tr("Add the query as a character..."));
    addQuery->setToolTip(tr("Save the drawn or dropped query into your characters' folder, as a new character or "
                            "one more drawing of one"));
    yoursLayout->addWidget(openFolder);
    yoursLayout->addWidget(openZip);
    auto *classifyFolder = new QPushButton(tr("Classify a labelled folder..."));
    classifyFolder->setToolTip(tr("Rank a folder of queries, one subfolder per character of your set, and show the "
                                  "confusion matrix"));
    yoursLayout->addWidget(addQuery);
    yoursLayout->addWidget(classifyFolder);
    yoursLayout->addWidget(m_supportSummary);
    connect(classifyFolder, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Labelled queries: one subfolder per character of your set"));
        if (!folder.isEmpty())
            classifyQueryFolder(folder);
    });
    connect(&m_folderWatcher, &QFutureWatcher<ModelService::FolderClassification>::finished, this, [this] {
        const QString error = futureError(m_folderWatcher.future());
        if (!error.isEmpty()) {
            m_message->setText(QStringLiteral("<span style='color:#d62728'>%1</span>").arg(error.toHtmlEscaped()));
            Q_EMIT folderFailed(error);
            return;
        }
        const ModelService::FolderClassification result = m_folderWatcher.result();
        if (m_confusion)
            m_confusion->close();
        m_confusion = new ConfusionDialog(result, this);
        m_confusion->setAttribute(Qt::WA_DeleteOnClose);
        m_confusion->show();
        m_message->setText(m_confusion->summary());
        Q_EMIT folderClassified(result.correct, result.labelled);
    });
    connect(addQuery, &QPushButton::clicked, this, [this] {
        if (m_queryImage.empty()) {
            m_message->setText(tr("Draw, drop or paste a character first."));
            return;
        }
        QString folder = QFileInfo(m_support.source).isDir() ? m_support.source : QString();
        if (folder.isEmpty())
            folder = QFileDialog::getExistingDirectory(this, tr("A folder for your characters (new or existing)"));
        if (folder.isEmpty())
            return;
        bool ok = false;
        const QString character = QInputDialog::getItem(this, tr("Add the query"), tr("Character (new or existing):"),
                                                        data::characterSubfolders(folder), 0, true, &ok);
        if (ok)
            addQueryTo(folder, character);
    });
    m_sourceOptions->addWidget(yoursBox);
    connect(openFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Your characters: a folder per character"));
        if (!folder.isEmpty())
            openSupportSet(folder);
    });
    connect(openZip, &QPushButton::clicked, this, [this] {
        const QString zip = QFileDialog::getOpenFileName(this, tr("Your characters: a zip with a folder per character"),
                                                         QString(), tr("Zip files (*.zip)"));
        if (!zip.isEmpty())
            openSupportSet(zip);
    });
    connect(&m_supportWatcher, &QFutureWatcher<data::CharacterFolder>::finished, this, [this] {
        const QString error = futureError(m_supportWatcher.future());
        if (!error.isEmpty()) {
            if (m_support.characters.isEmpty())
                m_supportSummary->setText(tr("Not loaded."));
            m_message->setText(QStringLiteral("<span style='color:#d62728'>%1</span>").arg(error.toHtmlEscaped()));
            Q_EMIT supportFailed(error);
            return;
        }
        m_support = m_supportWatcher.result();
        ++m_input; // a score against the previous set that lands later must not show on this one
        m_supportSummary->setText(tr("%1: %2 characters, %3 images")
                                      .arg(QFileInfo(m_support.source).fileName())
                                      .arg(m_support.characters.size())
                                      .arg(m_support.images.size()));
        m_message->clear();
        showYourCharacters();
        Q_EMIT supportLoaded(static_cast<int>(m_support.characters.size()), static_cast<int>(m_support.images.size()));
    });
    left->addWidget(m_sourceOptions);

    left->addWidget(new QLabel(tr("Query")));
    m_query = new QLabel;
    m_query->setFixedSize(210, 210);
    m_query->setAlignment(Qt::AlignCenter);
    m_query->setStyleSheet(QStringLiteral("background: white; border: 1px solid #888;"));
    left->addWidget(m_query);
    m_pad = new DrawingPad;
    m_pad->setFixedSize(210, 210);
    m_pad->setVisible(false);
    left->addWidget(m_pad);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("boardMessage"));
    left->addWidget(m_message);
    auto *sorted = new QCheckBox(tr("Sort the candidates by score"));
    sorted->setToolTip(tr("Best score first; each candidate keeps its number in the trial"));
    connect(sorted, &QCheckBox::toggled, this, [this](bool on) { m_grid->setSortedByScore(on); });
    left->addWidget(sorted);
    m_runAll = new QPushButton(tr("Run all"));
    m_runAll->setToolTip(tr("Score every trial of this task set and list the failures"));
    left->addWidget(m_runAll);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    left->addWidget(m_summary);
    auto *curve = new QPushButton(tr("Accuracy against N..."));
    curve->setToolTip(tr("Measure N-way accuracy for N = 5 to 50 and K = 1 and 5 on the evaluation alphabets"));
    connect(curve, &QPushButton::clicked, this, [this] { openWaysCurve()->show(); });
    left->addWidget(curve);
    left->addStretch(1);
    auto *leftWidget = new QWidget;
    leftWidget->setLayout(left);
    leftWidget->setFixedWidth(250);

    // Right: the candidates, and the failures gallery below.
    m_grid = new CandidateGrid;
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_grid);
    scroll->setWidgetResizable(true);
    m_failures = new QListWidget;
    m_failures->setViewMode(QListView::IconMode);
    m_failures->setIconSize(QSize(3 * 64 + 8, 64));
    m_failures->setResizeMode(QListView::Adjust);
    m_failures->setMovement(QListView::Static);
    m_failures->setToolTip(tr("Failures: query, the model's pick, the truth. Double-click to open the trial."));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(scroll);
    auto *failBox = new QWidget;
    m_failureBox = failBox;
    failBox->setVisible(false); // no room taken until a "Run all" has failures to show
    auto *failLayout = new QVBoxLayout(failBox);
    failLayout->setContentsMargins(0, 0, 0, 0);
    failLayout->addWidget(new QLabel(tr("Failures of the last \"Run all\" (query · pick · truth)")));
    failLayout->addWidget(m_failures);
    split->addWidget(failBox);
    split->setSizes({520, 200});

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(leftWidget);
    layout->addWidget(split, 1);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_sourceOptions->setCurrentIndex(i);
        ++m_input; // a score for the previous source's trial that lands later is stale
        const bool drawn = i == OwnImage || i == YourCharacters;
        m_pad->setVisible(drawn);
        m_query->setVisible(!drawn);
        m_runAll->setEnabled(!drawn);
        if (i == OwnImage)
            showOwnImage();
        else if (i == YourCharacters)
            showYourCharacters();
        else
            showTrial();
    });
    for (QSpinBox *s : {m_run, m_trial, m_sampledTrial})
        connect(s, &QSpinBox::valueChanged, this, &BoardPage::showTrial);
    connect(m_within, &QComboBox::currentIndexChanged, this, &BoardPage::rebuildSampled);
    connect(m_ways, &QSpinBox::valueChanged, this, &BoardPage::rebuildSampled);
    connect(m_supportAlphabet, &QComboBox::currentIndexChanged, this, &BoardPage::showOwnImage);
    connect(m_supportDrawer, &QSpinBox::valueChanged, this, &BoardPage::showOwnImage);
    connect(m_pad, &DrawingPad::imageReady, this, [this](const cv::Mat &img) {
        m_queryImage = img.clone();
        ++m_input;
        m_message->clear();
        scoreCurrent();
    });
    connect(m_pad, &DrawingPad::refused, this, [this](const QString &why) {
        ++m_input; // a score of the previous image that lands later is stale: it must not hide this
        m_message->setText(QStringLiteral("<span style='color:#d62728'>%1</span>").arg(why.toHtmlEscaped()));
    });
    connect(m_model, &ModelService::modelChanged, this, &BoardPage::scoreCurrent);
    connect(m_runAll, &QPushButton::clicked, this, &BoardPage::runAll);
    connect(&m_scoreWatcher, &QFutureWatcher<std::vector<float>>::finished, this, [this] {
        if (m_scoring != m_input)
            return; // the scores of an input that another has replaced since
        const QString error = futureError(m_scoreWatcher.future());
        if (!error.isEmpty()) {
            m_message->setText(error);
            return;
        }
        m_grid->setScores(m_scoreWatcher.result(), m_truth);
        const int pick = m_grid->pick();
        if (m_truth >= 0) {
            m_message->setText(
                pick == m_truth ? tr("Right: the model picked the true match.")
                    : pick < 0
                    ? tr("Wrong: a tie for the top score counts as wrong.")
                    : tr("Wrong: the model picked candidate %1; the truth is %2.").arg(pick + 1).arg(m_truth + 1));
        } else if (pick >= 0) {
            m_message->setText(tr("Best match: %1").arg(m_candidateNames[pick]));
        }
        Q_EMIT scored();
    });
    connect(&m_allWatcher, &QFutureWatcher<std::vector<std::vector<float>>>::finished, this, [this] {
        m_runAll->setEnabled(true);
        const QString error = futureError(m_allWatcher.future());
        if (!error.isEmpty()) {
            m_summary->setText(error);
            return;
        }
        const auto scores = m_allWatcher.result();
        const data::OneShotTaskSet *set = taskSet();
        int correct = 0;
        m_failures->clear();
        for (std::size_t t = 0; t < scores.size(); ++t) {
            const auto &s = scores[t];
            const auto best = std::max_element(s.begin(), s.end()) - s.begin();
            const bool tie = std::count(s.begin(), s.end(), s[best]) > 1;
            const data::OneShotTrial &trial = set->trials[t];
            if (!tie && best == trial.answer) {
                ++correct;
                continue;
            }
            QImage strip(3 * 64 + 8, 64, QImage::Format_RGB32);
            strip.fill(Qt::white);
            QPainter p(&strip);
            p.drawImage(QRect(0, 0, 64, 64), toQImage(set->images[trial.query]));
            p.drawImage(QRect(68, 0, 64, 64), toQImage(set->images[trial.candidates[best]]));
            p.drawImage(QRect(136, 0, 64, 64), toQImage(set->images[trial.candidates[trial.answer]]));
            p.setPen(QPen(QColor(0xd6, 0x27, 0x28), 2));
            p.drawRect(QRect(68, 0, 63, 63));
            p.setPen(QPen(QColor(0x1b, 0x9e, 0x77), 2));
            p.drawRect(QRect(136, 0, 63, 63));
            p.end();
            auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(strip)),
                                             tr("run %1 trial %2").arg(trial.run + 1).arg(t % 20 + 1), m_failures);
            item->setData(Qt::UserRole, static_cast<int>(t));
        }
        m_failureCount = static_cast<int>(scores.size()) - correct;
        m_failureBox->setVisible(m_failureCount > 0);
        m_summaryText = tr("%1 of %2 trials right: %3% (%4)")
                            .arg(correct)
                            .arg(scores.size())
                            .arg(100.0 * correct / std::max<std::size_t>(1, scores.size()), 0, 'f', 1)
                            .arg(set->source);
        m_summary->setText(m_summaryText);
        Q_EMIT allScored(correct, static_cast<int>(scores.size()));
    });
    connect(m_failures, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int t = item->data(Qt::UserRole).toInt();
        if (m_source->currentIndex() == LakeRuns) {
            m_run->setValue(t / 20 + 1);
            m_trial->setValue(t % 20 + 1);
        } else {
            m_sampledTrial->setValue(t + 1);
        }
    });
}

void BoardPage::setData(std::shared_ptr<const data::Omniglot> data, const QString &dataFolder)
{
    m_data = std::move(data);
    const QString runs = QDir(dataFolder).filePath(QStringLiteral("all_runs.zip"));
    try {
        m_runs = data::loadRunSet(runs);
        m_run->setRange(1, m_runs.runCount);
    } catch (const Error &e) {
        m_message->setText(e.message());
    }
    const QSignalBlocker block(m_supportAlphabet);
    m_supportAlphabet->clear();
    for (const data::Alphabet &a : m_data->alphabets())
        m_supportAlphabet->addItem(a.name);
    rebuildSampled();
    showTrial();
}

void BoardPage::useOwnImageSource()
{
    m_source->setCurrentIndex(OwnImage);
}

void BoardPage::openSupportSet(const QString &folderOrZip)
{
    m_source->setCurrentIndex(YourCharacters);
    m_supportSummary->setText(tr("Loading %1...").arg(QFileInfo(folderOrZip).fileName()));
    m_supportWatcher.setFuture(QtConcurrent::run([folderOrZip] { return data::loadCharacterFolder(folderOrZip); }));
}

void BoardPage::showYourCharacters()
{
    if (m_source->currentIndex() != YourCharacters)
        return;
    m_candidates.clear();
    m_candidateNames.clear();
    std::vector<QImage> imgs;
    std::vector<QString> labels;
    const std::vector<int> counts = m_support.countsPerCharacter();
    for (int c = 0; c < m_support.characters.size(); ++c) {
        // The first image of each character stands for it; the score uses all of them.
        const auto first = std::find(m_support.labels.begin(), m_support.labels.end(), c) - m_support.labels.begin();
        m_candidates.push_back(m_support.images[static_cast<std::size_t>(first)]);
        m_candidateNames.push_back(m_support.characters[c]);
        imgs.push_back(toQImage(m_candidates.back()));
        const int k = counts[static_cast<std::size_t>(c)];
        labels.push_back(k > 1 ? tr("%1 ×%2").arg(m_support.characters[c]).arg(k) : m_support.characters[c]);
    }
    m_truth = -1;
    m_grid->setCandidates(imgs, labels);
    if (m_support.images.empty())
        m_message->setText(tr("Open a folder or zip of your characters, then draw, drop or paste a query."));
    else if (!m_queryImage.empty())
        scoreCurrent();
}

void BoardPage::rebuildSampled()
{
    if (!m_data)
        return;
    try {
        const data::Subset subset = data::selectSubset(*m_data, {data::lakeRunAlphabets(), {1, 2, 3, 4, 5, 6, 7, 8}});
        data::TaskSamplingOptions o;
        o.ways = m_ways->value();
        o.trials = 200;
        o.withinAlphabet = m_within->currentIndex() == 0;
        m_sampled = data::sampleTasks(*m_data, subset, o);
    } catch (const Error &e) {
        m_message->setText(e.message());
        m_sampled = {};
    }
    if (m_source->currentIndex() == Sampled)
        showTrial();
}

const data::OneShotTaskSet *BoardPage::taskSet() const
{
    return m_source->currentIndex() == LakeRuns ? &m_runs : &m_sampled;
}

void BoardPage::showTrial()
{
    if (m_source->currentIndex() == OwnImage || m_source->currentIndex() == YourCharacters)
        return;
    const data::OneShotTaskSet *set = taskSet();
    const int index = m_source->currentIndex() == LakeRuns ? (m_run->value() - 1) * 20 + m_trial->value() - 1
                                                           : m_sampledTrial->value() - 1;
    if (set->trials.empty() || index >= static_cast<int>(set->trials.size())) {
        m_grid->setCandidates({});
        return;
    }
    const data::OneShotTrial &t = set->trials[index];
    m_queryImage = set->images[t.query];
    ++m_input;
    m_candidates.clear();
    m_candidateNames.clear();
    std::vector<QImage> imgs;
    for (int c : t.candidates) {
        m_candidates.push_back(set->images[c]);
        m_candidateNames.push_back(set->imageNames.value(c));
        imgs.push_back(toQImage(set->images[c]));
    }
    m_truth = t.answer;
    m_query->setPixmap(
        QPixmap::fromImage(toQImage(m_queryImage).scaled(200, 200, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_grid->setCandidates(imgs);
    scoreCurrent();
}

void BoardPage::showOwnImage()
{
    if (!m_data || m_source->currentIndex() != OwnImage)
        return;
    const int a = m_supportAlphabet->currentIndex();
    if (a < 0)
        return;
    m_candidates.clear();
    m_candidateNames.clear();
    std::vector<QImage> imgs;
    std::vector<QString> labels;
    for (int c : m_data->alphabets()[a].characters) {
        int i = m_data->imageIndex(c, m_supportDrawer->value());
        if (i < 0)
            i = m_data->characters()[c].firstImage;
        m_candidates.push_back(m_data->image(i));
        m_candidateNames.push_back(m_data->imagePath(i));
        imgs.push_back(toQImage(m_candidates.back()));
        labels.push_back(m_data->characters()[c].folder);
    }
    m_truth = -1;
    m_grid->setCandidates(imgs, labels);
    if (!m_queryImage.empty())
        scoreCurrent();
}

void BoardPage::scoreCurrent()
{
    if (m_queryImage.empty() || m_candidates.empty())
        return;
    if (!m_model->hasModel()) {
        m_message->setText(tr("No model: train one or open a checkpoint (File menu) to score."));
        return;
    }
    // A watcher reports only its latest future; the id also drops a score that a refusal has
    // made stale. Nothing here waits.
    m_scoring = m_input;
    if (m_source->currentIndex() == YourCharacters)
        m_scoreWatcher.setFuture(m_model->scoreCharacters(m_queryImage, m_support.images, m_support.labels,
                                                          static_cast<int>(m_support.characters.size())));
    else
        m_scoreWatcher.setFuture(m_model->score(m_queryImage, m_candidates));
}

QString BoardPage::addQueryTo(const QString &folder, const QString &character)
{
    try {
        const QString path = data::addDrawing(folder, character, m_queryImage);
        const int characters = static_cast<int>(data::characterSubfolders(folder).size());
        if (characters >= 2) {
            openSupportSet(folder);
            m_message->setText(tr("Saved %1.").arg(path));
        } else {
            m_message->setText(
                tr("Saved %1. A support set needs two characters at least: draw another and add it.").arg(path));
        }
        return path;
    } catch (const Error &e) {
        m_message->setText(QStringLiteral("<span style='color:#d62728'>%1</span>").arg(e.message().toHtmlEscaped()));
        return {};
    }
}

void BoardPage::classifyQueryFolder(const QString &folderOrZip)
{
    if (m_support.characters.isEmpty()) {
        const QString why = tr("Open your characters first: the queries are ranked against them.");
        m_message->setText(why);
        Q_EMIT folderFailed(why);
        return;
    }
    m_message->setText(tr("Classifying the queries in %1...").arg(folderOrZip));
    m_folderWatcher.setFuture(m_model->classifyFolder(m_support, folderOrZip));
}

ConfusionDialog *BoardPage::confusionDialog() const
{
    return m_confusion;
}

WaysCurveDialog *BoardPage::openWaysCurve()
{
    if (!m_waysCurve) {
        m_waysCurve = new WaysCurveDialog(m_model, m_data, this);
        m_waysCurve->setAttribute(Qt::WA_DeleteOnClose);
    }
    return m_waysCurve;
}

void BoardPage::runAll()
{
    const data::OneShotTaskSet *set = taskSet();
    if (set->trials.empty() || !m_model->hasModel()) {
        m_summary->setText(tr("Nothing to score: load the data and a model first."));
        return;
    }
    std::vector<ModelService::Trial> trials;
    for (const data::OneShotTrial &t : set->trials)
        trials.push_back({t.query, t.candidates});
    m_runAll->setEnabled(false);
    m_summary->setText(tr("Scoring %1 trials...").arg(trials.size()));
    m_allWatcher.setFuture(m_model->scoreTrials(set->images, trials));
}

QString BoardPage::summary() const
{
    return m_summaryText;
}

int BoardPage::failureCount() const
{
    return m_failureCount;
}

} // namespace oneshot::ui
