<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AnnouncementBanners</name>
    <message>
        <location filename="../qml/AnnouncementBanners.qml" line="28"/>
        <source>Announcement from %1: %2</source>
        <translation>Mededeling van %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/AnnouncementBanners.qml" line="41"/>
        <source>Announcement from %1</source>
        <translation>Mededeling van %1</translation>
    </message>
    <message>
        <location filename="../qml/AnnouncementBanners.qml" line="69"/>
        <source>Mark as read</source>
        <translation>Gelezen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AnnouncementBanners.qml" line="76"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Gelezen door %n</numerusform>
            <numerusform>Gelezen door %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AnnouncementBanners.qml" line="78"/>
        <source>Read by %n: open the post to see who has not read it</source>
        <translation>
            <numerusform>Gelezen door %n: open het bericht om te zien wie het nog niet las</numerusform>
            <numerusform>Gelezen door %n: open het bericht om te zien wie het nog niet las</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qml/AppShell.qml" line="13"/>
        <source>Feed</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="14"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="15"/>
        <source>Chats</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="16"/>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="17"/>
        <source>Me</source>
        <translation>Ik</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="85"/>
        <source>Offline – messages go out when you are back</source>
        <translation>Offline – berichten gaan weg zodra je weer online bent</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="86"/>
        <source>Offline – you are seeing saved posts</source>
        <translation>Offline – je ziet opgeslagen berichten</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="133"/>
        <source>People is on its way</source>
        <translation>Mensen komt eraan</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="134"/>
        <source>Soon you can find colleagues by name and expertise here.</source>
        <translation>Binnenkort vind je hier collega&apos;s op naam en expertise.</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../qml/AttachmentList.qml" line="63"/>
        <source>Open image %1</source>
        <translation>Afbeelding %1 openen</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="141"/>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="142"/>
        <source>Download %1</source>
        <translation>%1 downloaden</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message numerus="yes">
        <location filename="../qml/Badge.qml" line="19"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n ongelezen</numerusform>
            <numerusform>%n ongelezen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatComposer</name>
    <message>
        <location filename="../qml/ChatComposer.qml" line="47"/>
        <source>yourself</source>
        <translation>jezelf</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="82"/>
        <source>That file cannot be read.</source>
        <translation>Dat bestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="153"/>
        <location filename="../qml/ChatComposer.qml" line="309"/>
        <source>Edit message</source>
        <translation>Bericht bewerken</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="153"/>
        <source>Reply to %1</source>
        <translation>Antwoord aan %1</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="176"/>
        <source>Cancel editing</source>
        <translation>Bewerken annuleren</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="176"/>
        <source>Cancel reply</source>
        <translation>Antwoord annuleren</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="246"/>
        <source>Remove %1</source>
        <translation>%1 weghalen</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="264"/>
        <source>Attach images or files</source>
        <translation>Afbeeldingen of bestanden toevoegen</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="301"/>
        <source>Edit your message…</source>
        <translation>Bewerk je bericht…</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="301"/>
        <source>Write a message…</source>
        <translation>Schrijf een bericht…</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="309"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="351"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="351"/>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
