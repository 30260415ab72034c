#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

namespace Rpb {

// The language of messages, screens and documents: Bahasa Indonesia ("id") or English ("en").
// Chosen by --lang, else the saved setting, else the system locale, else Indonesian.
class Language final
{
public:
    static QStringList available() { return {QStringLiteral("id"), QStringLiteral("en")}; }
    // The window's language: --lang, else the saved setting, else the system's locale when it is
    // English, else Indonesian.
    static QString resolve(const QString &requested);
    // The command line's: --lang, else the locale of the environment it runs in (LC_ALL,
    // LC_MESSAGES, LANG: a script or terminal that says en_US.UTF-8 gets English, id_ID
    // Indonesian), else the window's saved setting, else Indonesian.
    static QString resolveForCommandLine(const QString &requested);
    static QString saved();
    static void save(const QString &code);
    // Replaces the installed translators with those of the language; safe to call again.
    static bool install(const QString &code);
    static QString current();
    // The locale for numbers and dates on screen and paper in the current language.
    static QLocale locale();
    static QLocale localeFor(const QString &code);
    static QString displayName(const QString &code); // "Bahasa Indonesia", "English"
};

} // namespace Rpb
