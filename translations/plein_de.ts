<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnnouncementBanners</name>
    <message>
        <location filename="../qml/AnnouncementBanners.qml" line="28"/>
        <source>Announcement from %1: %2</source>
        <translation>Ankündigung von %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/AnnouncementBanners.qml" line="41"/>
        <source>Announcement from %1</source>
        <translation>Ankündigung von %1</translation>
    </message>
    <message>
        <location filename="../qml/AnnouncementBanners.qml" line="69"/>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AnnouncementBanners.qml" line="76"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Von %n gelesen</numerusform>
            <numerusform>Von %n gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AnnouncementBanners.qml" line="78"/>
        <source>Read by %n: open the post to see who has not read it</source>
        <translation>
            <numerusform>Von %n gelesen: öffne den Beitrag, um zu sehen, wer ihn noch nicht gelesen hat</numerusform>
            <numerusform>Von %n gelesen: öffne den Beitrag, um zu sehen, wer ihn noch nicht gelesen hat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qml/AppShell.qml" line="13"/>
        <source>Feed</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="14"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="15"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="16"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="17"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="85"/>
        <source>Offline – messages go out when you are back</source>
        <translation>Offline – Nachrichten gehen raus, sobald du wieder online bist</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="86"/>
        <source>Offline – you are seeing saved posts</source>
        <translation>Offline – du siehst gespeicherte Beiträge</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="133"/>
        <source>People is on its way</source>
        <translation>Personen kommt bald</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="134"/>
        <source>Soon you can find colleagues by name and expertise here.</source>
        <translation>Bald findest du hier Kolleginnen und Kollegen nach Name und Fachgebiet.</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../qml/AttachmentList.qml" line="63"/>
        <source>Open image %1</source>
        <translation>Bild %1 öffnen</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="141"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="142"/>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message numerus="yes">
        <location filename="../qml/Badge.qml" line="19"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatComposer</name>
    <message>
        <location filename="../qml/ChatComposer.qml" line="47"/>
        <source>yourself</source>
        <translation>dich selbst</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="82"/>
        <source>That file cannot be read.</source>
        <translation>Diese Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="153"/>
        <location filename="../qml/ChatComposer.qml" line="309"/>
        <source>Edit message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="153"/>
        <source>Reply to %1</source>
        <translation>Antwort an %1</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="176"/>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="176"/>
        <source>Cancel reply</source>
        <translation>Antwort abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="246"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="264"/>
        <source>Attach images or files</source>
        <translation>Bilder oder Dateien anhängen</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="301"/>
        <source>Edit your message…</source>
        <translation>Bearbeite deine Nachricht…</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="301"/>
        <source>Write a message…</source>
        <translation>Schreib eine Nachricht…</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="309"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="351"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="351"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>ChatText</name>
    <message>
        <location filename="../qml/ChatText.qml" line="12"/>
        <source>Like</source>
        <translation>Gefällt mir</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="13"/>
        <source>Love</source>
        <translation>Liebe</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="14"/>
        <source>Laugh</source>
        <translation>Lustig</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="15"/>
        <source>Wow</source>
        <translation>Wow</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="16"/>
        <source>Sad</source>
        <translation>Traurig</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="17"/>
        <source>Celebrate</source>
        <translation>Feiern</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="28"/>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="31"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 und %2 schreiben…</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ChatText.qml" line="32"/>
        <source>%1, %2 and %n other(s) are typing…</source>
        <translation>
            <numerusform>%1, %2 und %n weitere Person schreiben…</numerusform>
            <numerusform>%1, %2 und %n weitere Personen schreiben…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="43"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="45"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="66"/>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="67"/>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="69"/>
        <source>You: %1</source>
        <translation>Du: %1</translation>
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
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="103"/>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="169"/>
        <source>No conversations yet. Message a colleague or start a group.</source>
        <translation>Noch keine Gespräche. Schreib einer Kollegin oder einem Kollegen oder starte eine Gruppe.</translation>
    </message>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="230"/>
        <source>Choose a conversation, or start a new one.</source>
        <translation>Wähle ein Gespräch oder beginne ein neues.</translation>
    </message>
