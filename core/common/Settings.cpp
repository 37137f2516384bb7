#include "common/Settings.h"

#include <cmath>
#include <limits>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace oneshot {

namespace {

const char *const kContext = "oneshot::Settings";

/// The shortest text that reads back as the same number: 30000, 0.5, 1e-4.
QString number(double v)
{
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QString::number(static_cast<qlonglong>(v));
    QString text = QString::number(v, 'g', QLocale::FloatingPointShortest);
    static const QRegularExpression exponent(QStringLiteral("e([+-])0*(\\d)"));
    text.replace(exponent, QStringLiteral("e\\1\\2"));
    return text.replace(QLatin1String("e+"), QLatin1String("e"));
}

bool isSpecial(const SettingInfo &info, double v)
{
    return info.special && v == *info.special;
}

/// How a value the user gave is quoted in a message: numbers bare, anything else in quotes.
QString shown(const QJsonValue &v)
{
    if (v.isDouble())
        return number(v.toDouble());
    if (v.isString())
        return QLatin1Char('\'') + v.toString() + QLatin1Char('\'');
    if (v.isBool())
        return v.toBool() ? QStringLiteral("'true'") : QStringLiteral("'false'");
    if (v.isNull())
        return QStringLiteral("'null'");
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QLatin1Char('\'') + QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) + QLatin1Char('\'');
}

[[noreturn]] void refuse(const SettingInfo &info, const QString &shownValue, const QString &problem)
{
    throw Error(QObject::tr("Setting '%1': %2 %3; allowed: %4").arg(info.key, shownValue, problem, info.allowedText()));
}

QString notAnInteger()
{
    return QObject::tr("is not an integer");
}

QString notANumber()
{
    return QObject::tr("is not a number");
}

/// A number checked against the range (integers also for being whole).
double checkedNumber(const SettingInfo &info, double v, const QString &asShown)
{
    if (!std::isfinite(v))
        refuse(info, asShown, notANumber());
    if (info.type == SettingType::Integer && v != std::floor(v))
        refuse(info, asShown, notAnInteger());
    if (isSpecial(info, v))
        return v;
    const bool low = info.minOpen ? v <= info.min : v < info.min;
    if (low || v > info.max)
        refuse(info, asShown, QObject::tr("is out of range"));
    return v;
}

QVariant numberValue(const SettingInfo &info, double v)
{
    if (info.type == SettingType::Integer)
        return QVariant::fromValue(static_cast<int>(v));
    return QVariant::fromValue(v);
}

std::uint64_t parseSeed(const SettingInfo &info, const QString &text, const QString &asShown)
{
    bool ok = false;
    const QString t = text.trimmed();
    const std::uint64_t v = t.toULongLong(&ok);
    if (!ok || t.startsWith(QLatin1Char('+')))
        refuse(info, asShown, notAnInteger());
    return v;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

QString SettingInfo::allowedText() const
{
    QString text;
    switch (type) {
    case SettingType::Integer:
        text = QStringLiteral("[%1, %2]").arg(number(min), number(max));
        break;
    case SettingType::Real:
        text = (minOpen ? QStringLiteral("(") : QStringLiteral("[")) + number(min) + QStringLiteral(", ") + number(max)
            + QStringLiteral("]");
        break;
    case SettingType::Boolean:
        text = QStringLiteral("true, false");
        break;
    case SettingType::Choice:
        text = choices.join(QLatin1String(", "));
        break;
    case SettingType::Text:
        text = QObject::tr("any text");
        break;
    case SettingType::Seed:
        text = QStringLiteral("[0, %1]").arg(std::numeric_limits<std::uint64_t>::max());
        break;
    }
    if (special)
        text += QObject::tr(", or %1 (%2)")
                    .arg(number(*special), QCoreApplication::translate(kContext, specialText ? specialText : ""));
    return text;
}

QString SettingInfo::labelText() const
{
    return QCoreApplication::translate(kContext, label);
}

QString SettingInfo::tooltipText() const
{
    const QString tip = QCoreApplication::translate(kContext, tooltip);
    const QString allowed = QObject::tr("Allowed: %1").arg(allowedText());
    return tip.isEmpty() ? allowed : tip + QLatin1String("\n") + allowed;
}

QString SettingInfo::unitText() const
{
    return QCoreApplication::translate(kContext, unit);
}

QString SettingInfo::choiceLabel(const QString &choice) const
{
    const qsizetype i = choices.indexOf(choice);
    if (i < 0 || i >= choiceLabels.size())
        return choice;
    return QCoreApplication::translate(kContext, choiceLabels[i].toUtf8().constData());
}

QVariant parseSettingText(const SettingInfo &info, const QString &text)
{
    const QString t = text.trimmed();
    const QString asShown = QLatin1Char('\'') + text + QLatin1Char('\'');
    switch (info.type) {
    case SettingType::Integer:
    case SettingType::Real: {
        if (info.special && (t.isEmpty() || t == QLatin1String(info.specialWord)))
            return numberValue(info, *info.special);
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (!ok)
            refuse(info, asShown, info.type == SettingType::Integer ? notAnInteger() : notANumber());
        return numberValue(info, checkedNumber(info, v, number(v)));
    }
    case SettingType::Boolean: {
        const QString l = t.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("1") || l == QLatin1String("yes")
            || l == QLatin1String("on"))
            return true;
        if (l == QLatin1String("false") || l == QLatin1String("0") || l == QLatin1String("no")
            || l == QLatin1String("off"))
            return false;
        refuse(info, asShown, QObject::tr("is not true or false"));
    }
    case SettingType::Choice:
        if (!info.choices.contains(t))
            refuse(info, asShown, QObject::tr("is not one of the choices"));
        return t;
    case SettingType::Text:
        return text;
    case SettingType::Seed:
        return QVariant::fromValue(parseSeed(info, t, asShown));
    }
    return {};
}

