#pragma once

#include <QJsonObject>
#include <QStringList>

class QCommandLineParser;

namespace oneshot::cli {

/// Each command takes its arguments ("oneshot NAME" first) and returns the exit code; errors are
/// thrown as oneshot::Error and reported by run().
int runDataset(const QStringList &args);
int runDownload(const QStringList &args);
int runTrain(const QStringList &args);
int runConfig(const QStringList &args);
int runReproduce(const QStringList &args);
int runReport(const QStringList &args);
int runEvaluate(const QStringList &args);
int runBaseline(const QStringList &args);
int runScore(const QStringList &args);
int runClassify(const QStringList &args);
int runEmbed(const QStringList &args);
int runExportFilters(const QStringList &args);
int runActivations(const QStringList &args);
int runExportPython(const QStringList &args);

/// Parses args; on --help prints help and returns false with code 0; on a usage error prints it
/// and returns false with code 2.
bool parseOrExit(QCommandLineParser &parser, const QStringList &args, int &exitCode);
/// Prints a JSON object as one line on stdout.
void printJson(const QJsonObject &object);
/// Resolves the data folder from --data, settings and the known places; throws with every
/// place tried if none holds the data.
QString resolveDataFolder(const QString &explicitPath);
/// A fraction as "85.0%", or " - " when it is not a number.
QString percent(double fraction);

} // namespace oneshot::cli