</context>
<context>
    <name>ChatText</name>
    <message>
        <location filename="../qml/ChatText.qml" line="12"/>
        <source>Like</source>
        <translation>Vind ik leuk</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="13"/>
        <source>Love</source>
        <translation>Geweldig</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="14"/>
        <source>Laugh</source>
        <translation>Grappig</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="15"/>
        <source>Wow</source>
        <translation>Wauw</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="16"/>
        <source>Sad</source>
        <translation>Verdrietig</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="17"/>
        <source>Celebrate</source>
        <translation>Feest</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="28"/>
        <source>%1 is typing…</source>
        <translation>%1 is aan het typen…</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="31"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 en %2 zijn aan het typen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ChatText.qml" line="32"/>
        <source>%1, %2 and %n other(s) are typing…</source>
        <translation>
            <numerusform>%1, %2 en %n ander zijn aan het typen…</numerusform>
            <numerusform>%1, %2 en %n anderen zijn aan het typen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="43"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="45"/>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="66"/>
        <source>No messages yet</source>
        <translation>Nog geen berichten</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="67"/>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="69"/>
        <source>You: %1</source>
        <translation>Jij: %1</translation>
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
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="81"/>
        <location filename="../qml/ChatsScreen.qml" line="178"/>
        <location filename="../qml/ChatsScreen.qml" line="239"/>
        <source>New conversation</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="103"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="169"/>
        <source>No conversations yet. Message a colleague or start a group.</source>
        <translation>Nog geen gesprekken. Stuur een collega een bericht of begin een groep.</translation>
    </message>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="230"/>
        <source>Choose a conversation, or start a new one.</source>
        <translation>Kies een gesprek, of begin een nieuw gesprek.</translation>
    </message>
</context>
<context>
    <name>CommentItem</name>
    <message>
        <location filename="../qml/CommentItem.qml" line="29"/>
        <source>Comment options</source>
        <translation>Opties voor reactie</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="35"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="43"/>
        <location filename="../qml/CommentItem.qml" line="71"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="58"/>
        <source>Delete this comment?</source>
        <translation>Deze reactie verwijderen?</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="79"/>
        <location filename="../qml/CommentItem.qml" line="141"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="104"/>
        <source>edited</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="105"/>
        <source>Sending…</source>
        <translation>Versturen…</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="121"/>
        <source>Edit comment</source>
        <translation>Reactie bewerken</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="132"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="162"/>
        <source>Not sent: %1</source>
        <translation>Niet verstuurd: %1</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="162"/>
        <source>Not sent.</source>
        <translation>Niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="163"/>
        <source>Retry</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="164"/>
        <source>Discard</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/Composer.qml" line="28"/>
        <source>That file cannot be read.</source>
        <translation>Dat bestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="79"/>
        <source>link text</source>
        <translation>linktekst</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="159"/>
        <source>Share something with your colleagues…</source>
        <translation>Deel iets met je collega&apos;s…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="159"/>
        <source>Write a post…</source>
        <translation>Schrijf een bericht…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="141"/>
        <source>New post</source>
        <translation>Nieuw bericht</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="173"/>
        <source>People to mention</source>
        <translation>Mensen om te noemen</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="183"/>
        <source>Mention %1</source>
        <translation>%1 noemen</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="285"/>
        <source>Remove %1</source>
        <translation>%1 weghalen</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="305"/>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="306"/>
        <source>bold text</source>
        <translation>vette tekst</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="311"/>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="312"/>
        <source>italic text</source>
        <translation>cursieve tekst</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="317"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="323"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="329"/>
        <source>Attach images or files</source>
        <translation>Afbeeldingen of bestanden toevoegen</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="339"/>
        <source>Announcement</source>
        <translation>Mededeling</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="341"/>
        <source>Post as an announcement</source>
        <translation>Plaatsen als mededeling</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="409"/>
        <source>Ctrl+Enter to post</source>
        <translation>Ctrl+Enter om te plaatsen</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="420"/>
        <source>Post</source>
        <translation>Plaatsen</translation>
    </message>
</context>
<context>
    <name>ComposerGroups</name>
    <message>
        <location filename="../app/glue/ComposerGroups.cpp" line="20"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
