#pragma once

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Rpb {

class MasterDataModel;

// One tab of the master-data page: a sortable, filterable table of one kind of record with
// Add, Edit and Archive/Restore. What those do for the kind is up to the page.
class MasterDataTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MasterDataTab)
public:
    // Takes ownership of the model. needsSite: the kind belongs to a site, so adding needs one.
    MasterDataTab(MasterDataModel *model, bool needsSite, QWidget *parent = nullptr);

    MasterDataModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *showArchivedBox() const { return m_showArchived; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *archiveButton() const { return m_archive; }

    // Local id of the selected record, 0 when none.
    qint64 currentId() const;
    void selectId(qint64 id);
    void focusFilter();
    void setReadOnly(bool readOnly);
    void setSiteAvailable(bool available);
    // Why the record with this id may not be changed, empty when it may: Edit and Archive are
    // then disabled and say why (the Sites tab: a site whose data comes from its packages).
    void setChangeCheck(std::function<QString(qint64 id)> whyNot);

Q_SIGNALS:
    void addRequested();
    void editRequested(qint64 id);
    void archiveRequested(qint64 id, bool archive);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void followCurrentRow(const QModelIndex &current);
    void requestEdit();
    void requestArchive();
    void rememberSelection();
    void restoreSelection();
    void fitColumns();

    MasterDataModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    bool m_needsSite = false;
    bool m_readOnly = false;
    bool m_siteAvailable = true;
    std::function<QString(qint64)> m_whyNot;
    QLabel *m_filterLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_archive = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    qint64 m_rememberedId = 0;
    int m_rememberedRow = -1;
    bool m_columnsFitted = false;
};

} // namespace Rpb
