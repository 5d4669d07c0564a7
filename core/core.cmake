find_package(Qt6 6.4 REQUIRED COMPONENTS Core Network WebSockets)
find_package(Qt6Keychain REQUIRED)
find_package(QCoro6 REQUIRED COMPONENTS Core Network WebSockets)
find_package(SQLite3 REQUIRED)

# plein-core: everything the app does that is not a screen. No QtGui, no QtQuick.
add_library(plein-core STATIC
  store/Database.h store/Database.cpp store/WalCheckpointer.h store/WalCheckpointer.cpp store/Migrations.h store/Migrations.cpp
  store/MetaStore.h store/MetaStore.cpp store/PostStore.h store/PostStore.cpp
  store/DirectoryStore.h store/DirectoryStore.cpp store/OutboxStore.h store/OutboxStore.cpp
  store/StoreChanges.h store/Store.h store/Store.cpp store/JsonColumns.h store/JsonColumns.cpp
  store/CommentStore.h store/CommentStore.cpp store/UploadStore.h store/UploadStore.cpp
  store/ConversationStore.h store/ConversationStore.cpp store/MessageStore.h store/MessageStore.cpp store/ReactionToggle.h
  net/NetError.h net/ServerAddress.h net/ServerAddress.cpp net/ApiClient.h net/ApiClient.cpp
  net/Backoff.h net/Backoff.cpp net/RealtimeClient.h net/RealtimeClient.cpp
  sync/EventApplier.h sync/EventApplier.cpp sync/SyncBatchDecoder.h sync/SyncBatchDecoder.cpp sync/SyncPipeline.h sync/SyncPipeline.cpp
  sync/SyncEngine.h sync/SyncEngine.cpp
  sync/OutboxRequests.h sync/OutboxRequests.cpp sync/RemoteDirectory.h sync/RemoteDirectory.cpp
  sync/FileCache.h sync/FileCache.cpp sync/ChatApplier.h sync/ChatApplier.cpp sync/SyncEngineChat.cpp
  models/FeedModel.h models/FeedModel.cpp models/CommentsModel.h models/CommentsModel.cpp
  models/GroupsModel.h models/GroupsModel.cpp models/AttachmentRoles.h models/AttachmentRoles.cpp
  models/ConversationsModel.h models/ConversationsModel.cpp models/MessagesModel.h models/MessagesModel.cpp
  models/TypingTracker.h models/TypingTracker.cpp
  account/TokenVault.h account/TokenVault.cpp account/Account.h account/Account.cpp)
target_include_directories(plein-core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(plein-core
  PUBLIC plein-protocol Qt6::Core Qt6::Network Qt6::WebSockets QCoro6::Core QCoro6::Network
  PRIVATE qt6keychain SQLite::SQLite3)