</context>
<context>
    <name>ConversationInfo</name>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="25"/>
        <source>Conversation details</source>
        <translation>Gespreksinformatie</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="55"/>
        <source>Close details</source>
        <translation>Informatie sluiten</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="62"/>
        <source>Details</source>
        <translation>Informatie</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ConversationInfo.qml" line="108"/>
        <source>Group conversation · %n member(s)</source>
        <translation>
            <numerusform>Groepsgesprek · %n lid</numerusform>
            <numerusform>Groepsgesprek · %n leden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="109"/>
        <source>Direct conversation</source>
        <translation>Gesprek met één persoon</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="124"/>
        <source>Conversation name</source>
        <translation>Naam van het gesprek</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="133"/>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="156"/>
        <source>Mute</source>
        <translation>Dempen</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="163"/>
        <source>No notifications; not counted in the Chats badge</source>
        <translation>Geen meldingen; telt niet mee bij Berichten</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="177"/>
        <source>Mute this conversation</source>
        <translation>Dit gesprek dempen</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="185"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="200"/>
        <source>Add someone: type a name</source>
        <translation>Iemand toevoegen: typ een naam</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="221"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="222"/>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="240"/>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="246"/>
        <source>Remove %1 from the conversation</source>
        <translation>%1 uit het gesprek verwijderen</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="263"/>
        <source>Leave conversation</source>
        <translation>Gesprek verlaten</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="288"/>
        <source>Leave “%1”? You no longer get its messages, and its history disappears from this device.</source>
        <translation>“%1” verlaten? Je krijgt de berichten dan niet meer, en de geschiedenis verdwijnt van dit apparaat.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="289"/>
        <source>Remove %1 from this conversation? They no longer get its messages.</source>
        <translation>%1 uit dit gesprek verwijderen? Diegene krijgt de berichten dan niet meer.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="302"/>
        <source>Leave</source>
        <translation>Verlaten</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="302"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="316"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ConversationRow</name>
    <message numerus="yes">
        <location filename="../qml/ConversationRow.qml" line="21"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n ongelezen</numerusform>
            <numerusform>%n ongelezen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ConversationRow.qml" line="21"/>
        <source>muted</source>
        <translation>gedempt</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../qml/ConversationView.qml" line="163"/>
        <source>Back to chats</source>
        <translation>Terug naar berichten</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="176"/>
        <source>Details of %1</source>
        <translation>Informatie over %1</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="222"/>
        <source>Muted</source>
        <translation>Gedempt</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ConversationView.qml" line="231"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n lid</numerusform>
            <numerusform>%n leden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="248"/>
        <source>Conversation details</source>
        <translation>Gespreksinformatie</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="268"/>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="311"/>
        <source>Loading earlier messages…</source>
        <translation>Eerdere berichten laden…</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="345"/>
        <source>No messages yet. Say hello.</source>
        <translation>Nog geen berichten. Zeg hallo.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="362"/>
        <source>Jump to the newest message</source>
        <translation>Naar het nieuwste bericht</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="503"/>
        <source>Reply</source>
        <translation>Beantwoorden</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="510"/>
        <source>Copy text</source>
        <translation>Tekst kopiëren</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="517"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="525"/>
        <location filename="../qml/ConversationView.qml" line="616"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="594"/>
        <source>Delete this message?</source>
        <translation>Dit bericht verwijderen?</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="603"/>
        <source>It disappears for everyone in this conversation.</source>
        <translation>Het verdwijnt voor iedereen in dit gesprek.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="624"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>EmptyFeed</name>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="25"/>
        <source>No posts yet. Say hello!</source>
        <translation>Nog geen berichten. Zeg hallo!</translation>
    </message>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="39"/>
        <source>Write a post</source>
        <translation>Schrijf een bericht</translation>
    </message>
</context>
<context>
    <name>FeedScreen</name>
    <message>
        <location filename="../qml/FeedScreen.qml" line="31"/>
        <source>Feed</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../qml/FeedScreen.qml" line="89"/>
        <source>You are all caught up</source>
        <translation>Je bent helemaal bij</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../qml/FilePicker.qml" line="9"/>
        <source>Attach images or files</source>
        <translation>Afbeeldingen of bestanden toevoegen</translation>
    </message>