</context>
<context>
    <name>CommentItem</name>
    <message>
        <location filename="../qml/CommentItem.qml" line="29"/>
        <source>Comment options</source>
        <translation>Kommentaroptionen</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="35"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="43"/>
        <location filename="../qml/CommentItem.qml" line="71"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="58"/>
        <source>Delete this comment?</source>
        <translation>Diesen Kommentar löschen?</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="79"/>
        <location filename="../qml/CommentItem.qml" line="141"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="104"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="105"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="121"/>
        <source>Edit comment</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="132"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="162"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="162"/>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="163"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="164"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/Composer.qml" line="28"/>
        <source>That file cannot be read.</source>
        <translation>Diese Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="79"/>
        <source>link text</source>
        <translation>Linktext</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="159"/>
        <source>Share something with your colleagues…</source>
        <translation>Teile etwas mit deinen Kollegen…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="159"/>
        <source>Write a post…</source>
        <translation>Beitrag schreiben…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="141"/>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="173"/>
        <source>People to mention</source>
        <translation>Personen zum Erwähnen</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="183"/>
        <source>Mention %1</source>
        <translation>%1 erwähnen</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="285"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="305"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="306"/>
        <source>bold text</source>
        <translation>fetter Text</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="311"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="312"/>
        <source>italic text</source>
        <translation>kursiver Text</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="317"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="323"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="329"/>
        <source>Attach images or files</source>
        <translation>Bilder oder Dateien anhängen</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="339"/>
        <source>Announcement</source>
        <translation>Ankündigung</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="341"/>
        <source>Post as an announcement</source>
        <translation>Als Ankündigung veröffentlichen</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="409"/>
        <source>Ctrl+Enter to post</source>
        <translation>Strg+Enter zum Posten</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="420"/>
        <source>Post</source>
        <translation>Posten</translation>
    </message>
</context>
<context>
    <name>ComposerGroups</name>
    <message>
        <location filename="../app/glue/ComposerGroups.cpp" line="20"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>ConversationInfo</name>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="25"/>
        <source>Conversation details</source>
        <translation>Gesprächsdetails</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="55"/>
        <source>Close details</source>
        <translation>Details schließen</translation>
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
            <numerusform>Gruppengespräch · %n Mitglied</numerusform>
            <numerusform>Gruppengespräch · %n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="109"/>
        <source>Direct conversation</source>
        <translation>Direktes Gespräch</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="124"/>
        <source>Conversation name</source>
        <translation>Name des Gesprächs</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="133"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="156"/>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="163"/>
        <source>No notifications; not counted in the Chats badge</source>
        <translation>Keine Benachrichtigungen; zählt nicht bei Chats mit</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="177"/>
        <source>Mute this conversation</source>
        <translation>Dieses Gespräch stummschalten</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="185"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="200"/>
        <source>Add someone: type a name</source>
        <translation>Jemanden hinzufügen: Namen eingeben</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="221"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="222"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="240"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="246"/>
        <source>Remove %1 from the conversation</source>
        <translation>%1 aus dem Gespräch entfernen</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="263"/>
        <source>Leave conversation</source>
        <translation>Gespräch verlassen</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="288"/>
        <source>Leave “%1”? You no longer get its messages, and its history disappears from this device.</source>
        <translation>„%1“ verlassen? Du bekommst dann keine Nachrichten mehr, und der Verlauf verschwindet von diesem Gerät.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="289"/>
        <source>Remove %1 from this conversation? They no longer get its messages.</source>
        <translation>%1 aus diesem Gespräch entfernen? Die Person bekommt dann keine Nachrichten mehr.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="302"/>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="302"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="316"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConversationRow</name>
    <message numerus="yes">
        <location filename="../qml/ConversationRow.qml" line="21"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ConversationRow.qml" line="21"/>
        <source>muted</source>
        <translation>stummgeschaltet</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../qml/ConversationView.qml" line="163"/>
        <source>Back to chats</source>
        <translation>Zurück zu den Chats</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="176"/>
        <source>Details of %1</source>
        <translation>Details zu %1</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="222"/>
        <source>Muted</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ConversationView.qml" line="231"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="248"/>
        <source>Conversation details</source>
        <translation>Gesprächsdetails</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="268"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="311"/>
        <source>Loading earlier messages…</source>
        <translation>Frühere Nachrichten werden geladen…</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="345"/>
        <source>No messages yet. Say hello.</source>
        <translation>Noch keine Nachrichten. Sag hallo.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="362"/>
        <source>Jump to the newest message</source>
        <translation>Zur neuesten Nachricht</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="503"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="510"/>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="517"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="525"/>
        <location filename="../qml/ConversationView.qml" line="616"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="594"/>
        <source>Delete this message?</source>
        <translation>Diese Nachricht löschen?</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="603"/>
        <source>It disappears for everyone in this conversation.</source>
        <translation>Sie verschwindet für alle in diesem Gespräch.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="624"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>EmptyFeed</name>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="25"/>
        <source>No posts yet. Say hello!</source>
        <translation>Noch keine Beiträge. Sag hallo!</translation>
    </message>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="39"/>
        <source>Write a post</source>
        <translation>Beitrag schreiben</translation>
    </message>
