#include "ui/admin/UserEditor.h"

namespace tp::ui {

void UserEditor::toggleRegion(const QString &region)
{
    if (!m_regions.removeOne(region))
        m_regions.append(region);
    m_regions.sort();
    emit changed();
}

} // namespace tp::ui