</context>
<context>
    <name>GroupMembers</name>
    <message>
        <location filename="../qml/GroupMembers.qml" line="53"/>
        <source>Invite someone: type a name</source>
        <translation>Iemand uitnodigen: typ een naam</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="71"/>
        <source>Invite</source>
        <translation>Uitnodigen</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="72"/>
        <source>Invite %1</source>
        <translation>%1 uitnodigen</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="88"/>
        <source>Loading members…</source>
        <translation>Leden laden…</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="89"/>
        <source>No members to show.</source>
        <translation>Geen leden om te tonen.</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="103"/>
        <source>Admin</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="108"/>
        <source>Remove %1 from the group</source>
        <translation>%1 uit de groep verwijderen</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="131"/>
        <source>Remove %1 from the group? They no longer see its posts.</source>
        <translation>%1 uit de groep verwijderen? Die ziet de berichten dan niet meer.</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="143"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="152"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <location filename="../qml/GroupPage.qml" line="25"/>
        <source>Posts</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <location filename="../qml/GroupPage.qml" line="25"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="47"/>
        <source>Posts in %1</source>
        <translation>Berichten in %1</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="68"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="133"/>
        <source>Accept invitation</source>
        <translation>Uitnodiging accepteren</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="134"/>
        <source>Join</source>
        <translation>Lid worden</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="134"/>
        <source>Request to join</source>
        <translation>Vragen om lid te worden</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="144"/>
        <source>Request sent; a group admin decides</source>
        <translation>Verzoek verstuurd; een groepsbeheerder beslist</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="158"/>
        <source>You are an admin</source>
        <translation>Je bent beheerder</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="158"/>
        <source>You are a member</source>
        <translation>Je bent lid</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="170"/>
        <source>Withdraw request</source>
        <translation>Verzoek intrekken</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="170"/>
        <source>Leave</source>
        <translation>Verlaten</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="184"/>
        <source>Only members see what is posted in this group.</source>
        <translation>Alleen leden zien wat er in deze groep wordt geplaatst.</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="241"/>
        <source>No posts in this group yet. Write the first one in the feed.</source>
        <translation>Nog geen berichten in deze groep. Schrijf de eerste in de tijdlijn.</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <location filename="../qml/GroupPicker.qml" line="14"/>
        <source>No groups yet</source>
        <translation>Nog geen groepen</translation>
    </message>
    <message>
        <location filename="../qml/GroupPicker.qml" line="23"/>
        <source>Post in: %1</source>
        <translation>Plaatsen in: %1</translation>
    </message>
</context>
<context>
    <name>GroupRequests</name>
    <message>
        <location filename="../qml/GroupRequests.qml" line="43"/>
        <source>Loading requests…</source>
        <translation>Verzoeken laden…</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="44"/>
        <source>No one is waiting to join.</source>
        <translation>Niemand wacht op toegang.</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="59"/>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="60"/>
        <source>Approve %1</source>
        <translation>%1 goedkeuren</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="66"/>
        <source>Decline</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="67"/>
        <source>Decline %1</source>
        <translation>%1 afwijzen</translation>
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
        <translation>Lid worden</translation>
    </message>
    <message>
        <location filename="../qml/GroupRow.qml" line="111"/>
        <source>Request</source>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <location filename="../qml/GroupRow.qml" line="111"/>
        <source>Accept invitation</source>
        <translation>Uitnodiging accepteren</translation>
    </message>
</context>
<context>
    <name>GroupSettings</name>
    <message>
        <location filename="../qml/GroupSettings.qml" line="36"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="45"/>
        <source>What is this group about?</source>
        <translation>Waar gaat deze groep over?</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="51"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="66"/>
        <source>Who can find it</source>
        <translation>Wie kan haar vinden</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="80"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="88"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
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
        <translation>Besloten</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="10"/>
        <source>Public</source>
        <translation>Openbaar</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="14"/>
        <source>Only members can find it; people join by invitation.</source>
        <translation>Alleen leden kunnen haar vinden; lid worden gaat op uitnodiging.</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="16"/>
        <source>Everyone can find it; only members see posts, and joining needs approval.</source>
        <translation>Iedereen kan haar vinden; alleen leden zien berichten en lid worden vraagt goedkeuring.</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="17"/>
        <source>Everyone in the organisation can find it, read it and join.</source>
        <translation>Iedereen in de organisatie kan haar vinden, lezen en lid worden.</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="21"/>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="22"/>
        <source>Department</source>
        <translation>Afdeling</translation>
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
            <numerusform>%n lid</numerusform>
            <numerusform>%n leden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="40"/>
        <source>Admin</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="41"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="42"/>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="43"/>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