QVariant settingFromJson(const SettingInfo &info, const QJsonValue &json)
{
    switch (info.type) {
    case SettingType::Integer:
    case SettingType::Real:
        if (!json.isDouble())
            refuse(info, shown(json), info.type == SettingType::Integer ? notAnInteger() : notANumber());
        return numberValue(info, checkedNumber(info, json.toDouble(), shown(json)));
    case SettingType::Boolean:
        if (!json.isBool())
            refuse(info, shown(json), QObject::tr("is not true or false"));
        return json.toBool();
    case SettingType::Choice:
        if (!json.isString() || !info.choices.contains(json.toString()))
            refuse(info, shown(json), QObject::tr("is not one of the choices"));
        return json.toString();
    case SettingType::Text:
        if (json.isNull())
            return QString();
        if (!json.isString())
            refuse(info, shown(json), QObject::tr("is not text"));
        return json.toString();
    case SettingType::Seed:
        if (json.isString())
            return QVariant::fromValue(parseSeed(info, json.toString(), shown(json)));
        // A seed written as a JSON number is exact only up to 2^53.
        if (json.isDouble() && json.toDouble() >= 0 && json.toDouble() <= 9007199254740992.0
            && json.toDouble() == std::floor(json.toDouble()))
            return QVariant::fromValue(static_cast<std::uint64_t>(json.toDouble()));
        refuse(info, shown(json), notAnInteger());
    }
    return {};
}

QJsonValue settingToJson(const SettingInfo &info, const QVariant &value)
{
    switch (info.type) {
    case SettingType::Integer:
        return value.toInt();
    case SettingType::Real:
        return value.toDouble();
    case SettingType::Boolean:
        return value.toBool();
    case SettingType::Choice:
    case SettingType::Text:
        return value.toString();
    case SettingType::Seed:
        return QString::number(value.value<std::uint64_t>());
    }
    return {};
}

QString settingToText(const SettingInfo &info, const QVariant &value)
{
    switch (info.type) {
    case SettingType::Integer:
    case SettingType::Real:
        if (isSpecial(info, value.toDouble()))
            return QString::fromLatin1(info.specialWord);
        return info.type == SettingType::Integer ? QString::number(value.toInt()) : number(value.toDouble());
    case SettingType::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case SettingType::Choice:
    case SettingType::Text:
        return value.toString();
    case SettingType::Seed:
        return QString::number(value.value<std::uint64_t>());
    }
    return {};
}

void checkSetting(const SettingInfo &info, const QVariant &value)
{
    switch (info.type) {
    case SettingType::Integer:
    case SettingType::Real:
        checkedNumber(info, value.toDouble(), number(value.toDouble()));
        break;
    case SettingType::Choice:
        if (!info.choices.contains(value.toString()))
            refuse(info, QLatin1Char('\'') + value.toString() + QLatin1Char('\''),
                   QObject::tr("is not one of the choices"));
        break;
    default:
        break;
    }
}

QString unknownSettingMessage(const QString &key, const QStringList &known)
{
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const QString &k : known) {
        // Compare with the whole key and with its last part, so "lr" finds "optimizer.lr".
        const int d = std::min(editDistance(key, k), editDistance(key, k.section(QLatin1Char('.'), -1)));
        if (d < bestDistance) {
            bestDistance = d;
            best = k;
        }
    }
    if (!best.isEmpty() && bestDistance <= std::max<qsizetype>(2, key.size() / 3))
        return QObject::tr("Unknown setting '%1' (did you mean '%2'?)").arg(key, best);
    return QObject::tr("Unknown setting '%1' ('oneshot config --list' lists them all)").arg(key);
}

namespace settings_detail {

QJsonValue lookup(const QJsonObject &root, const QString &dottedKey)
{
    const QStringList parts = dottedKey.split(QLatin1Char('.'));
    QJsonObject o = root;
    for (int i = 0; i + 1 < parts.size(); ++i) {
        const QJsonValue v = o.value(parts[i]);
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        o = v.toObject();
    }
    return o.value(parts.last());
}

void insert(QJsonObject &root, const QString &dottedKey, const QJsonValue &value)
{
    const qsizetype dot = dottedKey.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        root.insert(dottedKey, value);
        return;
    }
    const QString head = dottedKey.left(dot);
    QJsonObject child = root.value(head).toObject();
    insert(child, dottedKey.mid(dot + 1), value);
    root.insert(head, child);
}

QStringList leafKeys(const QJsonObject &root, const QString &prefix)
{
    QStringList keys;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            keys << leafKeys(it.value().toObject(), key);
        else
            keys << key;
    }
    return keys;
}

} // namespace settings_detail

} // namespace oneshot
