// The soak: the whole GUI trains the CPU preset for a number of minutes while this driver
// switches pages, drops files on the board (real characters, a text file, a broken PNG, a huge
// image), shows characters on the Activations page, maps an alphabet's embeddings and exports the
// filters, every few seconds.
// It samples resident memory each minute and the longest gap between ticks of a 5 ms timer on the
// GUI thread, counts Qt warnings, and prints the figures; each gap of 40 ms or more is printed
// when it happens, with where its time went. scripts/soak.sh runs it under Xvfb.
//
// Usage: oneshot_soak --minutes M --data DIR --out DIR [--threads N] [--report-only]
// Exit status 0 when memory grew by less than 5 % after the first five minutes (the median of
// the last five minutes' samples against that of minutes 5-9; for runs of five minutes or less,
// from the first minute), the worst gap stayed under 50 ms (both only
// reported with --report-only), every kind of action worked and no warning was printed; 1
// otherwise; 2 for bad arguments or a run that could not start.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMimeData>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <opencv2/imgcodecs.hpp>

#include "common/Allocator.h"
#include "controllers/ModelService.h"
#include "controllers/TrainingController.h"
#include "data/Omniglot.h"
#include "MainWindow.h"
#include "pages/ActivationsPage.h"
#include "pages/BoardPage.h"
#include "pages/EmbeddingPage.h"
#include "pages/FiltersPage.h"
#include "pages/TrainPage.h"
#include "train/TrainConfig.h"
#include "widgets/DrawingPad.h"

using namespace oneshot;
using namespace oneshot::ui;

namespace {

std::atomic<int> g_warnings{0};
QByteArray g_activity = "idle"; ///< what the driver did last, for the gaps' causes
/// The program's last event (an epoch, a model loaded, a board scored, ...) and when it came, for
/// the causes of gaps the driver did not start: a gap within 150 ms after one is put down to it.
QByteArray g_event;
QElapsedTimer g_eventClock;
void noteEvent(const char *name)
{
    g_event = name;
    g_eventClock.start();
}
QtMessageHandler g_previousHandler = nullptr;

void countWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++g_warnings;
    g_previousHandler(type, context, message);
}

/// Resident memory of this process in KiB, from /proc/self/status.
long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

std::int64_t steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// The calling thread's time on a CPU and waiting for one (nanoseconds), from the kernel's
/// schedstat; both -1 where it cannot be read.
class ThreadSchedule
{
public:
    ThreadSchedule()
        : m_fd(::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC))
    {
    }
    ~ThreadSchedule()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    ThreadSchedule(const ThreadSchedule &) = delete;
    ThreadSchedule &operator=(const ThreadSchedule &) = delete;
    std::pair<qint64, qint64> read() const
    {
        char text[128] = {};
        if (m_fd < 0 || ::pread(m_fd, text, sizeof text - 1, 0) <= 0)
            return {-1, -1};
        long long onCpu = -1;
        long long waiting = -1;
        if (std::sscanf(text, "%lld %lld", &onCpu, &waiting) != 2)
            return {-1, -1};
        return {onCpu, waiting};
    }

private:
    int m_fd;
};

