#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <type_traits>
#include <vector>

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "common/Error.h"

namespace oneshot {

/// The kinds of value a setting holds. A seed is an unsigned 64-bit integer, written to JSON as
/// a string so that no reader rounds it through a double.
enum class SettingType { Integer, Real, Boolean, Choice, Text, Seed };

/// What a setting is, apart from where it lives in a config: its key, type, allowed values and
/// the words a form shows for it. Every front end (JSON, the CLI's --set, the GUI form) parses
/// and checks values through this one description, so they accept and refuse the same values
/// with the same message.
struct SettingInfo
{
    QString key; ///< dotted for nested groups: "optimizer.lr"
    SettingType type = SettingType::Real;
    double min = 0;           ///< Integer, Real: lowest allowed value
    double max = 0;           ///< Integer, Real: highest allowed value
    bool minOpen = false;     ///< the lowest value itself is refused: (min, max]
    QStringList choices;      ///< Choice: the allowed values
    QStringList choiceLabels; ///< Choice: untranslated display names (same order), or empty
    /// A value allowed outside the range with a meaning of its own (e.g. -1: "same as lr"); the
    /// form shows it as an empty field, the CLI also takes `specialWord`.
    std::optional<double> special;
    const char *specialText = nullptr; ///< untranslated meaning of the special value
    const char *specialWord = "same";
    const char *label = "";   ///< untranslated (context "oneshot::Settings")
    const char *tooltip = ""; ///< untranslated
    const char *unit = "";    ///< untranslated, e.g. "epochs"
    const char *group = "";   ///< form group: data, pairs, loss, optimizer, schedule, run, validation
    bool inForm = true;       ///< false: JSON and CLI only (paths, internals)

    /// The allowed values as text: "(0, 10]", "[1, 1000]", "one of: a, b", "true or false".
    QString allowedText() const;
    QString labelText() const;                        ///< translated
    QString tooltipText() const;                      ///< translated, with the allowed values
    QString unitText() const;                         ///< translated
    QString choiceLabel(const QString &choice) const; ///< translated display name of a choice
};

/// Parses text (the CLI's --set, a form's field) into a checked value; throws Error naming the
/// key, the value and what is allowed.
QVariant parseSettingText(const SettingInfo &info, const QString &text);
/// Reads a JSON value into a checked value; throws Error as parseSettingText does.
QVariant settingFromJson(const SettingInfo &info, const QJsonValue &json);
QJsonValue settingToJson(const SettingInfo &info, const QVariant &value);
/// The value as text that parseSettingText reads back to the same value.
QString settingToText(const SettingInfo &info, const QVariant &value);
/// Throws Error if the value is outside what the setting allows.
void checkSetting(const SettingInfo &info, const QVariant &value);
/// The message for a key no setting has, with the nearest known key as a suggestion.
QString unknownSettingMessage(const QString &key, const QStringList &known);

/// A setting of a config struct T: its description and how to read and write it in a T.
template<class T>
struct Setting
{
    SettingInfo info;
    std::function<QVariant(const T &)> get;
    std::function<void(T &, const QVariant &)> set;
    std::function<bool(const T &)> applies; ///< whether it matters for this config (empty: always)

    bool appliesTo(const T &config) const { return !applies || applies(config); }

