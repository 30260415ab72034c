#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace Rpb {

class AppContext;
class AuditModel;
class AuditService;
class MasterDataService;

// Who changed what and when: the audit log newest first, filtered by person, record and date,
// with the old and new value of every field of the selected entry. It only reads: the log
// cannot be changed from the application.
class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)
public:
    explicit AuditPage(AppContext &context, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTableWidget *changesTable() const { return m_changes; }
    QComboBox *personFilter() const { return m_person; }
    QLineEdit *recordFilter() const { return m_record; }
    QLabel *countLabel() const { return m_count; }

    // Reads the log again with the same filters, e.g. after a change of person.
    void reload();
    void focusTable();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void clearFilters();
    void reloadPeople();
    void showChanges();
    void updateCount();

    AuditService &m_audit;
    AuditModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_personLabel = nullptr;
    QComboBox *m_person = nullptr;
    QLabel *m_recordLabel = nullptr;
    QLineEdit *m_record = nullptr;
    QCheckBox *m_fromBox = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toBox = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_changesTitle = nullptr;
    QTableWidget *m_changes = nullptr;
    QTimer *m_typing = nullptr;
    bool m_applying = false;
    bool m_columnsFitted = false;
};

} // namespace Rpb