</context>
<context>
    <name>FeedScreen</name>
    <message>
        <location filename="../qml/FeedScreen.qml" line="31"/>
        <source>Feed</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <location filename="../qml/FeedScreen.qml" line="89"/>
        <source>You are all caught up</source>
        <translation>Du bist auf dem neuesten Stand</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../qml/FilePicker.qml" line="9"/>
        <source>Attach images or files</source>
        <translation>Bilder oder Dateien anhängen</translation>
    </message>
</context>
<context>
    <name>GroupMembers</name>
    <message>
        <location filename="../qml/GroupMembers.qml" line="53"/>
        <source>Invite someone: type a name</source>
        <translation>Jemanden einladen: Namen eingeben</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="71"/>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="72"/>
        <source>Invite %1</source>
        <translation>%1 einladen</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="88"/>
        <source>Loading members…</source>
        <translation>Mitglieder werden geladen…</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="89"/>
        <source>No members to show.</source>
        <translation>Keine Mitglieder anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="103"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="108"/>
        <source>Remove %1 from the group</source>
        <translation>%1 aus der Gruppe entfernen</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="131"/>
        <source>Remove %1 from the group? They no longer see its posts.</source>
        <translation>%1 aus der Gruppe entfernen? Die Person sieht dann die Beiträge nicht mehr.</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="143"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="152"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <location filename="../qml/GroupPage.qml" line="25"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <location filename="../qml/GroupPage.qml" line="25"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="47"/>
        <source>Posts in %1</source>
        <translation>Beiträge in %1</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="68"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="133"/>
        <source>Accept invitation</source>
        <translation>Einladung annehmen</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="134"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="134"/>
        <source>Request to join</source>
        <translation>Beitritt anfragen</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="144"/>
        <source>Request sent; a group admin decides</source>
        <translation>Anfrage gesendet; ein Gruppenadmin entscheidet</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="158"/>
        <source>You are an admin</source>
        <translation>Du bist Admin</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="158"/>
        <source>You are a member</source>
        <translation>Du bist Mitglied</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="170"/>
        <source>Withdraw request</source>
        <translation>Anfrage zurückziehen</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="170"/>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="184"/>
        <source>Only members see what is posted in this group.</source>
        <translation>Nur Mitglieder sehen, was in dieser Gruppe gepostet wird.</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="241"/>
        <source>No posts in this group yet. Write the first one in the feed.</source>
        <translation>Noch keine Beiträge in dieser Gruppe. Schreib den ersten im Feed.</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <location filename="../qml/GroupPicker.qml" line="14"/>
        <source>No groups yet</source>
        <translation>Noch keine Gruppen</translation>
    </message>
    <message>
        <location filename="../qml/GroupPicker.qml" line="23"/>
        <source>Post in: %1</source>
        <translation>Posten in: %1</translation>
    </message>
