<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnouncementBanners</name>
    <message>
        <location filename="../qml/AnnouncementBanners.qml" line="28"/>
        <source>Announcement from %1: %2</source>
        <translation>Announcement from %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/AnnouncementBanners.qml" line="41"/>
        <source>Announcement from %1</source>
        <translation>Announcement from %1</translation>
    </message>
    <message>
        <location filename="../qml/AnnouncementBanners.qml" line="69"/>
        <source>Mark as read</source>
        <translation>Mark as read</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AnnouncementBanners.qml" line="76"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Read by %n</numerusform>
            <numerusform>Read by %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AnnouncementBanners.qml" line="78"/>
        <source>Read by %n: open the post to see who has not read it</source>
        <translation>
            <numerusform>Read by %n: open the post to see who has not read it</numerusform>
            <numerusform>Read by %n: open the post to see who has not read it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qml/AppShell.qml" line="13"/>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="14"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="15"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="16"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="17"/>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="85"/>
        <source>Offline – messages go out when you are back</source>
        <translation>Offline – messages go out when you are back</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="86"/>
        <source>Offline – you are seeing saved posts</source>
        <translation>Offline – you are seeing saved posts</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="133"/>
        <source>People is on its way</source>
        <translation>People is on its way</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="134"/>
        <source>Soon you can find colleagues by name and expertise here.</source>
        <translation>Soon you can find colleagues by name and expertise here.</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../qml/AttachmentList.qml" line="63"/>
        <source>Open image %1</source>
        <translation>Open image %1</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="141"/>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="142"/>
        <source>Download %1</source>
        <translation>Download %1</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message numerus="yes">
        <location filename="../qml/Badge.qml" line="19"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatComposer</name>
    <message>
        <location filename="../qml/ChatComposer.qml" line="47"/>
        <source>yourself</source>
        <translation>yourself</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="82"/>
        <source>That file cannot be read.</source>
        <translation>That file cannot be read.</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="153"/>
        <location filename="../qml/ChatComposer.qml" line="309"/>
        <source>Edit message</source>
        <translation>Edit message</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="153"/>
        <source>Reply to %1</source>
        <translation>Reply to %1</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="176"/>
        <source>Cancel editing</source>
        <translation>Cancel editing</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="176"/>
        <source>Cancel reply</source>
        <translation>Cancel reply</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="246"/>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="264"/>
        <source>Attach images or files</source>
        <translation>Attach images or files</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="301"/>
        <source>Edit your message…</source>
        <translation>Edit your message…</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="301"/>
        <source>Write a message…</source>
        <translation>Write a message…</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="309"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="351"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="351"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>ChatText</name>
    <message>
        <location filename="../qml/ChatText.qml" line="12"/>
        <source>Like</source>
        <translation>Like</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="13"/>
        <source>Love</source>
        <translation>Love</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="14"/>
        <source>Laugh</source>
        <translation>Laugh</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="15"/>
        <source>Wow</source>
        <translation>Wow</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="16"/>
        <source>Sad</source>
        <translation>Sad</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="17"/>
        <source>Celebrate</source>
        <translation>Celebrate</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="28"/>
        <source>%1 is typing…</source>
        <translation>%1 is typing…</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="31"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 and %2 are typing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ChatText.qml" line="32"/>
        <source>%1, %2 and %n other(s) are typing…</source>
        <translation>
            <numerusform>%1, %2 and %n other are typing…</numerusform>
            <numerusform>%1, %2 and %n others are typing…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="43"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="45"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="66"/>
        <source>No messages yet</source>
        <translation>No messages yet</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="67"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="69"/>
        <source>You: %1</source>
        <translation>You: %1</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="71"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ChatsScreen</name>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="66"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="81"/>
        <location filename="../qml/ChatsScreen.qml" line="178"/>
        <location filename="../qml/ChatsScreen.qml" line="239"/>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="103"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="169"/>
        <source>No conversations yet. Message a colleague or start a group.</source>
        <translation>No conversations yet. Message a colleague or start a group.</translation>
    </message>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="230"/>
        <source>Choose a conversation, or start a new one.</source>
        <translation>Choose a conversation, or start a new one.</translation>
    </message>