</context>
<context>
    <name>GroupsScreen</name>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="54"/>
        <location filename="../qml/GroupsScreen.qml" line="122"/>
        <source>My groups</source>
        <translation>Mijn groepen</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="54"/>
        <location filename="../qml/GroupsScreen.qml" line="122"/>
        <source>Discover</source>
        <translation>Ontdekken</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="87"/>
        <location filename="../qml/GroupsScreen.qml" line="88"/>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="97"/>
        <source>Search my groups</source>
        <translation>Zoek in mijn groepen</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="97"/>
        <source>Search groups</source>
        <translation>Groepen zoeken</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="161"/>
        <source>No groups match “%1”.</source>
        <translation>Geen groepen gevonden voor “%1”.</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="162"/>
        <source>You are not in a group yet. Discover one to join.</source>
        <translation>Je zit nog niet in een groep. Ontdek er een om lid van te worden.</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="163"/>
        <source>No other groups to discover right now.</source>
        <translation>Er zijn nu geen andere groepen te ontdekken.</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="172"/>
        <source>Discover groups</source>
        <translation>Groepen ontdekken</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="215"/>
        <source>Choose a group to see its posts and members.</source>
        <translation>Kies een groep om de berichten en leden te zien.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../qml/ImageViewer.qml" line="35"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../qml/LoginScreen.qml" line="45"/>
        <source>Welcome to Plein</source>
        <translation>Welkom bij Plein</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="55"/>
        <source>Sign in with the details from your organisation.</source>
        <translation>Log in met de gegevens van je organisatie.</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="76"/>
        <location filename="../qml/LoginScreen.qml" line="83"/>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="88"/>
        <location filename="../qml/LoginScreen.qml" line="95"/>
        <source>Email address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="94"/>
        <source>name@organisation.nl</source>
        <translation>naam@organisatie.nl</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="100"/>
        <location filename="../qml/LoginScreen.qml" line="108"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118"/>
        <source>Signing in…</source>
        <translation>Bezig met inloggen…</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118"/>
        <location filename="../qml/LoginScreen.qml" line="121"/>
        <source>Sign in</source>
        <translation>Inloggen</translation>
    </message>
</context>
<context>
    <name>MePage</name>
    <message>
        <location filename="../qml/MePage.qml" line="76"/>
        <source>Email address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="78"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="88"/>
        <source>Sign out</source>
        <translation>Uitloggen</translation>
    </message>
</context>
<context>
    <name>MessageItem</name>
    <message>
        <location filename="../qml/MessageItem.qml" line="44"/>
        <source>Not sent</source>
        <translation>Niet verstuurd</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="45"/>
        <source>Sending…</source>
        <translation>Versturen…</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="46"/>
        <source>Read</source>
        <translation>Gelezen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/MessageItem.qml" line="47"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Gelezen door %n</numerusform>
            <numerusform>Gelezen door %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="48"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="53"/>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="54"/>
        <location filename="../qml/MessageItem.qml" line="307"/>
        <source>edited</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="113"/>
        <source>New messages</source>
        <translation>Nieuwe berichten</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="205"/>
        <source>Reply to %1: %2</source>
        <translation>Antwoord aan %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="242"/>
        <source>This message was deleted</source>
        <translation>Dit bericht is verwijderd</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="363"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="405"/>
        <source>Not sent: %1</source>
        <translation>Niet verstuurd: %1</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="405"/>
        <source>Not sent.</source>
        <translation>Niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="406"/>
        <source>Retry</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="409"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="428"/>
        <source>React</source>
        <translation>Reageren met emoji</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="436"/>
        <source>Reply</source>
        <translation>Beantwoorden</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="444"/>
        <source>More actions</source>
        <translation>Meer acties</translation>
    </message>