</context>
<context>
    <name>GroupRequests</name>
    <message>
        <location filename="../qml/GroupRequests.qml" line="43"/>
        <source>Loading requests…</source>
        <translation>Anfragen werden geladen…</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="44"/>
        <source>No one is waiting to join.</source>
        <translation>Niemand wartet auf Aufnahme.</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="59"/>
        <source>Approve</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="60"/>
        <source>Approve %1</source>
        <translation>%1 annehmen</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="66"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="67"/>
        <source>Decline %1</source>
        <translation>%1 ablehnen</translation>
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
        <translation>Beitreten</translation>
    </message>
    <message>
        <location filename="../qml/GroupRow.qml" line="111"/>
        <source>Request</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../qml/GroupRow.qml" line="111"/>
        <source>Accept invitation</source>
        <translation>Einladung annehmen</translation>
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
        <translation>Worum geht es in dieser Gruppe?</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="51"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="66"/>
        <source>Who can find it</source>
        <translation>Wer sie finden kann</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="80"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="88"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>GroupText</name>
    <message>
        <location filename="../qml/GroupText.qml" line="10"/>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="10"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="10"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="14"/>
        <source>Only members can find it; people join by invitation.</source>
        <translation>Nur Mitglieder finden sie; beitreten nur auf Einladung.</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="16"/>
        <source>Everyone can find it; only members see posts, and joining needs approval.</source>
        <translation>Alle finden sie; nur Mitglieder sehen Beiträge, und der Beitritt muss bestätigt werden.</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="17"/>
        <source>Everyone in the organisation can find it, read it and join.</source>
        <translation>Alle in der Organisation können sie finden, lesen und beitreten.</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="21"/>
        <source>Province</source>
        <translation>Provinz</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="22"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="23"/>
        <source>Theme</source>
        <translation>Thema</translation>
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
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
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
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="42"/>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="43"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
</context>
<context>
    <name>GroupsScreen</name>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="54"/>
        <location filename="../qml/GroupsScreen.qml" line="122"/>
        <source>My groups</source>
        <translation>Meine Gruppen</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="54"/>
        <location filename="../qml/GroupsScreen.qml" line="122"/>
        <source>Discover</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="87"/>
        <location filename="../qml/GroupsScreen.qml" line="88"/>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="97"/>
        <source>Search my groups</source>
        <translation>Meine Gruppen durchsuchen</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="97"/>
        <source>Search groups</source>
        <translation>Gruppen suchen</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="161"/>
        <source>No groups match “%1”.</source>
        <translation>Keine Gruppen zu „%1“.</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="162"/>
        <source>You are not in a group yet. Discover one to join.</source>
        <translation>Du bist noch in keiner Gruppe. Entdecke eine zum Beitreten.</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="163"/>
        <source>No other groups to discover right now.</source>
        <translation>Gerade gibt es keine weiteren Gruppen zu entdecken.</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="172"/>
        <source>Discover groups</source>
        <translation>Gruppen entdecken</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="215"/>
        <source>Choose a group to see its posts and members.</source>
        <translation>Wähle eine Gruppe, um Beiträge und Mitglieder zu sehen.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../qml/ImageViewer.qml" line="35"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../qml/LoginScreen.qml" line="45"/>
        <source>Welcome to Plein</source>
        <translation>Willkommen bei Plein</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="55"/>
        <source>Sign in with the details from your organisation.</source>
        <translation>Melde dich mit den Daten deiner Organisation an.</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="76"/>
        <location filename="../qml/LoginScreen.qml" line="83"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="88"/>
        <location filename="../qml/LoginScreen.qml" line="95"/>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="94"/>
        <source>name@organisation.nl</source>
        <translation>name@organisation.de</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="100"/>
        <location filename="../qml/LoginScreen.qml" line="108"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118"/>
        <location filename="../qml/LoginScreen.qml" line="121"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>MePage</name>
    <message>
        <location filename="../qml/MePage.qml" line="76"/>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="78"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="88"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>MessageItem</name>
    <message>
        <location filename="../qml/MessageItem.qml" line="44"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="45"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="46"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/MessageItem.qml" line="47"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Von %n gelesen</numerusform>
            <numerusform>Von %n gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="48"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="53"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="54"/>
        <location filename="../qml/MessageItem.qml" line="307"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="113"/>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="205"/>
        <source>Reply to %1: %2</source>
        <translation>Antwort an %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="242"/>
        <source>This message was deleted</source>
        <translation>Diese Nachricht wurde gelöscht</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="363"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="405"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="405"/>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="406"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="409"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="428"/>
        <source>React</source>
        <translation>Reagieren</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="436"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="444"/>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