</context>
<context>
    <name>CommentItem</name>
    <message>
        <location filename="../qml/CommentItem.qml" line="29"/>
        <source>Comment options</source>
        <translation>Comment options</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="35"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="43"/>
        <location filename="../qml/CommentItem.qml" line="71"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="58"/>
        <source>Delete this comment?</source>
        <translation>Delete this comment?</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="79"/>
        <location filename="../qml/CommentItem.qml" line="141"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="104"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="105"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="121"/>
        <source>Edit comment</source>
        <translation>Edit comment</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="132"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="162"/>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="162"/>
        <source>Not sent.</source>
        <translation>Not sent.</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="163"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="164"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/Composer.qml" line="28"/>
        <source>That file cannot be read.</source>
        <translation>That file cannot be read.</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="79"/>
        <source>link text</source>
        <translation>link text</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="159"/>
        <source>Share something with your colleagues…</source>
        <translation>Share something with your colleagues…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="159"/>
        <source>Write a post…</source>
        <translation>Write a post…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="141"/>
        <source>New post</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="173"/>
        <source>People to mention</source>
        <translation>People to mention</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="183"/>
        <source>Mention %1</source>
        <translation>Mention %1</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="285"/>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="305"/>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="306"/>
        <source>bold text</source>
        <translation>bold text</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="311"/>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="312"/>
        <source>italic text</source>
        <translation>italic text</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="317"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="323"/>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="329"/>
        <source>Attach images or files</source>
        <translation>Attach images or files</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="339"/>
        <source>Announcement</source>
        <translation>Announcement</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="341"/>
        <source>Post as an announcement</source>
        <translation>Post as an announcement</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="409"/>
        <source>Ctrl+Enter to post</source>
        <translation>Ctrl+Enter to post</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="420"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
</context>
<context>
    <name>ComposerGroups</name>
    <message>
        <location filename="../app/glue/ComposerGroups.cpp" line="20"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
</context>
<context>
    <name>ConversationInfo</name>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="25"/>
        <source>Conversation details</source>
        <translation>Conversation details</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="55"/>
        <source>Close details</source>
        <translation>Close details</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="62"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ConversationInfo.qml" line="108"/>
        <source>Group conversation · %n member(s)</source>
        <translation>
            <numerusform>Group conversation · %n member</numerusform>
            <numerusform>Group conversation · %n members</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="109"/>
        <source>Direct conversation</source>
        <translation>Direct conversation</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="124"/>
        <source>Conversation name</source>
        <translation>Conversation name</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="133"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="156"/>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="163"/>
        <source>No notifications; not counted in the Chats badge</source>
        <translation>No notifications; not counted in the Chats badge</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="177"/>
        <source>Mute this conversation</source>
        <translation>Mute this conversation</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="185"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="200"/>
        <source>Add someone: type a name</source>
        <translation>Add someone: type a name</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="221"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="222"/>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="240"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="246"/>
        <source>Remove %1 from the conversation</source>
        <translation>Remove %1 from the conversation</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="263"/>
        <source>Leave conversation</source>
        <translation>Leave conversation</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="288"/>
        <source>Leave “%1”? You no longer get its messages, and its history disappears from this device.</source>
        <translation>Leave “%1”? You no longer get its messages, and its history disappears from this device.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="289"/>
        <source>Remove %1 from this conversation? They no longer get its messages.</source>
        <translation>Remove %1 from this conversation? They no longer get its messages.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="302"/>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="302"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="316"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConversationRow</name>
    <message numerus="yes">
        <location filename="../qml/ConversationRow.qml" line="21"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ConversationRow.qml" line="21"/>
        <source>muted</source>
        <translation>muted</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../qml/ConversationView.qml" line="163"/>
        <source>Back to chats</source>
        <translation>Back to chats</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="176"/>
        <source>Details of %1</source>
        <translation>Details of %1</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="222"/>
        <source>Muted</source>
        <translation>Muted</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ConversationView.qml" line="231"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="248"/>
        <source>Conversation details</source>
        <translation>Conversation details</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="268"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="311"/>
        <source>Loading earlier messages…</source>
        <translation>Loading earlier messages…</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="345"/>
        <source>No messages yet. Say hello.</source>
        <translation>No messages yet. Say hello.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="362"/>
        <source>Jump to the newest message</source>
        <translation>Jump to the newest message</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="503"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="510"/>
        <source>Copy text</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="517"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="525"/>
        <location filename="../qml/ConversationView.qml" line="616"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="594"/>
        <source>Delete this message?</source>
        <translation>Delete this message?</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="603"/>
        <source>It disappears for everyone in this conversation.</source>
        <translation>It disappears for everyone in this conversation.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="624"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EmptyFeed</name>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="25"/>
        <source>No posts yet. Say hello!</source>
        <translation>No posts yet. Say hello!</translation>
    </message>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="39"/>
        <source>Write a post</source>
        <translation>Write a post</translation>
    </message>
