#include "ui/models/TypedListModel.h"
