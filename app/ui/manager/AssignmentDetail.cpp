#include "ui/manager/AssignmentDetail.h"

namespace tp::ui {

void AssignmentDetail::setData(const ManagedAssignment &data)
{
    m_data = data;
    emit changed();
}

} // namespace tp::ui