</context>
<context>
    <name>NavItem</name>
    <message numerus="yes">
        <location filename="../qml/NavItem.qml" line="18"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n ungelesen</numerusform>
            <numerusform>%1, %n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../qml/NavRail.qml" line="63"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="47"/>
        <source>New conversation</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="100"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="115"/>
        <location filename="../qml/NewConversationDialog.qml" line="118"/>
        <source>Search people by name</source>
        <translation>Personen nach Namen suchen</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="156"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="200"/>
        <source>Name of the group conversation</source>
        <translation>Name des Gruppengesprächs</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="229"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="282"/>
        <source>Type at least two letters of a name.</source>
        <translation>Gib mindestens zwei Buchstaben eines Namens ein.</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="283"/>
        <source>Nobody found for “%1”.</source>
        <translation>Niemand gefunden für „%1“.</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="298"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="299"/>
        <source>Create group conversation</source>
        <translation>Gruppengespräch erstellen</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="300"/>
        <source>Chat with %1</source>
        <translation>Mit %1 chatten</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="301"/>
        <source>Start conversation</source>
        <translation>Gespräch beginnen</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="307"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="21"/>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="50"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="60"/>
        <source>What is this group about?</source>
        <translation>Worum geht es in dieser Gruppe?</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="66"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="87"/>
        <source>Who can find it</source>
        <translation>Wer sie finden kann</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="177"/>
        <source>Create group</source>
        <translation>Gruppe erstellen</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="187"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../qml/OfflineBanner.qml" line="7"/>
        <source>Offline – you are seeing saved posts</source>
        <translation>Offline – du siehst gespeicherte Beiträge</translation>
    </message>
