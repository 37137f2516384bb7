#include "train/Metrics.h"

#include <QFile>
#include <QTextStream>

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

std::vector<MetricsRow> readMetricsCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        throw Error(QObject::tr("Cannot read metrics %1: %2").arg(path, f.errorString()));
    std::vector<MetricsRow> rows;
    QTextStream in(&f);
    const QStringList header = in.readLine().split(QLatin1Char(','));
    auto col = [&header](const char *name) { return header.indexOf(QString::fromLatin1(name)); };
    const qsizetype cKind = col("kind"), cStep = col("step"), cEpoch = col("epoch"), cWall = col("wall_time_s"),
                    cLr = col("lr"), cLoss = col("loss"), cPps = col("pairs_per_s"), cVl = col("val_loss"),
                    cA5 = col("val_acc_05"), cAt = col("val_acc_tuned"), cTh = col("val_threshold"),
                    cOs = col("val_oneshot"), cBest = col("best");
    if (cKind < 0 || cStep < 0 || cLoss < 0)
        throw Error(QObject::tr("%1 is not a metrics file (no kind, step and loss columns)").arg(path));
    std::vector<qsizetype> cTerms;
    for (const QString &t : lossTermNames())
        cTerms.push_back(header.indexOf(termColumn(t)));
    while (!in.atEnd()) {
        const QStringList f = in.readLine().split(QLatin1Char(','));
        if (f.size() != header.size())
            continue;
        auto at = [&f](qsizetype c) { return c >= 0 ? parse(f[c]) : std::numeric_limits<double>::quiet_NaN(); };
        // A step or epoch that is no count (empty, NaN, negative, absurdly large) marks a torn or
        // foreign row: skipped like one with the wrong number of fields.
        const double stepValue = at(cStep);
        const double epochValue = cEpoch >= 0 ? at(cEpoch) : 0.0;
        if (!(stepValue >= 0 && stepValue < 1e15 && epochValue >= 0 && epochValue < 1e9))
            continue;
        MetricsRow r;
        r.kind = f[cKind];
        if (r.kind == QLatin1String("step")) {
            r.step.step = static_cast<long long>(stepValue);
            const double e = epochValue;
            r.step.epoch = static_cast<int>(e);
            r.step.epochProgress = e - r.step.epoch;
            r.step.wallSeconds = at(cWall);
            r.step.lr = at(cLr);
            r.step.loss = at(cLoss);
            r.step.pairsPerSecond = at(cPps);
            for (qsizetype c : cTerms)
                r.step.terms.push_back(at(c));
        } else if (r.kind == QLatin1String("epoch")) {
            r.epoch.step = static_cast<long long>(stepValue);
            r.epoch.epoch = static_cast<int>(epochValue);
            r.epoch.wallSeconds = at(cWall);
            r.epoch.lr = at(cLr);
            r.epoch.trainLoss = at(cLoss);
            r.epoch.valLoss = at(cVl);
            r.epoch.valAccAtHalf = at(cA5);
            r.epoch.valAccTuned = at(cAt);
            r.epoch.valThreshold = at(cTh);
            r.epoch.valOneShot = at(cOs);
            r.epoch.best = at(cBest) == 1.0;
        } else {
            continue;
        }
        rows.push_back(r);
    }
    return rows;
}

} // namespace oneshot::train