</context>
<context>
    <name>NavItem</name>
    <message numerus="yes">
        <location filename="../qml/NavItem.qml" line="18"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n ongelezen</numerusform>
            <numerusform>%1, %n ongelezen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../qml/NavRail.qml" line="63"/>
        <source>Me</source>
        <translation>Ik</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="47"/>
        <source>New conversation</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="100"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="115"/>
        <location filename="../qml/NewConversationDialog.qml" line="118"/>
        <source>Search people by name</source>
        <translation>Zoek mensen op naam</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="156"/>
        <source>Remove %1</source>
        <translation>%1 weghalen</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="200"/>
        <source>Name of the group conversation</source>
        <translation>Naam van het groepsgesprek</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="229"/>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="282"/>
        <source>Type at least two letters of a name.</source>
        <translation>Typ minstens twee letters van een naam.</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="283"/>
        <source>Nobody found for “%1”.</source>
        <translation>Niemand gevonden voor “%1”.</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="298"/>
        <source>Starting…</source>
        <translation>Bezig met starten…</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="299"/>
        <source>Create group conversation</source>
        <translation>Groepsgesprek maken</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="300"/>
        <source>Chat with %1</source>
        <translation>Chat met %1</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="301"/>
        <source>Start conversation</source>
        <translation>Gesprek beginnen</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="307"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="21"/>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="50"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="60"/>
        <source>What is this group about?</source>
        <translation>Waar gaat deze groep over?</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="66"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="87"/>
        <source>Who can find it</source>
        <translation>Wie kan haar vinden</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="177"/>
        <source>Create group</source>
        <translation>Groep maken</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="187"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../qml/OfflineBanner.qml" line="7"/>
        <source>Offline – you are seeing saved posts</source>
        <translation>Offline – je ziet opgeslagen berichten</translation>
    </message>
</context>
<context>
    <name>PeoplePopup</name>
    <message>
        <location filename="../qml/PeoplePopup.qml" line="44"/>
        <source>Close</source>
        <translation>Sluiten</translation>
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
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="90"/>
        <source>edited</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="105"/>
        <source>Post options</source>
        <translation>Opties voor bericht</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="131"/>
        <source>Announcement</source>
        <translation>Mededeling</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="199"/>
        <source>Changed elsewhere while you edited</source>
        <translation>Ergens anders gewijzigd terwijl jij bewerkte</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="200"/>
        <source>Use mine</source>
        <translation>Mijn versie gebruiken</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="201"/>
        <source>Discard mine</source>
        <translation>Mijn versie weggooien</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="215"/>
        <source>Not sent: %1</source>
        <translation>Niet verstuurd: %1</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="215"/>
        <source>Not sent.</source>
        <translation>Niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="216"/>
        <source>Retry</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="218"/>
        <source>Discard</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="242"/>
        <source>Reactions</source>
        <translation>Reacties met emoji</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="285"/>
        <source>Mark as read</source>
        <translation>Gelezen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="296"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Gelezen door %n</numerusform>
            <numerusform>Gelezen door %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="304"/>
        <source>Not read yet</source>
        <translation>Nog niet gelezen</translation>
    </message>
    <message numerus="yes">
        <source>%n like(s)</source>
        <translation type="vanished">
            <numerusform>%n vind-ik-leuk</numerusform>
            <numerusform>%n vind-ik-leuks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="248"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n reactie</numerusform>
            <numerusform>%n reacties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="270"/>
        <source>Sending…</source>
        <translation>Versturen…</translation>
    </message>
