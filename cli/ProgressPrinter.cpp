#include "ProgressPrinter.h"

#include <cstdio>
#include <unistd.h>

#include "Commands.h"
#include "common/Format.h"

namespace oneshot::cli {

ProgressPrinter::ProgressPrinter(bool json, int epochs)
    : m_json(json)
    , m_tty(isatty(fileno(stderr)) != 0)
    , m_epochs(epochs)
{
}

void ProgressPrinter::onStart(const QJsonObject &info)
{
    if (m_json) {
        QJsonObject o = info;
        o.insert(QStringLiteral("event"), QStringLiteral("start"));
        printJson(o);
        return;
    }
    m_err << QObject::tr("Model %1, %2 parameters; %3; device %4, %5 threads\n")
                 .arg(info[QStringLiteral("model")].toString())
                 .arg(static_cast<qint64>(info[QStringLiteral("parameters")].toDouble()))
                 .arg(info[QStringLiteral("protocol")].toString(), info[QStringLiteral("device")].toString())
                 .arg(info[QStringLiteral("threads")].toInt())
          << Qt::flush;
}

void ProgressPrinter::onStep(const train::StepMetrics &m)
{
    if (m_json || !m_tty)
        return;
    const int width = 24;
    const int filled = static_cast<int>(m.progress * width);
    m_err << '\r' << '[' << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << "] "
          << QStringLiteral("%1% epoch %2/%3 step %4 loss %5 lr %6 %7 pairs/s ETA %8   ")
                 .arg(static_cast<int>(100 * m.progress), 3)
                 .arg(m.epoch + 1)
                 .arg(m_epochs)
                 .arg(m.step)
                 .arg(m.loss, 0, 'f', 4)
                 .arg(m.lr, 0, 'g', 3)
                 .arg(static_cast<int>(m.pairsPerSecond))
                 .arg(formatClock(m.etaSeconds))
          << Qt::flush;
}

void ProgressPrinter::onEpoch(const train::EpochMetrics &m)
{
    if (m_json) {
        printJson({{QStringLiteral("event"), QStringLiteral("epoch")},
                   {QStringLiteral("epoch"), m.epoch},
                   {QStringLiteral("step"), static_cast<double>(m.step)},
                   {QStringLiteral("wall_time_s"), m.wallSeconds},
                   {QStringLiteral("train_loss"), m.trainLoss},
                   {QStringLiteral("val_loss"), m.valLoss},
                   {QStringLiteral("val_acc_05"), m.valAccAtHalf},
                   {QStringLiteral("val_acc_tuned"), m.valAccTuned},
                   {QStringLiteral("val_oneshot"), m.valOneShot},
                   {QStringLiteral("best"), m.best}});
        return;
    }
    if (m_tty)
        m_err << '\r' << QString(110, QLatin1Char(' ')) << '\r';
    m_err << QObject::tr("epoch %1  %2  train loss %3  val loss %4  verification %5 (tuned %6)  one-shot %7%8\n")
                 .arg(m.epoch, 3)
                 .arg(formatClock(m.wallSeconds))
                 .arg(m.trainLoss, 0, 'f', 4)
                 .arg(m.valLoss, 0, 'f', 4)
                 .arg(percent(m.valAccAtHalf), percent(m.valAccTuned), percent(m.valOneShot))
                 .arg(m.best ? QStringLiteral("  *best") : QString())
          << Qt::flush;
}

void ProgressPrinter::onMessage(const QString &text)
{
    if (m_json)
        printJson({{QStringLiteral("event"), QStringLiteral("message")}, {QStringLiteral("text"), text}});
    else
        m_err << (m_tty ? QStringLiteral("\r") : QString()) << text << '\n' << Qt::flush;
}

} // namespace oneshot::cli