    // Fluent description, so a table reads one setting per statement.
    Setting &range(double lo, double hi, bool loOpen = false)
    {
        info.min = lo;
        info.max = hi;
        info.minOpen = loOpen;
        return *this;
    }
    Setting &oneOf(const QStringList &values, const QStringList &labels = {})
    {
        info.type = SettingType::Choice;
        info.choices = values;
        info.choiceLabels = labels;
        return *this;
    }
    Setting &orSpecial(double value, const char *meaning)
    {
        info.special = value;
        info.specialText = meaning;
        return *this;
    }
    Setting &label(const char *text)
    {
        info.label = text;
        return *this;
    }
    Setting &tip(const char *text)
    {
        info.tooltip = text;
        return *this;
    }
    Setting &unit(const char *text)
    {
        info.unit = text;
        return *this;
    }
    Setting &group(const char *name)
    {
        info.group = name;
        return *this;
    }
    Setting &onlyIf(std::function<bool(const T &)> condition)
    {
        applies = std::move(condition);
        return *this;
    }
    Setting &hidden()
    {
        info.inForm = false;
        return *this;
    }
};

template<class T>
using SettingList = std::vector<Setting<T>>;

/// A setting bound to a data member; the type follows the member's (int, double, bool,
/// QString, std::uint64_t). A QString member becomes a Choice with oneOf().
template<class T, class M>
Setting<T> field(const char *key, M T::*member)
{
    Setting<T> s;
    s.info.key = QString::fromLatin1(key);
    if constexpr (std::is_same_v<M, int>)
        s.info.type = SettingType::Integer;
    else if constexpr (std::is_same_v<M, double>)
        s.info.type = SettingType::Real;
    else if constexpr (std::is_same_v<M, bool>)
        s.info.type = SettingType::Boolean;
    else if constexpr (std::is_same_v<M, QString>)
        s.info.type = SettingType::Text;
    else if constexpr (std::is_same_v<M, std::uint64_t>)
        s.info.type = SettingType::Seed;
    else
        static_assert(std::is_same_v<M, void>, "unsupported setting type");
    s.get = [member](const T &c) { return QVariant::fromValue(c.*member); };
    s.set = [member](T &c, const QVariant &v) { c.*member = v.value<M>(); };
    return s;
}

/// The settings of a nested struct (T::*member of type N) under "prefix.".
template<class T, class N>
SettingList<T> nested(const char *prefix, N T::*member, const SettingList<N> &inner)
{
    SettingList<T> out;
    for (const Setting<N> &s : inner) {
        Setting<T> o;
        o.info = s.info;
        o.info.key = QString::fromLatin1(prefix) + QLatin1Char('.') + s.info.key;
        o.get = [member, get = s.get](const T &c) { return get(c.*member); };
        o.set = [member, set = s.set](T &c, const QVariant &v) { set(c.*member, v); };
        if (s.applies)
            o.applies = [member, applies = s.applies](const T &c) { return applies(c.*member); };
        out.push_back(std::move(o));
    }
    return out;
}

namespace settings_detail {
QJsonValue lookup(const QJsonObject &root, const QString &dottedKey);
void insert(QJsonObject &root, const QString &dottedKey, const QJsonValue &value);
/// Every leaf of a JSON object as a dotted key (objects are walked into, arrays are leaves).
QStringList leafKeys(const QJsonObject &root, const QString &prefix = {});
} // namespace settings_detail

/// Writes every setting of `config` into one JSON object, nested by the dots of the keys.
template<class T>
QJsonObject settingsToJson(const T &config, const SettingList<T> &list)
{
    QJsonObject root;
    for (const Setting<T> &s : list)
        settings_detail::insert(root, s.info.key, settingToJson(s.info, s.get(config)));
    return root;
}

/// Reads the settings present in `json` into `config` (absent ones keep their value). Keys no
/// setting has are refused. Keys in `ignoredKeys` (and below them) are left to the caller.
template<class T>
void settingsFromJson(T &config, const QJsonObject &json, const SettingList<T> &list,
                      const QStringList &ignoredKeys = {})
{
    const auto ignored = [&ignoredKeys](const QString &key) {
        for (const QString &k : ignoredKeys) {
            if (key == k || key.startsWith(k + QLatin1Char('.')))
                return true;
        }
        return false;
    };
    QStringList known;
    for (const Setting<T> &s : list)
        known << s.info.key;
    for (const QString &leaf : settings_detail::leafKeys(json)) {
        // An object where a value belongs is the value's error, reported below.
        bool underKnown = false;
        for (const QString &k : known)
            underKnown = underKnown || leaf.startsWith(k + QLatin1Char('.'));
        if (!ignored(leaf) && !underKnown && !known.contains(leaf))
            throw Error(unknownSettingMessage(leaf, known));
    }
    for (const Setting<T> &s : list) {
        const QJsonValue v = settings_detail::lookup(json, s.info.key);
        if (!v.isUndefined() && !ignored(s.info.key))
            s.set(config, settingFromJson(s.info, v));
    }
}

/// The setting with this key, or null.
template<class T>
const Setting<T> *findSetting(const SettingList<T> &list, const QString &key)
{
    for (const Setting<T> &s : list) {
        if (s.info.key == key)
            return &s;
    }
    return nullptr;
}

} // namespace oneshot
