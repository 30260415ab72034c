#pragma once

#include "domain/site.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace Rpb {

class ChangeWatch;

class AppContext;
class UtilisationModel;

// Machine utilisation for a local month of the site: open hours less maintenance against
// booked and actually used hours, per machine and in total.
class UtilisationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UtilisationPanel)
public:
    explicit UtilisationPanel(AppContext &context, QWidget *parent = nullptr);

    void setSite(const std::optional<Site> &site);
    void setMonth(int year, int month);
    void reload();
    void invalidate();

    UtilisationModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *monthBox() const { return m_month; }
    QSpinBox *yearBox() const { return m_year; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AppContext &m_context;
    std::optional<Site> m_site;
    ChangeWatch *m_watch = nullptr;
    bool m_stale = true;
    UtilisationModel *m_model = nullptr;
    QLabel *m_monthLabel = nullptr;
    QComboBox *m_month = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_note = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Rpb