/// The longest gap between ticks of a 5 ms timer on the GUI thread, overall and since the last
/// call of takeMinute(). Each gap of 40 ms or more is printed as it happens and kept for the
/// report with where its time went: the GUI thread's own work (on a CPU), waiting for a CPU (the
/// scheduler), or neither (blocked: a lock, a system call), and whether the half-minute
/// malloc_trim was running in it.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        m_lastSchedule = m_schedule.read();
        m_lastNs = steadyNs();
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 gap = now - m_last;
            m_last = now;
            const std::pair<qint64, qint64> schedule = m_schedule.read();
            const std::int64_t nowNs = steadyNs();
            if (gap >= 40'000'000)
                noteLongGap(gap, schedule, nowNs);
            m_lastSchedule = schedule;
            m_lastNs = nowNs;
            m_minute = std::max(m_minute, gap);
            m_worst = std::max(m_worst, gap);
            if (gap > 50'000'000)
                ++m_over50;
            if (gap > 20'000'000) { // the long gaps, by what the driver or the program did just before
                QByteArray cause = g_activity;
                if (cause == "idle" && !g_event.isEmpty() && g_eventClock.isValid() && g_eventClock.elapsed() < 150)
                    cause += ", after " + g_event;
                m_causes[QString::fromLatin1(cause)].push_back(gap / 1e6);
            }
            g_activity = "idle";
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start();
    }
    /// Ends the measurement (before the program shuts down, which may wait for training to stop).
    void stop() { m_timer.stop(); }
    double worstMs() const { return m_worst / 1e6; }
    double takeMinute()
    {
        const double ms = m_minute / 1e6;
        m_minute = 0;
        return ms;
    }
    qint64 over50() const { return m_over50; }
    /// The gaps of 40 ms or more, in order.
    QJsonArray longGaps() const { return m_longGaps; }
    qint64 ticks() const { return m_ticks; }
    /// Gaps over 20 ms by activity: how many, and the longest.
    QJsonObject causes() const
    {
        QJsonObject o;
        for (auto it = m_causes.begin(); it != m_causes.end(); ++it)
            o[it.key()] = QStringLiteral("%1 gaps, worst %2 ms")
                              .arg(it.value().size())
                              .arg(*std::max_element(it.value().begin(), it.value().end()), 0, 'f', 1);
        return o;
    }

private:
    void noteLongGap(qint64 gap, std::pair<qint64, qint64> schedule, std::int64_t nowNs)
    {
        QByteArray cause = g_activity;
        if (cause == "idle" && !g_event.isEmpty() && g_eventClock.isValid() && g_eventClock.elapsed() < 150)
            cause += ", after " + g_event;
        const double ms = gap / 1e6;
        const bool known = schedule.first >= 0 && m_lastSchedule.first >= 0;
        const double onCpu = known ? (schedule.first - m_lastSchedule.first) / 1e6 : -1;
        const double waiting = known ? (schedule.second - m_lastSchedule.second) / 1e6 : -1;
        const double blocked = known ? std::max(0.0, ms - onCpu - waiting) : -1;
        const std::int64_t trimStart = oneshot::lastTrim().startNs.load();
        const std::int64_t trimEnd = oneshot::lastTrim().endNs.load();
        const bool trimming = trimStart > 0 && trimStart < nowNs && (trimEnd == 0 || trimEnd > m_lastNs);
        const double at = m_clock.elapsed() / 1000.0;
        std::printf("gap %6.1f ms at %7.1f s: on CPU %.1f, waiting for a CPU %.1f, blocked %.1f ms; %s%s\n", ms, at,
                    onCpu, waiting, blocked, cause.constData(), trimming ? "; malloc_trim running" : "");
        std::fflush(stdout);
        m_longGaps.append(QJsonObject{{QStringLiteral("at_s"), at},
                                      {QStringLiteral("gap_ms"), ms},
                                      {QStringLiteral("on_cpu_ms"), onCpu},
                                      {QStringLiteral("waiting_for_cpu_ms"), waiting},
                                      {QStringLiteral("blocked_ms"), blocked},
                                      {QStringLiteral("activity"), QString::fromLatin1(cause)},
                                      {QStringLiteral("malloc_trim"), trimming}});
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    ThreadSchedule m_schedule;
    std::pair<qint64, qint64> m_lastSchedule{-1, -1};
    std::int64_t m_lastNs = 0;
    QJsonArray m_longGaps;
    qint64 m_last = 0;
    qint64 m_minute = 0;
    qint64 m_worst = 0;
    qint64 m_over50 = 0;
    qint64 m_ticks = 0;
    QMap<QString, QVector<double>> m_causes;
};