</context>
<context>
    <name>FeedScreen</name>
    <message>
        <location filename="../qml/FeedScreen.qml" line="31"/>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <location filename="../qml/FeedScreen.qml" line="89"/>
        <source>You are all caught up</source>
        <translation>You are all caught up</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../qml/FilePicker.qml" line="9"/>
        <source>Attach images or files</source>
        <translation>Attach images or files</translation>
    </message>
</context>
<context>
    <name>GroupMembers</name>
    <message>
        <location filename="../qml/GroupMembers.qml" line="53"/>
        <source>Invite someone: type a name</source>
        <translation>Invite someone: type a name</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="71"/>
        <source>Invite</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="72"/>
        <source>Invite %1</source>
        <translation>Invite %1</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="88"/>
        <source>Loading members…</source>
        <translation>Loading members…</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="89"/>
        <source>No members to show.</source>
        <translation>No members to show.</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="103"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="108"/>
        <source>Remove %1 from the group</source>
        <translation>Remove %1 from the group</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="131"/>
        <source>Remove %1 from the group? They no longer see its posts.</source>
        <translation>Remove %1 from the group? They no longer see its posts.</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="143"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="152"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <location filename="../qml/GroupPage.qml" line="25"/>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <location filename="../qml/GroupPage.qml" line="25"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="47"/>
        <source>Posts in %1</source>
        <translation>Posts in %1</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="68"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="133"/>
        <source>Accept invitation</source>
        <translation>Accept invitation</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="134"/>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="134"/>
        <source>Request to join</source>
        <translation>Request to join</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="144"/>
        <source>Request sent; a group admin decides</source>
        <translation>Request sent; a group admin decides</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="158"/>
        <source>You are an admin</source>
        <translation>You are an admin</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="158"/>
        <source>You are a member</source>
        <translation>You are a member</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="170"/>
        <source>Withdraw request</source>
        <translation>Withdraw request</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="170"/>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="184"/>
        <source>Only members see what is posted in this group.</source>
        <translation>Only members see what is posted in this group.</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="241"/>
        <source>No posts in this group yet. Write the first one in the feed.</source>
        <translation>No posts in this group yet. Write the first one in the feed.</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <location filename="../qml/GroupPicker.qml" line="14"/>
        <source>No groups yet</source>
        <translation>No groups yet</translation>
    </message>
    <message>
        <location filename="../qml/GroupPicker.qml" line="23"/>
        <source>Post in: %1</source>
        <translation>Post in: %1</translation>
    </message>
</context>
<context>
    <name>GroupRequests</name>
    <message>
        <location filename="../qml/GroupRequests.qml" line="43"/>
        <source>Loading requests…</source>
        <translation>Loading requests…</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="44"/>
        <source>No one is waiting to join.</source>
        <translation>No one is waiting to join.</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="59"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="60"/>
        <source>Approve %1</source>
        <translation>Approve %1</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="66"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="67"/>
        <source>Decline %1</source>
        <translation>Decline %1</translation>
    </message>
</context>
<context>
    <name>GroupRow</name>
    <message>
        <location filename="../qml/GroupRow.qml" line="24"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/GroupRow.qml" line="111"/>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <location filename="../qml/GroupRow.qml" line="111"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../qml/GroupRow.qml" line="111"/>
        <source>Accept invitation</source>
        <translation>Accept invitation</translation>
    </message>
</context>
<context>
    <name>GroupSettings</name>
    <message>
        <location filename="../qml/GroupSettings.qml" line="36"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="45"/>
        <source>What is this group about?</source>
        <translation>What is this group about?</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="51"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="66"/>
        <source>Who can find it</source>
        <translation>Who can find it</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="80"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="88"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>GroupText</name>
    <message>
        <location filename="../qml/GroupText.qml" line="10"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="10"/>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="10"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="14"/>
        <source>Only members can find it; people join by invitation.</source>
        <translation>Only members can find it; people join by invitation.</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="16"/>
        <source>Everyone can find it; only members see posts, and joining needs approval.</source>
        <translation>Everyone can find it; only members see posts, and joining needs approval.</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="17"/>
        <source>Everyone in the organisation can find it, read it and join.</source>
        <translation>Everyone in the organisation can find it, read it and join.</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="21"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="22"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="23"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="24"/>
        <source>Club</source>
        <translation>Club</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/GroupText.qml" line="37"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="40"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="41"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="42"/>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="43"/>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
