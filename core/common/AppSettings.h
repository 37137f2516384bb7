#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace oneshot {

/// The programs' remembered settings (QSettings of organisation "OneshotStudio", application
/// "oneshot-studio"): one typed accessor per key, so no key is spelt anywhere else. The CLI reads
/// the data folder and the language the GUI saved.
class AppSettings
{
public:
    static QString dataFolder() { return QSettings().value(kDataFolder).toString(); }
    static void setDataFolder(const QString &folder) { QSettings().setValue(kDataFolder, folder); }

    /// "", or a language code (en, nl, de) chosen in View > Language.
    static QString language() { return QSettings().value(kLanguage).toString(); }
    static void setLanguage(const QString &code) { QSettings().setValue(kLanguage, code); }

    static bool darkMode() { return QSettings().value(kDarkMode, false).toBool(); }
    static void setDarkMode(bool dark) { QSettings().setValue(kDarkMode, dark); }

    static bool hasWindowGeometry() { return QSettings().contains(kGeometry); }
    static QByteArray windowGeometry() { return QSettings().value(kGeometry).toByteArray(); }
    static void setWindowGeometry(const QByteArray &geometry) { QSettings().setValue(kGeometry, geometry); }

    /// The Train page's last config, as config.json's JSON.
    static QByteArray trainConfig() { return QSettings().value(kTrainConfig).toByteArray(); }
    static void setTrainConfig(const QByteArray &json) { QSettings().setValue(kTrainConfig, json); }

    /// Run folders opened on the Runs page, newest first.
    static QStringList recentRuns() { return QSettings().value(kRecentRuns).toStringList(); }
    static void addRecentRun(const QString &dir)
    {
        QStringList recent = recentRuns();
        recent.removeAll(dir);
        recent.prepend(dir);
        QSettings().setValue(kRecentRuns, recent.mid(0, kMaxRecentRuns));
    }

    /// The Reproduce page's experiment: name, scale, minutes per run, folder, and whether it was
    /// running when the window closed (it resumes at the next start).
    static QString reproduceExperiment() { return QSettings().value(kReproduceExperiment).toString(); }
    static QString reproduceScale() { return QSettings().value(kReproduceScale).toString(); }
    static double reproduceMinutes() { return QSettings().value(kReproduceMinutes, 5.0).toDouble(); }
    static QString reproduceFolder() { return QSettings().value(kReproduceFolder).toString(); }
    static bool reproduceRunning() { return QSettings().value(kReproduceRunning, false).toBool(); }
    static void setReproduce(const QString &experiment, const QString &scale, double minutes, const QString &folder,
                             bool running)
    {
        QSettings s;
        s.setValue(kReproduceExperiment, experiment);
        s.setValue(kReproduceScale, scale);
        s.setValue(kReproduceMinutes, minutes);
        s.setValue(kReproduceFolder, folder);
        s.setValue(kReproduceRunning, running);
    }

    /// Measured wall seconds per training pair (validation included) of the last finished run of
    /// a network (its preset name) on this machine, or 0: what the Train page's preview uses to
    /// say how many epochs fit in a time budget.
    static double secondsPerPair(const QString &model)
    {
        return QSettings().value(kSecondsPerPair + model, 0.0).toDouble();
    }
    static void setSecondsPerPair(const QString &model, double seconds)
    {
        QSettings().setValue(kSecondsPerPair + model, seconds);
    }

private:
    static constexpr int kMaxRecentRuns = 20;
    static inline const QString kSecondsPerPair = QStringLiteral("timing/seconds_per_pair/");
    static inline const QString kReproduceExperiment = QStringLiteral("reproduce/experiment");
    static inline const QString kReproduceScale = QStringLiteral("reproduce/scale");
    static inline const QString kReproduceMinutes = QStringLiteral("reproduce/minutes");
    static inline const QString kReproduceFolder = QStringLiteral("reproduce/folder");
    static inline const QString kReproduceRunning = QStringLiteral("reproduce/running");
    static inline const QString kDataFolder = QStringLiteral("data/folder");
    static inline const QString kLanguage = QStringLiteral("ui/language");
    static inline const QString kDarkMode = QStringLiteral("ui/dark");
    static inline const QString kGeometry = QStringLiteral("window/geometry");
    static inline const QString kTrainConfig = QStringLiteral("train/config");
    static inline const QString kRecentRuns = QStringLiteral("runs/recent");
};

} // namespace oneshot
