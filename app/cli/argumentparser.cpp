#include "argumentparser.h"

#include "services/language.h"

#include <QCoreApplication>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArgumentParser)
};

QString argumentPosition(qsizetype index)
{
    return Tr::tr("argument %1").arg(index + 1);
}

// Options that QApplication itself reads (-style fusion, --platform xcb); they belong to the
// window, and those with a value must not make that value look like a command.
bool isQtWindowOptionWithValue(const QString &name)
{
    static const QStringList names{
        QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
        QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"),    QStringLiteral("style"),
        QStringLiteral("stylesheet"),      QStringLiteral("session"),
        QStringLiteral("display"),         QStringLiteral("geometry"),
    };
    return names.contains(name);
}

bool isQtWindowFlag(const QString &name)
{
    static const QStringList names{QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                   QStringLiteral("nograb"),  QStringLiteral("dograb"),
                                   QStringLiteral("sync"),    QStringLiteral("qmljsdebugger")};
    return names.contains(name);
}

bool looksLikeOption(const QString &argument)
{
    return argument.size() > 1 && argument.startsWith(QLatin1Char('-'));
}

struct OptionToken
{
    QString name; // without dashes
    std::optional<QString> inlineValue;
    bool singleDash = false;
};

OptionToken splitOption(const QString &argument)
{
    OptionToken token;
    token.singleDash = !argument.startsWith(QLatin1String("--"));
    token.name = argument.mid(token.singleDash ? 1 : 2);
    if (!token.singleDash) {
        const qsizetype equals = token.name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            token.inlineValue = token.name.mid(equals + 1);
            token.name.truncate(equals);
        }
    }
    return token;
}

bool setGlobal(Invocation &invocation, const QString &name, const QString &value)
{
    const auto setOnce = [&value](std::optional<QString> &slot) {
        if (slot)
            return false;
        slot = value;
        return true;
    };
    if (name == QLatin1String("db"))
        return setOnce(invocation.databasePath);
    if (name == QLatin1String("lang"))
        return setOnce(invocation.language);
    if (name == QLatin1String("user"))
        return setOnce(invocation.user);
    if (name == QLatin1String("json"))
        invocation.json = true;
    else if (name == QLatin1String("help") || name == QLatin1String("h"))
        invocation.help = true;
    else if (name == QLatin1String("version") || name == QLatin1String("V")
             || name == QLatin1String("v"))
        invocation.version = true;
    return true;
}
} // namespace

