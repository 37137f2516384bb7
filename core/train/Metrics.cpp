#include "train/Metrics.h"

#include <algorithm>

#include <QFile>

#include "common/Error.h"
#include "train/LossConfig.h"

namespace oneshot::train {

namespace {

QString num(double v, int precision = 6)
{
    return std::isnan(v) ? QString() : QString::number(v, 'g', precision);
}

double parse(const QString &s)
{
    bool ok = false;
    const double v = s.toDouble(&ok);
    return ok ? v : std::numeric_limits<double>::quiet_NaN();
}

const char *const kFixedColumns
    = "kind,step,epoch,wall_time_s,lr,loss,pairs_per_s,val_loss,val_acc_05,val_acc_tuned,val_threshold,val_oneshot,"
      "best";

QString termColumn(const QString &term)
{
    return QLatin1String("loss_") + term;
}

} // namespace

QString metricsCsvHeader()
{
    QString header = QString::fromLatin1(kFixedColumns);
    for (const QString &t : lossTermNames())
        header += QLatin1Char(',') + termColumn(t);
    return header;
}

QString toCsvRow(const StepMetrics &m)
{
    const double epochPos = m.epoch + m.epochProgress;
    QString row
        = QStringLiteral("step,%1,%2,%3,%4,%5,%6,,,,,,")
              .arg(m.step)
              .arg(num(epochPos, 6), num(m.wallSeconds, 7), num(m.lr, 6), num(m.loss, 7), num(m.pairsPerSecond, 5));
    const qsizetype terms = lossTermNames().size();
    for (qsizetype i = 0; i < terms; ++i)
        row += QLatin1Char(',') + (i < static_cast<qsizetype>(m.terms.size()) ? num(m.terms[i], 7) : QString());
    return row;
}

QString toCsvRow(const EpochMetrics &m)
{
    return QStringLiteral("epoch,%1,%2,%3,%4,%5,,%6,%7,%8,%9,%10,%11")
               .arg(m.step)
               .arg(m.epoch)
               .arg(num(m.wallSeconds, 7), num(m.lr, 6), num(m.trainLoss, 7), num(m.valLoss, 7), num(m.valAccAtHalf, 6),
                    num(m.valAccTuned, 6), num(m.valThreshold, 6), num(m.valOneShot, 6))
               .arg(m.best ? 1 : 0)
        + QString(lossTermNames().size(), QLatin1Char(','));
}

void estimateProgress(StepMetrics &m, double doneViews, double totalViews, double budgetSeconds)
{
    m.progress = std::min(1.0, doneViews / totalViews);
    if (m.pairsPerSecond > 0)
        m.etaSeconds = (totalViews - doneViews) / m.pairsPerSecond;
    if (budgetSeconds > 0) {
        m.progress = std::max(m.progress, std::min(1.0, m.wallSeconds / budgetSeconds));
        m.etaSeconds
            = m.etaSeconds < 0 ? budgetSeconds - m.wallSeconds : std::min(m.etaSeconds, budgetSeconds - m.wallSeconds);
    }
}

std::vector<MetricsRow> readMetricsCsv(const QString &path)
{
    MetricsFollower follower(path);
    follower.update();
    return follower.rows();
}

MetricsFollower::MetricsFollower(QString path)
    : m_path(std::move(path))
{
}

void MetricsFollower::readHeader(const QByteArray &line)
{
    m_header = QString::fromUtf8(line).trimmed().split(QLatin1Char(','));
    if (!m_header.contains(QStringLiteral("kind")) || !m_header.contains(QStringLiteral("step"))
        || !m_header.contains(QStringLiteral("loss")))
        throw Error(QObject::tr("%1 is not a metrics file (no kind, step and loss columns)").arg(m_path));
}

bool MetricsFollower::update()
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QObject::tr("Cannot read metrics %1: %2").arg(m_path, f.errorString()));
    // A file that shrank, or whose last line read is no longer where it was (rewritten when a run
    // resumed), is read again from the start.
    bool restarted = false;
    if (m_offset > 0) {
        bool same = f.size() >= m_offset;
        if (same && !m_lastLine.isEmpty()) {
            f.seek(m_offset - m_lastLine.size());
            same = f.read(m_lastLine.size()) == m_lastLine;
        }
        if (!same) {
            m_offset = 0;
            m_rows.clear();
            m_header.clear();
            m_lastLine.clear();
            restarted = true;
        }
    }
    if (f.size() == m_offset)
        return restarted;
    f.seek(m_offset);
    const QByteArray bytes = f.readAll();
    const qsizetype end = bytes.lastIndexOf('\n') + 1; // a line still being written waits
    if (end == 0)
        return restarted;
    const std::size_t before = m_rows.size();
    qsizetype at = 0;
    if (m_header.isEmpty()) {
        const qsizetype nl = bytes.indexOf('\n');
        readHeader(bytes.left(nl));
        at = nl + 1;
    }
    const auto col = [this](const char *name) { return m_header.indexOf(QString::fromLatin1(name)); };
    const qsizetype cKind = col("kind"), cStep = col("step"), cEpoch = col("epoch"), cWall = col("wall_time_s"),
                    cLr = col("lr"), cLoss = col("loss"), cPps = col("pairs_per_s"), cVl = col("val_loss"),
                    cA5 = col("val_acc_05"), cAt = col("val_acc_tuned"), cTh = col("val_threshold"),
                    cOs = col("val_oneshot"), cBest = col("best");
    std::vector<qsizetype> cTerms;
    for (const QString &t : lossTermNames())
        cTerms.push_back(m_header.indexOf(termColumn(t)));
    while (at < end) {
        const qsizetype nl = bytes.indexOf('\n', at);
        const QStringList f = QString::fromUtf8(bytes.mid(at, nl - at)).trimmed().split(QLatin1Char(','));
        at = nl + 1;
        if (f.size() != m_header.size())
            continue;
        auto value = [&f](qsizetype c) { return c >= 0 ? parse(f[c]) : std::numeric_limits<double>::quiet_NaN(); };
        // A step or epoch that is no count (empty, NaN, negative, absurdly large) marks a torn or
        // foreign row: skipped like one with the wrong number of fields.
        const double stepValue = value(cStep);
        const double epochValue = cEpoch >= 0 ? value(cEpoch) : 0.0;
        if (!(stepValue >= 0 && stepValue < 1e15 && epochValue >= 0 && epochValue < 1e9))
            continue;
        MetricsRow r;
        r.kind = f[cKind];
        if (r.kind == QLatin1String("step")) {
            r.step.step = static_cast<long long>(stepValue);
            const double e = epochValue;
            r.step.epoch = static_cast<int>(e);
            r.step.epochProgress = e - r.step.epoch;
            r.step.wallSeconds = value(cWall);
            r.step.lr = value(cLr);
            r.step.loss = value(cLoss);
            r.step.pairsPerSecond = value(cPps);
            for (qsizetype c : cTerms)
                r.step.terms.push_back(value(c));
        } else if (r.kind == QLatin1String("epoch")) {
            r.epoch.step = static_cast<long long>(stepValue);
            r.epoch.epoch = static_cast<int>(epochValue);
            r.epoch.wallSeconds = value(cWall);
            r.epoch.lr = value(cLr);
            r.epoch.trainLoss = value(cLoss);
            r.epoch.valLoss = value(cVl);
            r.epoch.valAccAtHalf = value(cA5);
            r.epoch.valAccTuned = value(cAt);
            r.epoch.valThreshold = value(cTh);
            r.epoch.valOneShot = value(cOs);
            r.epoch.best = value(cBest) == 1.0;
        } else {
            continue;
        }
        m_rows.push_back(r);
    }
    const qsizetype lastStart = end >= 2 ? bytes.lastIndexOf('\n', end - 2) + 1 : 0;
    m_lastLine = bytes.mid(lastStart, end - lastStart);
    m_offset += end;
    return restarted || m_rows.size() != before;
}

} // namespace oneshot::train