/// The files the driver drops on the board, in turn: two real characters and three that must
/// be refused with a message.
QStringList makeDropFiles(const QDir &dir, const data::Omniglot &data)
{
    const QString first = dir.filePath(QStringLiteral("character a.png"));
    const QString second = dir.filePath(QStringLiteral("zeichen ü.png"));
    cv::imwrite(first.toStdString(), data.image(101));
    cv::imwrite(second.toStdString(), data.image(20001));
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile t(text);
    if (t.open(QIODevice::WriteOnly))
        t.write("not an image\n");
    const QString broken = dir.filePath(QStringLiteral("broken.png"));
    QFile b(broken);
    if (b.open(QIODevice::WriteOnly))
        b.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, 'x'));
    const QString huge = dir.filePath(QStringLiteral("huge.png"));
    cv::imwrite(huge.toStdString(), cv::Mat(9000, 9000, CV_8UC1, cv::Scalar(255)));
    return {first, text, second, broken, huge};
}

} // namespace

int main(int argc, char *argv[])
{
    keepFreedMemory(Arenas::OnePerThread); // as the GUI (app/studio_main.cpp)
    // Counted from the start: a warning Qt prints while it sets up counts too. Xvfb sessions have
    // no XDG_RUNTIME_DIR, which Qt would warn about; a desktop session has one.
    g_previousHandler = qInstallMessageHandler(countWarnings);
    QTemporaryDir runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        QFile::setPermissions(runtimeDir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OneshotStudioSoak"));
    QCoreApplication::setApplicationName(QStringLiteral("oneshot-soak"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("minutes"), QStringLiteral("How long to run."), QStringLiteral("M"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("data"), QStringLiteral("The Omniglot folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where the runs and exports go."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("report-only"),
                      QStringLiteral("Report memory and pauses without judging them (shared machines, short runs); "
                                     "every action must still work and nothing may warn.")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Training threads (0: the preset's)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.process(app);
    bool ok = false;
    const double minutes = parser.value(QStringLiteral("minutes")).toDouble(&ok);
    if (!ok || minutes <= 0 || !parser.isSet(QStringLiteral("data")) || !parser.isSet(QStringLiteral("out"))) {
        std::fprintf(stderr, "oneshot_soak: give --minutes (> 0), --data DIR and --out DIR\n");
        return 2;
    }
    const QDir out(parser.value(QStringLiteral("out")));
    QDir().mkpath(out.filePath(QStringLiteral("drops")));
    QDir().mkpath(out.filePath(QStringLiteral("exports")));
    QStandardPaths::setTestModeEnabled(true); // the soak leaves the user's settings alone

    MainWindow window;
    window.setCloseConfirmation([] { return true; });
    window.resize(1280, 800);
    window.show();

    QElapsedTimer clock;
    std::unique_ptr<StallProbe> probe;
    QStringList drops;
    std::vector<long> rss; // KiB, one per minute
    std::vector<double> minuteGaps;
    int runsStarted = 0;
    int actions = 0;
    int exportsWritten = 0;
    int refusals = 0;
    int boardScores = 0;
    int maps = 0;
    long long steps = 0;
    QString failure;

    auto startRun = [&] {
        train::TrainConfig c = train::TrainConfig::forPreset(QStringLiteral("cpu"));
        c.dataFolder = parser.value(QStringLiteral("data"));
        const int threads = parser.value(QStringLiteral("threads")).toInt();
        if (threads > 0)
            c.threads = threads;
        c.minutes = std::max(1.0, minutes - clock.elapsed() / 60000.0);
        window.trainPage()->setConfig(c);
        const QString folder = out.filePath(QStringLiteral("run%1").arg(++runsStarted));
        QDir(folder).removeRecursively(); // an earlier soak's
        window.trainPage()->setRunFolder(folder);
        window.trainPage()->startTraining();
    };

    const QStringList pages
        = {QStringLiteral("train"),       QStringLiteral("filters"), QStringLiteral("board"),    QStringLiteral("runs"),
           QStringLiteral("activations"), QStringLiteral("data"),    QStringLiteral("reproduce")};
    QTimer actionTimer;
    actionTimer.setInterval(3000);
    QObject::connect(&actionTimer, &QTimer::timeout, [&] {
        const int a = actions++;
        g_activity = "show " + pages[a % pages.size()].toLatin1();
        window.showPage(pages[a % pages.size()]);
        switch (a % 4) {
        case 0: { // a drop on the board, real or not
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(drops[(a / 3) % drops.size()])});
            g_activity += " + drop";
            window.boardPage()->pad()->acceptMime(&mime);
            break;
        }
        case 1: { // the filters, exported as PNG and SVG
            const QString base = out.filePath(QStringLiteral("exports/filters-%1").arg(a % 10));
            g_activity += " + export filters";
            if (window.filtersPage()->historySize() > 0 || window.models()->hasModel()) {
                exportsWritten += window.filtersPage()->exportPng(base + QLatin1String(".png"), 12);
                exportsWritten += window.filtersPage()->exportSvg(base + QLatin1String(".svg"), 12);
            }
            break;
        }
        case 2: { // a map of one alphabet's embeddings (PCA), in turn
            g_activity += " + embedding map";
            const auto &alphabets = window.dataSet()->alphabets();
            window.embeddingPage()->chooseSet(alphabets[(a / 4) % alphabets.size()].name);
            break;
        }
        default: // a character on the Activations page
            g_activity += " + activations";
            window.activationsPage()->setImage(
                window.dataSet()->image((a * 7919) % int(window.dataSet()->images().size())), QStringLiteral("soak"));
            break;
        }
    });
    QObject::connect(window.boardPage()->pad(), &DrawingPad::refused, [&] { ++refusals; });
    QObject::connect(window.boardPage(), &BoardPage::scored, [&] { ++boardScores; });
    QObject::connect(window.embeddingPage(), &EmbeddingPage::mapped, [&] { ++maps; });
    QObject::connect(window.training(), &TrainingController::steps, [&](const auto &batch) {
        steps += batch.size();
        noteEvent("training steps");
    });
    QObject::connect(window.training(), &TrainingController::epoch, [] { noteEvent("an epoch"); });
    QObject::connect(window.training(), &TrainingController::filters, [] { noteEvent("filters"); });
    QObject::connect(window.models(), &ModelService::modelChanged, [] { noteEvent("a model loaded"); });
    QObject::connect(window.boardPage(), &BoardPage::scored, [] { noteEvent("the board scored"); });
    QObject::connect(window.embeddingPage(), &EmbeddingPage::mapped, [] { noteEvent("a map drawn"); });

    QTimer minuteTimer;
    minuteTimer.setInterval(60000);
    QObject::connect(&minuteTimer, &QTimer::timeout, [&] {
        rss.push_back(residentKiB());
        minuteGaps.push_back(probe->takeMinute());
        std::printf("minute %2zu: resident %6.1f MiB, worst gap %6.1f ms, %lld steps, %d actions, %d warnings\n",
                    rss.size() - 1, rss.back() / 1024.0, minuteGaps.back(), steps, actions, g_warnings.load());
        std::fflush(stdout);
        if (clock.elapsed() >= minutes * 60000.0 - 1000)
            app.quit();
    });

    QObject::connect(window.training(), &TrainingController::finished, [&](const QJsonObject &result) {
        if (result.value(QStringLiteral("failed")).toBool()) {
            failure = result.value(QStringLiteral("message")).toString();
            app.exit(2);
            return;
        }
        if (clock.elapsed() < minutes * 60000.0 - 90000) // a run that stopped early: start another
            QTimer::singleShot(1000, &app, startRun);
    });
    QObject::connect(&window, &MainWindow::dataFailed, [&](const QString &message) {
        failure = message;
        app.exit(2);
    });
    QObject::connect(&window, &MainWindow::dataLoaded, [&] {
        drops = makeDropFiles(QDir(out.filePath(QStringLiteral("drops"))), *window.dataSet());
        window.boardPage()->useOwnImageSource();
        clock.start();
        probe = std::make_unique<StallProbe>();
        rss.push_back(residentKiB()); // minute 0
        startRun();
        actionTimer.start();
        minuteTimer.start();
    });
    window.loadData(parser.value(QStringLiteral("data")));

    const int code = app.exec();
    // Shutting down (stopping the training run) is not part of the soak's pauses.
    if (probe)
        probe->stop();
    actionTimer.stop();
    minuteTimer.stop();
    window.training()->stop();
    if (code == 2 || !probe) {
        std::fprintf(stderr, "oneshot_soak: %s\n",
                     qPrintable(failure.isEmpty() ? QStringLiteral("did not start") : failure));
        return 2;
    }
    // Growth is measured from minute 5 (the first minutes fill caches, pools and the charts'
    // first epochs); a short soak measures from minute 1. Resident memory swings by up to 10 %
    // from one minute to the next (the GUI hands freed memory back every 30 s, and the next
    // training step takes it again), so the judged figure compares the median of the five
    // samples from minute 5 with the median of the last five; the single samples are reported
    // too.
    const size_t from = rss.size() > 6 ? 5 : std::min<size_t>(1, rss.size() - 1);
    const double growth = 100.0 * (rss.back() - rss[from]) / double(rss[from]);
    const auto median = [](std::vector<long> v) {
        std::sort(v.begin(), v.end());
        return double(v[v.size() / 2]);
    };
    const size_t samples = std::min<size_t>(5, rss.size() - from);
    const double early = median(std::vector<long>(rss.begin() + long(from), rss.begin() + long(from + samples)));
    const double late = median(std::vector<long>(rss.end() - long(samples), rss.end()));
    const double medianGrowth = 100.0 * (late - early) / early;
    const double peak = *std::max_element(rss.begin(), rss.end()) / 1024.0;
    QJsonObject figures{{QStringLiteral("minutes"), clock.elapsed() / 60000.0},
                        {QStringLiteral("rss_start_mib"), rss[from] / 1024.0},
                        {QStringLiteral("rss_end_mib"), rss.back() / 1024.0},
                        {QStringLiteral("rss_peak_mib"), peak},
                        {QStringLiteral("rss_growth_percent"), growth},
                        {QStringLiteral("rss_growth_from_minute"), int(from)},
                        {QStringLiteral("rss_median_growth_percent"), medianGrowth},
                        {QStringLiteral("worst_gap_ms"), probe->worstMs()},
                        {QStringLiteral("gaps_over_50ms"), probe->over50()},
                        {QStringLiteral("probe_ticks"), probe->ticks()},
                        {QStringLiteral("gaps_over_20ms_by_activity"), probe->causes()},
                        {QStringLiteral("gaps_of_40ms_or_more"), probe->longGaps()},
                        {QStringLiteral("warnings"), g_warnings.load()},
                        {QStringLiteral("training_steps"), steps},
                        {QStringLiteral("runs"), runsStarted},
                        {QStringLiteral("actions"), actions},
                        {QStringLiteral("board_scores"), boardScores},
                        {QStringLiteral("refusals"), refusals},
                        {QStringLiteral("embedding_maps"), maps},
                        {QStringLiteral("exports"), exportsWritten}};
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    const bool judged = !parser.isSet(QStringLiteral("report-only"));
    const bool pass = (!judged || (medianGrowth < 5.0 && probe->worstMs() < 50.0)) && g_warnings.load() == 0
        && boardScores > 0 && refusals > 0 && exportsWritten > 0 && maps > 0 && steps > 0;
    std::printf("soak %s%s\n", pass ? "passed" : "FAILED",
                judged ? "" : " (memory and pauses reported, not judged: --report-only)");
    return pass ? 0 : 1;
}
