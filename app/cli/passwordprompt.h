#pragma once

#include <QString>

#include <optional>

class QTextStream;

namespace Rpb {

// Asks for a password at a terminal without showing what is typed. Scripts give passwords through
// the environment instead (RPB_PASSWORD, RPB_NEW_PASSWORD): a prompt only makes sense when a
// person sits at standard input.
class PasswordPrompt final
{
public:
    // Whether standard input is a terminal that a person can type into.
    static bool isAvailable();
    // Writes the prompt to err and reads one line; nothing at the end of input.
    static std::optional<QString> ask(QTextStream &err, const QString &prompt);

private:
    // The only part that differs between platforms: the terminal's echo of standard input.
    // Returns whether it could be changed.
    static bool setEcho(bool on);
};

} // namespace Rpb
