#pragma once

#include "core/ItemType.h"
#include "ui/models/ChoiceListModel.h"
#include "ui/models/PhotoListModel.h"
#include "ui/models/TypedListModel.h"

#include <QString>
#include <QVariant>

namespace tp::ui {

struct ItemRow
{
    QString itemId;
    tp::item_types::ItemType type = tp::ItemType::YesNo;
    QString prompt;
    QString guidance;
    bool critical = false;
    bool required = false;
    bool allowNA = false;
    bool shown = true;
    bool hasValue = false;
    QVariant value;
    bool notApplicable = false;
    QString note;
    QList<PhotoRow> photos;
    QList<ChoiceRow> choices;
    QVariant min; // empty: no bound
    QVariant max;
    QString unit;
    bool isMetric = false;
    QString measuredText;
    bool answered = false;
    bool readOnly = false;
};

// The questions of the section on screen, as their cards show them. A question's photos and
// choices are lists of their own, handed out as models; they are replaced when they change.
class ItemListModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("lists come from the app's controllers")

public:
    enum Roles
    {
        ItemIdRole = Qt::UserRole + 1,
        TypeRole,
        PromptRole,
        GuidanceRole,
        CriticalRole,
        RequiredRole,
        AllowNARole,
        ShownRole,
        HasValueRole,
        ValueRole,
        NotApplicableRole,
        NoteRole,
        PhotosRole,
        ChoicesRole,
        MinRole,
        MaxRole,
        UnitRole,
        IsMetricRole,
        MeasuredTextRole,
        AnsweredRole,
        ReadOnlyRole,
    };

    explicit ItemListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<ItemRow> &rows);
    // Another section's questions: new delegates from the top, not the old ones refilled.
    void resetRows(const QList<ItemRow> &rows);
    const QList<ItemRow> &rows() const { return m_rows; }

private:
    // The photos and choices roles compare by content; data() hands out the row's own models.
    static QVariant valueOf(const ItemRow &row, int role);

    QList<ItemRow> m_rows;
    QList<PhotoListModel *> m_photos;
    QList<ChoiceListModel *> m_choices;
    QList<QObject *> m_retired; // lists no row shows any more, deleted at the next refresh
};

} // namespace tp::ui