</context>
<context>
    <name>PeoplePopup</name>
    <message>
        <location filename="../qml/PeoplePopup.qml" line="44"/>
        <source>Close</source>
        <translation>Schließen</translation>
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
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="90"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="105"/>
        <source>Post options</source>
        <translation>Beitragsoptionen</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="131"/>
        <source>Announcement</source>
        <translation>Ankündigung</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="199"/>
        <source>Changed elsewhere while you edited</source>
        <translation>Woanders geändert, während du bearbeitet hast</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="200"/>
        <source>Use mine</source>
        <translation>Meine verwenden</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="201"/>
        <source>Discard mine</source>
        <translation>Meine verwerfen</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="215"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="215"/>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="216"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="218"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="242"/>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="285"/>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="296"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Von %n gelesen</numerusform>
            <numerusform>Von %n gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="304"/>
        <source>Not read yet</source>
        <translation>Noch nicht gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n like(s)</source>
        <translation type="vanished">
            <numerusform>%n Like</numerusform>
            <numerusform>%n Likes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="248"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="270"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>PostDeleteDialog</name>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="16"/>
        <source>Delete this post?</source>
        <translation>Diesen Beitrag löschen?</translation>
    </message>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="29"/>
        <source>It disappears for everyone, with its comments.</source>
        <translation>Er verschwindet für alle, mit seinen Kommentaren.</translation>
    </message>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="42"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="50"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PostDetail</name>
    <message>
        <location filename="../qml/PostDetail.qml" line="37"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="37"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="42"/>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="71"/>
        <location filename="../qml/PostDetail.qml" line="111"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="103"/>
        <source>This post is no longer here.</source>
        <translation>Dieser Beitrag ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="125"/>
        <source>No comments yet. Be the first to reply.</source>
        <translation>Noch keine Kommentare. Antworte als Erste oder Erster.</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="167"/>
        <source>Write a comment…</source>
        <translation>Kommentar schreiben…</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="173"/>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="193"/>
        <source>Send comment</source>
        <translation>Kommentar senden</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../qml/PostEditor.qml" line="26"/>
        <source>Edit post</source>
        <translation>Beitrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/PostEditor.qml" line="37"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/PostEditor.qml" line="43"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PostMenu</name>
    <message>
        <location filename="../qml/PostMenu.qml" line="15"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/PostMenu.qml" line="20"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>PostPeoplePopup</name>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="16"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="33"/>
        <source>Read by %1 of %2</source>
        <translation>Von %1 von %2 gelesen</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="35"/>
        <source>Everyone has read it.</source>
        <translation>Alle haben es gelesen.</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="35"/>
        <source>Not read yet:</source>
        <translation>Noch nicht gelesen:</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="38"/>
        <source>No reactions yet.</source>
        <translation>Noch keine Reaktionen.</translation>
    </message>
</context>
<context>
    <name>ReactionBar</name>
    <message>
        <location filename="../qml/ReactionBar.qml" line="18"/>
        <source>Like</source>
        <translation>Gefällt mir</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="19"/>
        <source>Love</source>
        <translation>Liebe</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="20"/>
        <source>Laugh</source>
        <translation>Lustig</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="21"/>
        <source>Wow</source>
        <translation>Wow</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="22"/>
        <source>Sad</source>
        <translation>Traurig</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="23"/>
        <source>Celebrate</source>
        <translation>Feiern</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="44"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="99"/>
        <source>React</source>
        <translation>Reagieren</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="28"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/RelativeTime.cpp" line="30"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/RelativeTime.cpp" line="34"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="35"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/Sidebar.qml" line="82"/>
        <source>Me: %1</source>
        <translation>Ich: %1</translation>
    </message>
</context>
<context>
    <name>SignInMessages</name>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="13"/>
        <source>This is not a server address. Check it and try again, for example https://plein.example.nl.</source>
        <translation>Das ist keine Serveradresse. Prüfe sie und versuche es erneut, zum Beispiel https://plein.example.nl.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="15"/>
        <source>This address is not secure. Use an address that starts with https://.</source>
        <translation>Diese Adresse ist nicht sicher. Verwende eine Adresse, die mit https:// beginnt.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="17"/>
        <source>The server cannot be reached. Check the address and your internet connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfe die Adresse und deine Internetverbindung.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="19"/>
        <source>This address is not a Plein server. Check the address with your organisation.</source>
        <translation>Unter dieser Adresse läuft kein Plein-Server. Frage deine Organisation nach der richtigen Adresse.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="21"/>
        <source>The email address or password is not right.</source>
        <translation>E-Mail-Adresse oder Passwort stimmen nicht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/SignInMessages.cpp" line="24"/>
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>Zu viele Versuche. Versuche es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Versuche. Versuche es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="25"/>
        <source>Too many attempts. Try again in a moment.</source>
        <translation>Zu viele Versuche. Versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="27"/>
        <source>Your sign-in could not be saved in the system keychain. Unlock the keychain and try again.</source>
        <translation>Deine Anmeldung konnte nicht im Schlüsselbund gespeichert werden. Entsperre den Schlüsselbund und versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="29"/>
        <source>Plein could not open its storage on this device. Free some space and try again.</source>
        <translation>Plein konnte seinen Speicher auf diesem Gerät nicht öffnen. Gib etwas Speicherplatz frei und versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="31"/>
        <source>The server has a problem right now. Try again later.</source>
        <translation>Der Server hat gerade ein Problem. Versuche es später erneut.</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <location filename="../qml/Spinner.qml" line="13"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
