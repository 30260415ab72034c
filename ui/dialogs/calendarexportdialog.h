#pragma once

#include "domain/result.h"
#include "domain/site.h"
#include "services/calendarexport.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;

namespace Rpb {

class AppContext;

// Writes the bookings of the site, of one machine or of one member to an iCalendar file for
// phones and other calendars.
class CalendarExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarExportDialog)
public:
    CalendarExportDialog(AppContext &context, const Site &site, QWidget *parent = nullptr);

    CalendarExport::Filter filter() const;
    // Writes the file, replacing one of that name only once the export has worked.
    Status exportTo(const QString &file);
    QString writtenFile() const { return m_written; }

    QRadioButton *siteChoice() const { return m_wholeSite; }
    QRadioButton *machineChoice() const { return m_oneMachine; }
    QRadioButton *memberChoice() const { return m_oneMember; }
    QComboBox *machineBox() const { return m_machine; }
    QComboBox *memberBox() const { return m_member; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

    void accept() override;

private:
    QString suggestedName() const;

    AppContext &m_context;
    Site m_site;
    QString m_written;
    QRadioButton *m_wholeSite = nullptr;
    QRadioButton *m_oneMachine = nullptr;
    QRadioButton *m_oneMember = nullptr;
    QComboBox *m_machine = nullptr;
    QComboBox *m_member = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Rpb