Invocation ArgumentParser::parse(const QStringList &arguments)
{
    Invocation invocation;
    const auto report = [&invocation](const QString &message, const QString &where) {
        if (!invocation.error)
            invocation.error = Error::usage(message, where);
    };

    QString group; // the first word of a two-word command, until its second word arrives
    qsizetype groupIndex = -1;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!optionsEnded && argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }

        if (!optionsEnded && looksLikeOption(argument)) {
            const OptionToken token = splitOption(argument);
            const QString shown = token.singleDash ? argument : QStringLiteral("--") + token.name;
            const OptionSpec *spec = nullptr;
            bool global = false;
            if (!token.singleDash || token.name == QLatin1String("h")
                || token.name == QLatin1String("V") || token.name == QLatin1String("v")) {
                spec = CommandCatalog::globalOption(token.name);
                global = spec != nullptr;
                if (!spec && invocation.command)
                    spec = invocation.command->option(token.name);
            }
            if (!spec) {
                // A planned command only says that it is not available yet, whatever follows.
                if (invocation.command && !invocation.command->isAvailable())
                    continue;
                if (!invocation.command && !token.singleDash
                    && CommandCatalog::isCommandOption(token.name))
                    report(Tr::tr("The option %1 belongs after the command.").arg(shown),
                           argumentPosition(i));
                else
                    report(Tr::tr("Unknown option %1.").arg(shown),
                           invocation.command ? invocation.command->name() : argumentPosition(i));
                continue;
            }

            QString value;
            if (spec->takesValue()) {
                if (token.inlineValue) {
                    value = *token.inlineValue;
                } else if (i + 1 < arguments.size()
                           && !arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                    // A forgotten value should not swallow the next option: `--site --json`.
                    value = arguments.at(++i);
                } else {
                    report(Tr::tr("The option %1 needs a value (%2).").arg(shown, spec->valueName),
                           argumentPosition(i));
                    continue;
                }
            } else if (token.inlineValue) {
                report(Tr::tr("The option %1 takes no value.").arg(shown), argumentPosition(i));
                continue;
            }

            const bool first = global ? setGlobal(invocation, token.name, value)
                                      : !invocation.options.contains(token.name);
            if (!first) {
                report(Tr::tr("The option %1 is given twice.").arg(shown), argumentPosition(i));
                continue;
            }
            if (!global)
                invocation.options.insert(token.name, value);
            continue;
        }

        // A word: the command, its second word, or an argument of the command.
        if (invocation.command) {
            const bool wanted = !invocation.command->isAvailable()
                || (!invocation.command->argument.isEmpty() && invocation.arguments.isEmpty());
            if (wanted)
                invocation.arguments << argument;
            else
                report(Tr::tr("Unexpected argument \"%1\".").arg(argument),
                       invocation.command->name());
            continue;
        }
        if (!group.isEmpty()) {
            invocation.command = CommandCatalog::find({group, argument});
            if (!invocation.command)
                report(Tr::tr("Unknown command \"%1 %2\"; after %1 comes %3.")
                           .arg(group, argument,
                                CommandCatalog::subcommands(group).join(QStringLiteral(", "))),
                       argumentPosition(i));
            group.clear();
            continue;
        }
        if (const CommandSpec *command = CommandCatalog::find({argument})) {
            invocation.command = command;
        } else if (CommandCatalog::isGroup(argument)) {
            group = argument;
            groupIndex = i;
        } else {
            report(Tr::tr("Unknown command \"%1\".").arg(argument), argumentPosition(i));
        }
    }

    if (!group.isEmpty())
        report(Tr::tr("The command %1 needs one of: %2.")
                   .arg(group, CommandCatalog::subcommands(group).join(QStringLiteral(", "))),
               argumentPosition(groupIndex));
    if (invocation.language && !Language::available().contains(*invocation.language))
        report(Tr::tr("Unknown language \"%1\"; use id (Bahasa Indonesia) or en (English).")
                   .arg(*invocation.language),
               QStringLiteral("--lang"));
    if (invocation.command && invocation.command->isAvailable() && !invocation.help) {
        for (const QString &name : invocation.command->required) {
            if (!invocation.has(name))
                report(Tr::tr("The option --%1 %2 is required.")
                           .arg(name, invocation.command->option(name)->valueName),
                       invocation.command->name());
        }
        if (!invocation.command->argument.isEmpty() && invocation.arguments.isEmpty())
            report(Tr::tr("The command %1 needs %2 after it.")
                       .arg(invocation.command->name(), invocation.command->argument),
                   invocation.command->name());
    }
    if (!invocation.command && !invocation.help && !invocation.version)
        report(Tr::tr("No command given."), QString());
    return invocation;
}

bool ArgumentParser::wantsCommandLine(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return i + 1 < arguments.size();
        if (!looksLikeOption(argument))
            return true; // a command word, known or not
        const OptionToken token = splitOption(argument);
        const bool windowOptionWithValue = token.name == QLatin1String("db")
            || token.name == QLatin1String("lang") || isQtWindowOptionWithValue(token.name);
        if (windowOptionWithValue) {
            if (!token.inlineValue)
                ++i;
            continue;
        }
        if (isQtWindowFlag(token.name))
            continue;
        // -h, -V and -v are ours (help and version, as in most programs); other single-dash
        // options are Qt's or the platform's own, which the window ignores when it does not know.
        if (token.singleDash && token.name != QLatin1String("h") && token.name != QLatin1String("V")
            && token.name != QLatin1String("v"))
            continue;
        return true; // --version, --help, --json, --user or an unknown option
    }
    return false;
}

} // namespace Rpb
