#pragma once

#include <vector>

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace oneshot::reproduce {

/// What a cell of a reproduction table measures.
enum class Measure {
    TestVerification,       ///< a run's verification accuracy on the test alphabets (tuned threshold, and 0.5)
    TestVerificationAtHalf, ///< the same, with the accuracy at 0.5 as "ours" (the reproduction's measure)
    LakeOneShot,            ///< a run's 20-way one-shot accuracy on Lake's 20 runs
    MnistOneShot,           ///< a run's 10-way one-shot accuracy on MNIST, with no further training
    LakePixels,             ///< nearest neighbour on pixels, Lake's 20 runs
    LakeHausdorff,          ///< the modified Hausdorff distance, Lake's 20 runs
    MnistPixels,            ///< nearest neighbour on pixels, the same MNIST trials
    Cited                   ///< a published figure, shown beside ours and marked as cited
};

/// One cell (row) of an experiment's table.
struct Cell
{
    QString id;              ///< also the name of its run folder
    QString label;           ///< the row's name in the table
    QJsonObject coordinates; ///< the cell's place on the table's axes, e.g. {"pairs": 30000, "distortion": "none"}
    Measure measure = Measure::Cited;
    QStringList assignments; ///< the run's settings over the scale's preset (cells that train)
    QJsonValue paper;        ///< Koch et al. 2015's figure (a fraction), or null
    QJsonValue seed;         ///< the reproduction's figure, or null
    QString citation;        ///< for cited rows: where the figure comes from

    bool trains() const
    {
        return measure == Measure::TestVerification || measure == Measure::TestVerificationAtHalf
            || measure == Measure::LakeOneShot || measure == Measure::MnistOneShot;
    }
};

/// A table of the paper (or of the reproduction) to reproduce: its cells at a scale.
struct Experiment
{
    QString name;             ///< verification, one-shot, mnist, schedules
    QString title;            ///< e.g. "Koch et al. 2015, Table 1: verification accuracy"
    QString scale;            ///< paper (koch2015, the paper's settings), cpu (the CPU preset), tiny (tests)
    double minutesPerRun = 0; ///< the time budget of each training cell (0: none)
    QString note;             ///< what to know when reading the table
    std::vector<Cell> cells;

    QJsonObject describe() const; ///< experiment.json: name, scale, budget, cells' ids
};

/// verification, one-shot, mnist, schedules (and "all" for the command: every one of them).
QStringList experimentNames();
QStringList scaleNames();

/// The experiment at a scale; throws Error naming an unknown experiment or scale.
Experiment experiment(const QString &name, const QString &scale, double minutesPerRun);

} // namespace oneshot::reproduce
