#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace Rpb {

namespace {
const QString settingKey = QStringLiteral("ui/language");

struct Installed
{
    QString code = QStringLiteral("en");
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}
} // namespace

QString Language::resolve(const QString &requested)
{
    if (available().contains(requested))
        return requested;
    const QString stored = saved();
    if (available().contains(stored))
        return stored;
    const QString system = QLocale::system().name().left(2);
    if (system == QLatin1String("en"))
        return QStringLiteral("en");
    return QStringLiteral("id");
}

QString Language::resolveForCommandLine(const QString &requested)
{
    if (available().contains(requested))
        return requested;
    // QLocale::system() reads LC_ALL, then LC_MESSAGES, then LANG; "C" and others say nothing.
    const QString system = QLocale::system().name().left(2);
    if (available().contains(system))
        return system;
    const QString stored = saved();
    if (available().contains(stored))
        return stored;
    return QStringLiteral("id");
}

QString Language::saved()
{
    return QSettings().value(settingKey).toString();
}

void Language::save(const QString &code)
{
    QSettings().setValue(settingKey, code);
}

bool Language::install(const QString &code)
{
    Installed &state = installed();
    if (state.app)
        QCoreApplication::removeTranslator(state.app.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.app.reset();
    state.qt.reset();
    state.code = available().contains(code) ? code : QStringLiteral("id");
    QLocale::setDefault(localeFor(state.code));
    bool ok = true;
    // English loads its file too: it holds the plural forms ("1 day", "180 days") of the
    // English source strings.
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/rpb_%1.qm").arg(state.code))) {
        QCoreApplication::installTranslator(app.get());
        state.app = std::move(app);
    } else if (state.code != QLatin1String("en")) {
        ok = false;
    }
    // Qt's own dialogs and buttons (file dialogs, print preview, OK/Cancel) are English at the
    // source, so English needs no catalogue. Debian ships none for Indonesian: RPB Hijau carries
    // its own, and the system's is only asked for a language it carries none for.
    if (state.code != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(state.code))
            || qt->load(QStringLiteral("qtbase_") + state.code,
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            state.qt = std::move(qt);
        }
    }
    return ok;
}

QString Language::current()
{
    return installed().code;
}

QLocale Language::locale()
{
    return localeFor(current());
}

QLocale Language::localeFor(const QString &code)
{
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

QString Language::displayName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return QStringLiteral("Bahasa Indonesia");
}

} // namespace Rpb