</context>
<context>
    <name>PostDeleteDialog</name>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="16"/>
        <source>Delete this post?</source>
        <translation>Dit bericht verwijderen?</translation>
    </message>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="29"/>
        <source>It disappears for everyone, with its comments.</source>
        <translation>Het verdwijnt voor iedereen, met de reacties.</translation>
    </message>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="42"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="50"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>PostDetail</name>
    <message>
        <location filename="../qml/PostDetail.qml" line="37"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="37"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="42"/>
        <source>Post</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="71"/>
        <location filename="../qml/PostDetail.qml" line="111"/>
        <source>Comments</source>
        <translation>Reacties</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="103"/>
        <source>This post is no longer here.</source>
        <translation>Dit bericht is er niet meer.</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="125"/>
        <source>No comments yet. Be the first to reply.</source>
        <translation>Nog geen reacties. Reageer als eerste.</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="167"/>
        <source>Write a comment…</source>
        <translation>Schrijf een reactie…</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="173"/>
        <source>New comment</source>
        <translation>Nieuwe reactie</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="193"/>
        <source>Send comment</source>
        <translation>Reactie versturen</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../qml/PostEditor.qml" line="26"/>
        <source>Edit post</source>
        <translation>Bericht bewerken</translation>
    </message>
    <message>
        <location filename="../qml/PostEditor.qml" line="37"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../qml/PostEditor.qml" line="43"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>PostMenu</name>
    <message>
        <location filename="../qml/PostMenu.qml" line="15"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../qml/PostMenu.qml" line="20"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>PostPeoplePopup</name>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="16"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="33"/>
        <source>Read by %1 of %2</source>
        <translation>Gelezen door %1 van %2</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="35"/>
        <source>Everyone has read it.</source>
        <translation>Iedereen heeft het gelezen.</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="35"/>
        <source>Not read yet:</source>
        <translation>Nog niet gelezen:</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="38"/>
        <source>No reactions yet.</source>
        <translation>Nog geen reacties met emoji.</translation>
    </message>
</context>
<context>
    <name>ReactionBar</name>
    <message>
        <location filename="../qml/ReactionBar.qml" line="18"/>
        <source>Like</source>
        <translation>Vind ik leuk</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="19"/>
        <source>Love</source>
        <translation>Geweldig</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="20"/>
        <source>Laugh</source>
        <translation>Grappig</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="21"/>
        <source>Wow</source>
        <translation>Wauw</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="22"/>
        <source>Sad</source>
        <translation>Verdrietig</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="23"/>
        <source>Celebrate</source>
        <translation>Feest</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="44"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="99"/>
        <source>React</source>
        <translation>Reageren met emoji</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="28"/>
        <source>now</source>
        <translation>nu</translation>
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
            <numerusform>%n u</numerusform>
            <numerusform>%n u</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="35"/>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/Sidebar.qml" line="82"/>
        <source>Me: %1</source>
        <translation>Ik: %1</translation>
    </message>
</context>
<context>
    <name>SignInMessages</name>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="13"/>
        <source>This is not a server address. Check it and try again, for example https://plein.example.nl.</source>
        <translation>Dit is geen serveradres. Controleer het en probeer het opnieuw, bijvoorbeeld https://plein.example.nl.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="15"/>
        <source>This address is not secure. Use an address that starts with https://.</source>
        <translation>Dit adres is niet beveiligd. Gebruik een adres dat begint met https://.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="17"/>
        <source>The server cannot be reached. Check the address and your internet connection.</source>
        <translation>De server is niet bereikbaar. Controleer het adres en je internetverbinding.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="19"/>
        <source>This address is not a Plein server. Check the address with your organisation.</source>
        <translation>Dit adres is geen Plein-server. Vraag je organisatie naar het juiste adres.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="21"/>
        <source>The email address or password is not right.</source>
        <translation>Het e-mailadres of wachtwoord klopt niet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/SignInMessages.cpp" line="24"/>
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>Te veel pogingen. Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Te veel pogingen. Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="25"/>
        <source>Too many attempts. Try again in a moment.</source>
        <translation>Te veel pogingen. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="27"/>
        <source>Your sign-in could not be saved in the system keychain. Unlock the keychain and try again.</source>
        <translation>Je inloggegevens konden niet in de sleutelbos van het systeem worden bewaard. Ontgrendel de sleutelbos en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="29"/>
        <source>Plein could not open its storage on this device. Free some space and try again.</source>
        <translation>Plein kon zijn opslag op dit apparaat niet openen. Maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="31"/>
        <source>The server has a problem right now. Try again later.</source>
        <translation>De server heeft op dit moment een probleem. Probeer het later opnieuw.</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <location filename="../qml/Spinner.qml" line="13"/>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
