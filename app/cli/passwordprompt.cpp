#include "passwordprompt.h"

#include <QTextStream>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Rpb {

namespace {
// Ctrl+C at the prompt must not leave the terminal without its echo: while echo is off, an
// interrupt puts the terminal back as it was, then ends the program as the interrupt would have.
#ifdef Q_OS_WIN
DWORD savedMode = 0;
BOOL WINAPI restoreOnInterrupt(DWORD type)
{
    if (type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT)
        SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), savedMode);
    return FALSE; // the default handler ends the program
}

void guardEcho(bool guard)
{
    if (guard)
        GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &savedMode);
    SetConsoleCtrlHandler(restoreOnInterrupt, guard ? TRUE : FALSE);
}
#else
termios savedSettings {};
volatile std::sig_atomic_t haveSaved = 0;

extern "C" void restoreOnInterrupt(int signal)
{
    if (haveSaved)
        tcsetattr(STDIN_FILENO, TCSANOW, &savedSettings); // async-signal-safe
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void guardEcho(bool guard)
{
    if (guard) {
        haveSaved = tcgetattr(STDIN_FILENO, &savedSettings) == 0 ? 1 : 0;
        std::signal(SIGINT, restoreOnInterrupt);
        std::signal(SIGTERM, restoreOnInterrupt);
    } else {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        haveSaved = 0;
    }
}
#endif
} // namespace

bool PasswordPrompt::isAvailable()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

bool PasswordPrompt::setEcho(bool on)
{
#ifdef Q_OS_WIN
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == INVALID_HANDLE_VALUE || !GetConsoleMode(input, &mode))
        return false;
    mode = on ? (mode | ENABLE_ECHO_INPUT) : (mode & ~DWORD(ENABLE_ECHO_INPUT));
    return SetConsoleMode(input, mode) != 0;
#else
    termios settings{};
    if (tcgetattr(STDIN_FILENO, &settings) != 0)
        return false;
    if (on)
        settings.c_lflag |= tcflag_t(ECHO);
    else
        settings.c_lflag &= ~tcflag_t(ECHO);
    return tcsetattr(STDIN_FILENO, TCSANOW, &settings) == 0;
#endif
}

std::optional<QString> PasswordPrompt::ask(QTextStream &err, const QString &prompt)
{
    // Echo goes off before the prompt shows, so that even quick typing is never shown.
    guardEcho(true);
    const bool hidden = setEcho(false);
    err << prompt;
    err.flush();
    // One stream for the whole run, so that nothing it read ahead is lost between two questions
    // (the password and its repetition).
    static QTextStream in(stdin);
    QString line;
    const bool read = in.readLineInto(&line);
    if (hidden)
        setEcho(true);
    guardEcho(false);
    // The Enter key was not echoed either.
    err << '\n';
    err.flush();
    if (!read)
        return std::nullopt;
    return line;
}

} // namespace Rpb