</context>
<context>
    <name>GroupsScreen</name>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="54"/>
        <location filename="../qml/GroupsScreen.qml" line="122"/>
        <source>My groups</source>
        <translation>My groups</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="54"/>
        <location filename="../qml/GroupsScreen.qml" line="122"/>
        <source>Discover</source>
        <translation>Discover</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="87"/>
        <location filename="../qml/GroupsScreen.qml" line="88"/>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="97"/>
        <source>Search my groups</source>
        <translation>Search my groups</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="97"/>
        <source>Search groups</source>
        <translation>Search groups</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="161"/>
        <source>No groups match “%1”.</source>
        <translation>No groups match “%1”.</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="162"/>
        <source>You are not in a group yet. Discover one to join.</source>
        <translation>You are not in a group yet. Discover one to join.</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="163"/>
        <source>No other groups to discover right now.</source>
        <translation>No other groups to discover right now.</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="172"/>
        <source>Discover groups</source>
        <translation>Discover groups</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="215"/>
        <source>Choose a group to see its posts and members.</source>
        <translation>Choose a group to see its posts and members.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../qml/ImageViewer.qml" line="35"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../qml/LoginScreen.qml" line="45"/>
        <source>Welcome to Plein</source>
        <translation>Welcome to Plein</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="55"/>
        <source>Sign in with the details from your organisation.</source>
        <translation>Sign in with the details from your organisation.</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="76"/>
        <location filename="../qml/LoginScreen.qml" line="83"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="88"/>
        <location filename="../qml/LoginScreen.qml" line="95"/>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="94"/>
        <source>name@organisation.nl</source>
        <translation>name@organisation.nl</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="100"/>
        <location filename="../qml/LoginScreen.qml" line="108"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118"/>
        <location filename="../qml/LoginScreen.qml" line="121"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>MePage</name>
    <message>
        <location filename="../qml/MePage.qml" line="76"/>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="78"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="88"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>MessageItem</name>
    <message>
        <location filename="../qml/MessageItem.qml" line="44"/>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="45"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="46"/>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/MessageItem.qml" line="47"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Read by %n</numerusform>
            <numerusform>Read by %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="48"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="53"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="54"/>
        <location filename="../qml/MessageItem.qml" line="307"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="113"/>
        <source>New messages</source>
        <translation>New messages</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="205"/>
        <source>Reply to %1: %2</source>
        <translation>Reply to %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="242"/>
        <source>This message was deleted</source>
        <translation>This message was deleted</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="363"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="405"/>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="405"/>
        <source>Not sent.</source>
        <translation>Not sent.</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="406"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="409"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="428"/>
        <source>React</source>
        <translation>React</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="436"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="444"/>
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
</context>
<context>
    <name>NavItem</name>
    <message numerus="yes">
        <location filename="../qml/NavItem.qml" line="18"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n unread</numerusform>
            <numerusform>%1, %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../qml/NavRail.qml" line="63"/>
        <source>Me</source>
        <translation>Me</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="47"/>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="100"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="115"/>
        <location filename="../qml/NewConversationDialog.qml" line="118"/>
        <source>Search people by name</source>
        <translation>Search people by name</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="156"/>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="200"/>
        <source>Name of the group conversation</source>
        <translation>Name of the group conversation</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="229"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="282"/>
        <source>Type at least two letters of a name.</source>
        <translation>Type at least two letters of a name.</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="283"/>
        <source>Nobody found for “%1”.</source>
        <translation>Nobody found for “%1”.</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="298"/>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="299"/>
        <source>Create group conversation</source>
        <translation>Create group conversation</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="300"/>
        <source>Chat with %1</source>
        <translation>Chat with %1</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="301"/>
        <source>Start conversation</source>
        <translation>Start conversation</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="307"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="21"/>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="50"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="60"/>
        <source>What is this group about?</source>
        <translation>What is this group about?</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="66"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="87"/>
        <source>Who can find it</source>
        <translation>Who can find it</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="177"/>
        <source>Create group</source>
        <translation>Create group</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="187"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../qml/OfflineBanner.qml" line="7"/>
        <source>Offline – you are seeing saved posts</source>
        <translation>Offline – you are seeing saved posts</translation>
    </message>
