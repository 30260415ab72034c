#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Rpb {

// A table for people at a terminal: a header, a rule, then one line per record, each column as
// wide as its widest cell. Machines read --json instead.
class TextTable final
{
public:
    enum class Align { Left, Right };

    void addColumn(const QString &header, Align align = Align::Left);
    // One cell per column, already formatted for the reader's language.
    void addRow(const QStringList &cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    qsizetype rowCount() const { return m_rows.size(); }
    QString render() const;

private:
    struct Column
    {
        QString header;
        Align align = Align::Left;
    };
    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

} // namespace Rpb