</context>
<context>
    <name>plein::app::ChatNotifier</name>
    <message>
        <location filename="../app/glue/ChatNotifier.cpp" line="44"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>plein::app::Chats</name>
    <message>
        <location filename="../app/glue/Chats.cpp" line="81"/>
        <source>The server did not accept your message.</source>
        <translation>Der Server hat deine Nachricht nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="82"/>
        <source>The server did not accept your message: %1</source>
        <translation>Der Server hat deine Nachricht nicht angenommen: %1</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="179"/>
        <source>The conversation could not be started. %1</source>
        <translation>Das Gespräch konnte nicht gestartet werden. %1</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="202"/>
        <source>The person could not be added.</source>
        <translation>Die Person konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="207"/>
        <source>The person could not be removed.</source>
        <translation>Die Person konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="215"/>
        <source>You could not leave the conversation.</source>
        <translation>Du konntest das Gespräch nicht verlassen.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="221"/>
        <source>The conversation could not be muted.</source>
        <translation>Das Gespräch konnte nicht stummgeschaltet werden.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="221"/>
        <source>The conversation could not be unmuted.</source>
        <translation>Die Stummschaltung konnte nicht aufgehoben werden.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="227"/>
        <source>The conversation could not be renamed.</source>
        <translation>Das Gespräch konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="244"/>
        <source>Your message could not be saved on this device. Try again.</source>
        <translation>Deine Nachricht konnte auf diesem Gerät nicht gespeichert werden. Versuch es noch einmal.</translation>
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
        <translation>Du bist offline. Versuche es erneut, wenn du verbunden bist.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="50"/>
        <source>You may not do that here.</source>
        <translation>Das darfst du hier nicht.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="51"/>
        <source>This is not available.</source>
        <translation>Das ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="52"/>
        <source>That was not accepted. Check what you entered.</source>
        <translation>Das wurde nicht angenommen. Prüfe deine Eingabe.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="53"/>
        <source>Someone changed this at the same time. Try again.</source>
        <translation>Jemand hat das gleichzeitig geändert. Versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="54"/>
        <source>That did not work. Try again in a moment.</source>
        <translation>Das hat nicht geklappt. Versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="64"/>
        <location filename="../app/glue/Remote.cpp" line="216"/>
        <source>You are signed out.</source>
        <translation>Du bist abgemeldet.</translation>
    </message>
</context>
<context>
    <name>plein::app::Session</name>
    <message>
        <location filename="../app/glue/Session.cpp" line="39"/>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Deine Sitzung ist abgelaufen. Melde dich erneut an, um weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="128"/>
        <source>The server did not accept that.</source>
        <translation>Der Server hat das nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="128"/>
        <source>The server did not accept that: %1</source>
        <translation>Der Server hat das nicht angenommen: %1</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="182"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="183"/>
        <source>Community manager</source>
        <translation>Community-Manager</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="184"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="185"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="266"/>
        <source>Your post could not be saved on this device. Your text is still here; try again.</source>
        <translation>Dein Beitrag konnte auf diesem Gerät nicht gespeichert werden. Dein Text ist noch da; versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="349"/>
        <source>That could not be saved on this device. Try again.</source>
        <translation>Das konnte auf diesem Gerät nicht gespeichert werden. Versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="392"/>
        <source>Your comment could not be saved on this device. Try again.</source>
        <translation>Dein Kommentar konnte auf diesem Gerät nicht gespeichert werden. Versuche es erneut.</translation>
    </message>
</context>
</TS>