</context>
<context>
    <name>PeoplePopup</name>
    <message>
        <location filename="../qml/PeoplePopup.qml" line="44"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PostCard</name>
    <message>
        <location filename="../qml/PostCard.qml" line="34"/>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="36"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="90"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="105"/>
        <source>Post options</source>
        <translation>Post options</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="131"/>
        <source>Announcement</source>
        <translation>Announcement</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="199"/>
        <source>Changed elsewhere while you edited</source>
        <translation>Changed elsewhere while you edited</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="200"/>
        <source>Use mine</source>
        <translation>Use mine</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="201"/>
        <source>Discard mine</source>
        <translation>Discard mine</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="215"/>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="215"/>
        <source>Not sent.</source>
        <translation>Not sent.</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="216"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="218"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="242"/>
        <source>Reactions</source>
        <translation>Reactions</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="285"/>
        <source>Mark as read</source>
        <translation>Mark as read</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="296"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Read by %n</numerusform>
            <numerusform>Read by %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="304"/>
        <source>Not read yet</source>
        <translation>Not read yet</translation>
    </message>
    <message numerus="yes">
        <source>%n like(s)</source>
        <translation type="vanished">
            <numerusform>%n like</numerusform>
            <numerusform>%n likes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="248"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="270"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>PostDeleteDialog</name>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="16"/>
        <source>Delete this post?</source>
        <translation>Delete this post?</translation>
    </message>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="29"/>
        <source>It disappears for everyone, with its comments.</source>
        <translation>It disappears for everyone, with its comments.</translation>
    </message>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="42"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="50"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PostDetail</name>
    <message>
        <location filename="../qml/PostDetail.qml" line="37"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="37"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="42"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="71"/>
        <location filename="../qml/PostDetail.qml" line="111"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="103"/>
        <source>This post is no longer here.</source>
        <translation>This post is no longer here.</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="125"/>
        <source>No comments yet. Be the first to reply.</source>
        <translation>No comments yet. Be the first to reply.</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="167"/>
        <source>Write a comment…</source>
        <translation>Write a comment…</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="173"/>
        <source>New comment</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="193"/>
        <source>Send comment</source>
        <translation>Send comment</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../qml/PostEditor.qml" line="26"/>
        <source>Edit post</source>
        <translation>Edit post</translation>
    </message>
    <message>
        <location filename="../qml/PostEditor.qml" line="37"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/PostEditor.qml" line="43"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PostMenu</name>
    <message>
        <location filename="../qml/PostMenu.qml" line="15"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../qml/PostMenu.qml" line="20"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>PostPeoplePopup</name>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="16"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="33"/>
        <source>Read by %1 of %2</source>
        <translation>Read by %1 of %2</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="35"/>
        <source>Everyone has read it.</source>
        <translation>Everyone has read it.</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="35"/>
        <source>Not read yet:</source>
        <translation>Not read yet:</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="38"/>
        <source>No reactions yet.</source>
        <translation>No reactions yet.</translation>
    </message>
</context>
<context>
    <name>ReactionBar</name>
    <message>
        <location filename="../qml/ReactionBar.qml" line="18"/>
        <source>Like</source>
        <translation>Like</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="19"/>
        <source>Love</source>
        <translation>Love</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="20"/>
        <source>Laugh</source>
        <translation>Laugh</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="21"/>
        <source>Wow</source>
        <translation>Wow</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="22"/>
        <source>Sad</source>
        <translation>Sad</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="23"/>
        <source>Celebrate</source>
        <translation>Celebrate</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="44"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="99"/>
        <source>React</source>
        <translation>React</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="28"/>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/RelativeTime.cpp" line="30"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/RelativeTime.cpp" line="34"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="35"/>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/Sidebar.qml" line="82"/>
        <source>Me: %1</source>
        <translation>Me: %1</translation>
    </message>
