// :details in the window: the customers connected now, what each one is doing and their last
// self-service action, refreshed on request.
#pragma once

#include "session/executivesession.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace Turno
{

class DetailsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DetailsDialog(ExecutiveSession *session, QWidget *parent = nullptr);

    void showDetails(const QList<CustomerDetail> &customers, int total);

private:
    ExecutiveSession *m_session;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace Turno
