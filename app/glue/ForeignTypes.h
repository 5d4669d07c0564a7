#pragma once
// Core types that QML sees as values of Session's properties. They are registered without a
// name: QML reads them, it never creates them.
#include "models/CommentsModel.h"
#include "models/ConversationsModel.h"
#include "models/MessagesModel.h"
#include "models/FeedModel.h"
#include "models/GroupsModel.h"

#include <QtQml/qqml.h>

namespace plein::app {

struct FeedModelForeign {
    Q_GADGET
    QML_FOREIGN(plein::models::FeedModel)
    QML_ANONYMOUS
};

struct GroupsModelForeign {
    Q_GADGET
    QML_FOREIGN(plein::models::GroupsModel)
    QML_ANONYMOUS
};

struct CommentsModelForeign {
    Q_GADGET
    QML_FOREIGN(plein::models::CommentsModel)
    QML_ANONYMOUS
};

struct ConversationsModelForeign {
    Q_GADGET
    QML_FOREIGN(plein::models::ConversationsModel)
    QML_ANONYMOUS
};

struct MessagesModelForeign {
    Q_GADGET
    QML_FOREIGN(plein::models::MessagesModel)
    QML_ANONYMOUS
};

} // namespace plein::app
