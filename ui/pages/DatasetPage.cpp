#include "pages/DatasetPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ImageConvert.h"
#include "data/Omniglot.h"

namespace oneshot::ui {

namespace {
constexpr int kCharacterRole = Qt::UserRole + 1;
constexpr int kImageRole = Qt::UserRole + 2;
} // namespace

DatasetPage::DatasetPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("datasetSummary"));
    QFont f = m_summary->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    m_summary->setFont(f);
    layout->addWidget(m_summary);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_message);
    m_firstRun = new QWidget(this);
    auto *firstRun = new QHBoxLayout(m_firstRun);
    firstRun->setContentsMargins(0, 0, 0, 0);
    auto *choose = new QPushButton(tr("Choose a folder with the Omniglot zips..."), m_firstRun);
    auto *download = new QPushButton(tr("Download the official zips (16 MB)"), m_firstRun);
    download->setToolTip(tr("From github.com/brendenlake/omniglot; size, md5 and content are checked"));
    firstRun->addWidget(choose);
    firstRun->addWidget(download);
    firstRun->addStretch(1);
    m_firstRun->setVisible(false);
    layout->addWidget(m_firstRun);
    connect(choose, &QPushButton::clicked, this, &DatasetPage::chooseFolderRequested);
    connect(download, &QPushButton::clicked, this, &DatasetPage::downloadRequested);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeWidget(split);
    m_tree->setHeaderLabels({tr("Alphabet / character"), tr("Id"), tr("Drawings")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setToolTip(tr("The 50 Omniglot alphabets: 30 background and 20 evaluation."));
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_characterTitle = new QLabel(tr("Select a character to see its 20 drawings."), right);
    rightLayout->addWidget(m_characterTitle);
    m_thumbs = new QListWidget(right);
    m_thumbs->setViewMode(QListView::IconMode);
    m_thumbs->setIconSize(QSize(105, 105));
    m_thumbs->setGridSize(QSize(125, 140));
    m_thumbs->setResizeMode(QListView::Adjust);
    m_thumbs->setMovement(QListView::Static);
    m_thumbs->setToolTip(tr("Double-click a drawing to see its activation maps."));
    rightLayout->addWidget(m_thumbs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({380, 760});
    layout->addWidget(split, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kCharacterRole).isValid())
            showCharacter(item->data(0, kCharacterRole).toInt());
    });
    connect(m_thumbs, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT imageActivated(item->data(kImageRole).toInt()); });
    showMessage(tr("Looking for the Omniglot data..."));
}

void DatasetPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_firstRun->setVisible(false);
}

void DatasetPage::showFirstRun(const QString &text)
{
    showMessage(text);
    m_firstRun->setVisible(true);
}

void DatasetPage::setData(std::shared_ptr<const data::Omniglot> data)
{
    m_data = std::move(data);
    showMessage({});
    m_tree->clear();
    QStringList parts;
    for (const auto &s : m_data->summaries())
        parts << tr("%1: %2 alphabets, %3 characters, %4 images")
                     .arg(s.name)
                     .arg(s.alphabets)
                     .arg(s.characters)
                     .arg(s.images);
    m_summary->setText(parts.join(QStringLiteral("   ·   ")));

    const auto addSet = [this](data::OmniglotSet set, const QString &title) {
        auto *top = new QTreeWidgetItem(m_tree, {title});
        top->setFirstColumnSpanned(false);
        int characters = 0;
        for (const data::Alphabet &a : m_data->alphabets()) {
            if (a.set != set)
                continue;
            auto *alphaItem = new QTreeWidgetItem(top,
                                                  {QString(a.name).replace(QLatin1Char('_'), QLatin1Char(' ')),
                                                   QString(), QString::number(a.characters.size())});
            for (int c : a.characters) {
                const data::Character &ch = m_data->characters()[c];
                auto *item = new QTreeWidgetItem(alphaItem,
                                                 {ch.folder, QStringLiteral("%1").arg(ch.id, 4, 10, QLatin1Char('0')),
                                                  QString::number(ch.imageCount)});
                item->setData(0, kCharacterRole, c);
            }
            characters += static_cast<int>(a.characters.size());
        }
        top->setText(2, QString::number(characters));
        top->setExpanded(true);
    };
    addSet(data::OmniglotSet::Background, tr("Background set"));
    addSet(data::OmniglotSet::Evaluation, tr("Evaluation set"));
    if (!m_data->characters().empty()) {
        auto *first = m_tree->topLevelItem(0)->child(0);
        first->setExpanded(true);
        m_tree->setCurrentItem(first->child(0));
    }
}

void DatasetPage::showCharacter(int characterIndex)
{
    const data::Character &ch = m_data->characters()[characterIndex];
    const data::Alphabet &alpha = m_data->alphabets()[ch.alphabet];
    m_characterTitle->setText(
        tr("<b>%1</b>, %2 (id %3): %4 drawings").arg(alpha.name, ch.folder).arg(ch.id).arg(ch.imageCount));
    m_thumbs->clear();
    const qreal dpr = devicePixelRatioF();
    for (int i = ch.firstImage; i < ch.firstImage + ch.imageCount; ++i) {
        QImage img = toQImage(m_data->image(i));
        // Nearest-neighbour scaling keeps the binary strokes sharp on high-DPI screens.
        QPixmap pm = QPixmap::fromImage(img.scaled(QSize(105, 105) * dpr, Qt::KeepAspectRatio, Qt::FastTransformation));
        pm.setDevicePixelRatio(dpr);
        auto *item = new QListWidgetItem(QIcon(pm), tr("drawer %1").arg(m_data->images()[i].drawer), m_thumbs);
        item->setData(kImageRole, i);
        item->setToolTip(m_data->imagePath(i));
    }
}

} // namespace oneshot::ui
