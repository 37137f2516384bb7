#include "train/RunFolder.h"

#include <cerrno>
#include <cstring>

#include <QDir>
#include <QFileInfo>

#include "common/AtomicFile.h"
#include "common/Error.h"

namespace oneshot::train {

RunFolder::RunFolder(QString dir)
    : m_dir(std::move(dir))
{
}

QString RunFolder::configPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("config.json"));
}

QString RunFolder::metricsPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("metrics.csv"));
}

QString RunFolder::resultPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("result.json"));
}

QString RunFolder::lastCheckpoint() const
{
    return QDir(m_dir).filePath(QStringLiteral("checkpoints/last.pt"));
}

QString RunFolder::bestCheckpoint() const
{
    return QDir(m_dir).filePath(QStringLiteral("checkpoints/best.pt"));
}

void RunFolder::refuseIfNotEmpty() const
{
    const QDir dir(m_dir);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot))
        throw Error(QObject::tr("Run folder %1 is not empty: choose a new one, or resume it").arg(m_dir));
}

void RunFolder::create(const TrainConfig &config)
{
    refuseIfNotEmpty();
    // config.json first: a run killed at any moment after it can be resumed (or started again).
    if (!QDir().mkpath(m_dir))
        throw Error(QObject::tr("Cannot create run folder %1").arg(m_dir));
    writeJsonAtomically(configPath(), config.toJson());
    writeFileAtomically(metricsPath(), (metricsCsvHeader() + QLatin1Char('\n')).toUtf8());
    if (!QDir().mkpath(QDir(m_dir).filePath(QStringLiteral("checkpoints"))))
        throw Error(QObject::tr("Cannot create run folder %1").arg(m_dir));
}

void RunFolder::reopen(long long step, int epoch)
{
    if (!QDir().mkpath(QDir(m_dir).filePath(QStringLiteral("checkpoints"))))
        throw Error(QObject::tr("Cannot create run folder %1").arg(m_dir));
    QString kept = metricsCsvHeader() + QLatin1Char('\n');
    if (QFileInfo::exists(metricsPath())) {
        for (const MetricsRow &r : readMetricsCsv(metricsPath())) {
            if (r.kind == QLatin1String("step") && r.step.step <= step)
                kept += toCsvRow(r.step) + QLatin1Char('\n');
            else if (r.kind == QLatin1String("epoch") && r.epoch.epoch <= epoch)
                kept += toCsvRow(r.epoch) + QLatin1Char('\n');
        }
    }
    writeFileAtomically(metricsPath(), kept.toUtf8());
}

void RunFolder::appendMetrics(const QString &row)
{
    if (!m_metrics) {
        m_metrics = std::make_unique<QFile>(metricsPath());
        if (!m_metrics->open(QIODevice::Append | QIODevice::Text)) {
            const QString why = m_metrics->errorString();
            m_metrics.reset();
            throw Error(QObject::tr("Cannot append to %1: %2").arg(metricsPath(), why));
        }
    }
    const QByteArray line = (row + QLatin1Char('\n')).toUtf8();
    if (m_metrics->write(line) != line.size() || !m_metrics->flush())
        throw Error(
            QObject::tr("Cannot append to %1: %2").arg(metricsPath(), QString::fromLocal8Bit(std::strerror(errno))));
}

void RunFolder::writeResult(const QJsonObject &result)
{
    writeJsonAtomically(resultPath(), result);
}

QString runCheckpoint(const QString &runDir)
{
    const RunFolder folder(runDir);
    if (!QDir(runDir).exists())
        throw Error(QObject::tr("Run folder not found: %1").arg(runDir));
    for (const QString &p : {folder.bestCheckpoint(), folder.lastCheckpoint()}) {
        if (QFileInfo(p).isFile())
            return p;
    }
    throw Error(QObject::tr("Run folder %1 has no checkpoints/best.pt or checkpoints/last.pt").arg(runDir));
}

} // namespace oneshot::train