</context>
<context>
    <name>SignInMessages</name>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="13"/>
        <source>This is not a server address. Check it and try again, for example https://plein.example.nl.</source>
        <translation>This is not a server address. Check it and try again, for example https://plein.example.nl.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="15"/>
        <source>This address is not secure. Use an address that starts with https://.</source>
        <translation>This address is not secure. Use an address that starts with https://.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="17"/>
        <source>The server cannot be reached. Check the address and your internet connection.</source>
        <translation>The server cannot be reached. Check the address and your internet connection.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="19"/>
        <source>This address is not a Plein server. Check the address with your organisation.</source>
        <translation>This address is not a Plein server. Check the address with your organisation.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="21"/>
        <source>The email address or password is not right.</source>
        <translation>The email address or password is not right.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/SignInMessages.cpp" line="24"/>
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="25"/>
        <source>Too many attempts. Try again in a moment.</source>
        <translation>Too many attempts. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="27"/>
        <source>Your sign-in could not be saved in the system keychain. Unlock the keychain and try again.</source>
        <translation>Your sign-in could not be saved in the system keychain. Unlock the keychain and try again.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="29"/>
        <source>Plein could not open its storage on this device. Free some space and try again.</source>
        <translation>Plein could not open its storage on this device. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="31"/>
        <source>The server has a problem right now. Try again later.</source>
        <translation>The server has a problem right now. Try again later.</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <location filename="../qml/Spinner.qml" line="13"/>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
</context>
<context>
    <name>plein::app::ChatNotifier</name>
    <message>
        <location filename="../app/glue/ChatNotifier.cpp" line="44"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>plein::app::Chats</name>
    <message>
        <location filename="../app/glue/Chats.cpp" line="81"/>
        <source>The server did not accept your message.</source>
        <translation>The server did not accept your message.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="82"/>
        <source>The server did not accept your message: %1</source>
        <translation>The server did not accept your message: %1</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="179"/>
        <source>The conversation could not be started. %1</source>
        <translation>The conversation could not be started. %1</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="202"/>
        <source>The person could not be added.</source>
        <translation>The person could not be added.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="207"/>
        <source>The person could not be removed.</source>
        <translation>The person could not be removed.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="215"/>
        <source>You could not leave the conversation.</source>
        <translation>You could not leave the conversation.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="221"/>
        <source>The conversation could not be muted.</source>
        <translation>The conversation could not be muted.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="221"/>
        <source>The conversation could not be unmuted.</source>
        <translation>The conversation could not be unmuted.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="227"/>
        <source>The conversation could not be renamed.</source>
        <translation>The conversation could not be renamed.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="244"/>
        <source>Your message could not be saved on this device. Try again.</source>
        <translation>Your message could not be saved on this device. Try again.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="346"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>plein::app::Remote</name>
    <message>
        <location filename="../app/glue/Remote.cpp" line="49"/>
        <source>You are offline. Try again when you are connected.</source>
        <translation>You are offline. Try again when you are connected.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="50"/>
        <source>You may not do that here.</source>
        <translation>You may not do that here.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="51"/>
        <source>This is not available.</source>
        <translation>This is not available.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="52"/>
        <source>That was not accepted. Check what you entered.</source>
        <translation>That was not accepted. Check what you entered.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="53"/>
        <source>Someone changed this at the same time. Try again.</source>
        <translation>Someone changed this at the same time. Try again.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="54"/>
        <source>That did not work. Try again in a moment.</source>
        <translation>That did not work. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="64"/>
        <location filename="../app/glue/Remote.cpp" line="216"/>
        <source>You are signed out.</source>
        <translation>You are signed out.</translation>
    </message>
</context>
<context>
    <name>plein::app::Session</name>
    <message>
        <location filename="../app/glue/Session.cpp" line="39"/>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Your session has ended. Sign in again to continue.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="128"/>
        <source>The server did not accept that.</source>
        <translation>The server did not accept that.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="128"/>
        <source>The server did not accept that: %1</source>
        <translation>The server did not accept that: %1</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="182"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="183"/>
        <source>Community manager</source>
        <translation>Community manager</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="184"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="185"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="266"/>
        <source>Your post could not be saved on this device. Your text is still here; try again.</source>
        <translation>Your post could not be saved on this device. Your text is still here; try again.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="349"/>
        <source>That could not be saved on this device. Try again.</source>
        <translation>That could not be saved on this device. Try again.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="392"/>
        <source>Your comment could not be saved on this device. Try again.</source>
        <translation>Your comment could not be saved on this device. Try again.</translation>
    </message>
</context>
</TS>
