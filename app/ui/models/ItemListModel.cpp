#include "ui/models/ItemListModel.h"

namespace tp::ui {

namespace {

QVariantList photoKeys(const QList<PhotoRow> &photos)
{
    QVariantList keys;
    for (const PhotoRow &photo : photos)
        keys << photo.itemId << photo.sha256 << photo.url;
    return keys;
}

QVariantList choiceKeys(const QList<ChoiceRow> &choices)
{
    QVariantList keys;
    for (const ChoiceRow &choice : choices)
        keys << choice.itemId << choice.value << choice.label << choice.selected;
    return keys;
}

} // namespace

ItemListModel::ItemListModel(QObject *parent)
    : TypedListModel(parent)
{
}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    if (role == PhotosRole)
        return QVariant::fromValue(m_photos.at(index.row()));
    if (role == ChoicesRole)
        return QVariant::fromValue(m_choices.at(index.row()));
    return valueOf(m_rows.at(index.row()), role);
}

QHash<int, QByteArray> ItemListModel::roleNames() const
{
    return {
        {ItemIdRole, "itemId"},
        {TypeRole, "type"},
        {PromptRole, "prompt"},
        {GuidanceRole, "guidance"},
        {CriticalRole, "critical"},
        {RequiredRole, "required"},
        {AllowNARole, "allowNA"},
        {ShownRole, "shown"},
        {HasValueRole, "hasValue"},
        {ValueRole, "value"},
        {NotApplicableRole, "notApplicable"},
        {NoteRole, "note"},
        {PhotosRole, "photos"},
        {ChoicesRole, "choices"},
        {MinRole, "min"},
        {MaxRole, "max"},
        {UnitRole, "unit"},
        {IsMetricRole, "isMetric"},
        {MeasuredTextRole, "measuredText"},
        {AnsweredRole, "answered"},
        {ReadOnlyRole, "readOnly"},
    };
}

void ItemListModel::setRows(const QList<ItemRow> &rows)
{
    // A row whose photos or choices change gets new lists, so that its delegate sees the whole
    // change at once (as it sees the row's other roles). The lists it no longer shows go one
    // refresh later: a delegate being destroyed may still read them.
    for (QObject *list : std::as_const(m_retired))
        list->deleteLater();
    m_retired.clear();
    QList<PhotoListModel *> photos;
    QList<ChoiceListModel *> choices;
    for (qsizetype row = 0; row < rows.size(); ++row) {
        const bool known = row < m_rows.size();
        if (known && photoKeys(m_rows.at(row).photos) == photoKeys(rows.at(row).photos)) {
            photos << m_photos.at(row);
        } else {
            photos << new PhotoListModel(this);
            photos.last()->setRows(rows.at(row).photos);
            if (known)
                m_retired << m_photos.at(row);
        }
        if (known && choiceKeys(m_rows.at(row).choices) == choiceKeys(rows.at(row).choices)) {
            choices << m_choices.at(row);
        } else {
            choices << new ChoiceListModel(this);
            choices.last()->setRows(rows.at(row).choices);
            if (known)
                m_retired << m_choices.at(row);
        }
    }
    // Rows about to be removed keep their lists until they are gone.
    for (qsizetype row = rows.size(); row < m_rows.size(); ++row) {
        photos << m_photos.at(row);
        choices << m_choices.at(row);
        m_retired << m_photos.at(row) << m_choices.at(row);
    }
    m_photos = photos;
    m_choices = choices;
    replaceRows(m_rows, rows, &ItemListModel::valueOf);
    m_photos.resize(rows.size());
    m_choices.resize(rows.size());
}

void ItemListModel::resetRows(const QList<ItemRow> &rows)
{
    for (QObject *list : std::as_const(m_retired))
        list->deleteLater();
    m_retired.clear();
    const qsizetype before = m_rows.size();
    beginResetModel();
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        m_retired << m_photos.at(row) << m_choices.at(row);
    m_photos.clear();
    m_choices.clear();
    for (const ItemRow &row : rows) {
        m_photos << new PhotoListModel(this);
        m_photos.last()->setRows(row.photos);
        m_choices << new ChoiceListModel(this);
        m_choices.last()->setRows(row.choices);
    }
    m_rows = rows;
    endResetModel();
    if (before != m_rows.size())
        emit countChanged();
}

QVariant ItemListModel::valueOf(const ItemRow &row, int role)
{
    switch (role) {
    case ItemIdRole:
        return row.itemId;
    case TypeRole:
        return QVariant::fromValue(row.type);
    case PromptRole:
        return row.prompt;
    case GuidanceRole:
        return row.guidance;
    case CriticalRole:
        return row.critical;
    case RequiredRole:
        return row.required;
    case AllowNARole:
        return row.allowNA;
    case ShownRole:
        return row.shown;
    case HasValueRole:
        return row.hasValue;
    case ValueRole:
        return row.value;
    case NotApplicableRole:
        return row.notApplicable;
    case NoteRole:
        return row.note;
    case PhotosRole:
        return photoKeys(row.photos);
    case ChoicesRole:
        return choiceKeys(row.choices);
    case MinRole:
        return row.min;
    case MaxRole:
        return row.max;
    case UnitRole:
        return row.unit;
    case IsMetricRole:
        return row.isMetric;
    case MeasuredTextRole:
        return row.measuredText;
    case AnsweredRole:
        return row.answered;
    case ReadOnlyRole:
        return row.readOnly;
    default:
        return {};
    }
}

} // namespace tp::ui