</context>
<context>
    <name>plein::app::ChatNotifier</name>
    <message>
        <location filename="../app/glue/ChatNotifier.cpp" line="44"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
</context>
<context>
    <name>plein::app::Chats</name>
    <message>
        <location filename="../app/glue/Chats.cpp" line="81"/>
        <source>The server did not accept your message.</source>
        <translation>De server heeft je bericht niet geaccepteerd.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="82"/>
        <source>The server did not accept your message: %1</source>
        <translation>De server heeft je bericht niet geaccepteerd: %1</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="179"/>
        <source>The conversation could not be started. %1</source>
        <translation>Het gesprek kon niet worden gestart. %1</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="202"/>
        <source>The person could not be added.</source>
        <translation>Die persoon kon niet worden toegevoegd.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="207"/>
        <source>The person could not be removed.</source>
        <translation>Die persoon kon niet worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="215"/>
        <source>You could not leave the conversation.</source>
        <translation>Je kon het gesprek niet verlaten.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="221"/>
        <source>The conversation could not be muted.</source>
        <translation>Het gesprek kon niet worden gedempt.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="221"/>
        <source>The conversation could not be unmuted.</source>
        <translation>Het dempen kon niet worden opgeheven.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="227"/>
        <source>The conversation could not be renamed.</source>
        <translation>De naam van het gesprek kon niet worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="244"/>
        <source>Your message could not be saved on this device. Try again.</source>
        <translation>Je bericht kon niet op dit apparaat worden bewaard. Probeer het opnieuw.</translation>
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
        <translation>Je bent offline. Probeer het opnieuw als je verbinding hebt.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="50"/>
        <source>You may not do that here.</source>
        <translation>Dat mag je hier niet doen.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="51"/>
        <source>This is not available.</source>
        <translation>Dit is niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="52"/>
        <source>That was not accepted. Check what you entered.</source>
        <translation>Dat werd niet geaccepteerd. Controleer wat je invulde.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="53"/>
        <source>Someone changed this at the same time. Try again.</source>
        <translation>Iemand anders wijzigde dit tegelijk. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="54"/>
        <source>That did not work. Try again in a moment.</source>
        <translation>Dat lukte niet. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="64"/>
        <location filename="../app/glue/Remote.cpp" line="216"/>
        <source>You are signed out.</source>
        <translation>Je bent afgemeld.</translation>
    </message>
</context>
<context>
    <name>plein::app::Session</name>
    <message>
        <location filename="../app/glue/Session.cpp" line="39"/>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Je sessie is verlopen. Log opnieuw in om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="128"/>
        <source>The server did not accept that.</source>
        <translation>De server accepteerde dat niet.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="128"/>
        <source>The server did not accept that: %1</source>
        <translation>De server accepteerde dat niet: %1</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="182"/>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="183"/>
        <source>Community manager</source>
        <translation>Communitymanager</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="184"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="185"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="266"/>
        <source>Your post could not be saved on this device. Your text is still here; try again.</source>
        <translation>Je bericht kon niet op dit apparaat worden bewaard. Je tekst staat er nog; probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="349"/>
        <source>That could not be saved on this device. Try again.</source>
        <translation>Dat kon niet op dit apparaat worden bewaard. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="392"/>
        <source>Your comment could not be saved on this device. Try again.</source>
        <translation>Je reactie kon niet op dit apparaat worden bewaard. Probeer het opnieuw.</translation>
    </message>
</context>
</TS>
