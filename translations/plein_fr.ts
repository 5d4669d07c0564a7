<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AnnouncementBanners</name>
    <message>
        <location filename="../qml/AnnouncementBanners.qml" line="28"/>
        <source>Announcement from %1: %2</source>
        <translation>Annonce de %1 : %2</translation>
    </message>
    <message>
        <location filename="../qml/AnnouncementBanners.qml" line="41"/>
        <source>Announcement from %1</source>
        <translation>Annonce de %1</translation>
    </message>
    <message>
        <location filename="../qml/AnnouncementBanners.qml" line="69"/>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AnnouncementBanners.qml" line="76"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Lu par %n</numerusform>
            <numerusform>Lu par %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AnnouncementBanners.qml" line="78"/>
        <source>Read by %n: open the post to see who has not read it</source>
        <translation>
            <numerusform>Lu par %n : ouvrez la publication pour voir qui ne l&apos;a pas lue</numerusform>
            <numerusform>Lu par %n : ouvrez la publication pour voir qui ne l&apos;a pas lue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qml/AppShell.qml" line="13"/>
        <source>Feed</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="14"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="15"/>
        <source>Chats</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="16"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="17"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="85"/>
        <source>Offline – messages go out when you are back</source>
        <translation>Hors ligne – les messages partiront à votre retour</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="86"/>
        <source>Offline – you are seeing saved posts</source>
        <translation>Hors ligne – vous voyez les messages enregistrés</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="133"/>
        <source>People is on its way</source>
        <translation>Personnes arrive bientôt</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="134"/>
        <source>Soon you can find colleagues by name and expertise here.</source>
        <translation>Bientôt, vous pourrez trouver vos collègues par nom et par expertise ici.</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../qml/AttachmentList.qml" line="63"/>
        <source>Open image %1</source>
        <translation>Ouvrir l&apos;image %1</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="141"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="142"/>
        <source>Download %1</source>
        <translation>Télécharger %1</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message numerus="yes">
        <location filename="../qml/Badge.qml" line="19"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatComposer</name>
    <message>
        <location filename="../qml/ChatComposer.qml" line="47"/>
        <source>yourself</source>
        <translation>vous-même</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="82"/>
        <source>That file cannot be read.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="153"/>
        <location filename="../qml/ChatComposer.qml" line="309"/>
        <source>Edit message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="153"/>
        <source>Reply to %1</source>
        <translation>Réponse à %1</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="176"/>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="176"/>
        <source>Cancel reply</source>
        <translation>Annuler la réponse</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="246"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="264"/>
        <source>Attach images or files</source>
        <translation>Joindre des images ou des fichiers</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="301"/>
        <source>Edit your message…</source>
        <translation>Modifiez votre message…</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="301"/>
        <source>Write a message…</source>
        <translation>Écrivez un message…</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="309"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="351"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="351"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>ChatText</name>
    <message>
        <location filename="../qml/ChatText.qml" line="12"/>
        <source>Like</source>
        <translation>J&apos;aime</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="13"/>
        <source>Love</source>
        <translation>Adore</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="14"/>
        <source>Laugh</source>
        <translation>Drôle</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="15"/>
        <source>Wow</source>
        <translation>Waouh</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="16"/>
        <source>Sad</source>
        <translation>Triste</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="17"/>
        <source>Celebrate</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="28"/>
        <source>%1 is typing…</source>
        <translation>%1 est en train d’écrire…</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="31"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 et %2 sont en train d’écrire…</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ChatText.qml" line="32"/>
        <source>%1, %2 and %n other(s) are typing…</source>
        <translation>
            <numerusform>%1, %2 et %n autre personne écrivent…</numerusform>
            <numerusform>%1, %2 et %n autres personnes écrivent…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="43"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="45"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="66"/>
        <source>No messages yet</source>
        <translation>Pas encore de message</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="67"/>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="69"/>
        <source>You: %1</source>
        <translation>Vous : %1</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="71"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ChatsScreen</name>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="66"/>
        <source>Chats</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="81"/>
        <location filename="../qml/ChatsScreen.qml" line="178"/>
        <location filename="../qml/ChatsScreen.qml" line="239"/>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="103"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="169"/>
        <source>No conversations yet. Message a colleague or start a group.</source>
        <translation>Pas encore de conversation. Écrivez à un collègue ou lancez un groupe.</translation>
    </message>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="230"/>
        <source>Choose a conversation, or start a new one.</source>
        <translation>Choisissez une conversation ou lancez-en une nouvelle.</translation>
    </message>
</context>
<context>
    <name>CommentItem</name>
    <message>
        <location filename="../qml/CommentItem.qml" line="29"/>
        <source>Comment options</source>
        <translation>Options du commentaire</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="35"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="43"/>
        <location filename="../qml/CommentItem.qml" line="71"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="58"/>
        <source>Delete this comment?</source>
        <translation>Supprimer ce commentaire ?</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="79"/>
        <location filename="../qml/CommentItem.qml" line="141"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="104"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="105"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="121"/>
        <source>Edit comment</source>
        <translation>Modifier le commentaire</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="132"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="162"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="162"/>
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="163"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="164"/>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/Composer.qml" line="28"/>
        <source>That file cannot be read.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="79"/>
        <source>link text</source>
        <translation>texte du lien</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="159"/>
        <source>Share something with your colleagues…</source>
        <translation>Partagez quelque chose avec vos collègues…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="159"/>
        <source>Write a post…</source>
        <translation>Écrire un message…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="141"/>
        <source>New post</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="173"/>
        <source>People to mention</source>
        <translation>Personnes à mentionner</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="183"/>
        <source>Mention %1</source>
        <translation>Mentionner %1</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="285"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="305"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="306"/>
        <source>bold text</source>
        <translation>texte en gras</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="311"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="312"/>
        <source>italic text</source>
        <translation>texte en italique</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="317"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="323"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="329"/>
        <source>Attach images or files</source>
        <translation>Joindre des images ou des fichiers</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="339"/>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="341"/>
        <source>Post as an announcement</source>
        <translation>Publier comme annonce</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="409"/>
        <source>Ctrl+Enter to post</source>
        <translation>Ctrl+Entrée pour publier</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="420"/>
        <source>Post</source>
        <translation>Publier</translation>
    </message>
</context>
<context>
    <name>ComposerGroups</name>
    <message>
        <location filename="../app/glue/ComposerGroups.cpp" line="20"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
</context>
<context>
    <name>ConversationInfo</name>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="25"/>
        <source>Conversation details</source>
        <translation>Détails de la conversation</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="55"/>
        <source>Close details</source>
        <translation>Fermer les détails</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="62"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ConversationInfo.qml" line="108"/>
        <source>Group conversation · %n member(s)</source>
        <translation>
            <numerusform>Conversation de groupe · %n membre</numerusform>
            <numerusform>Conversation de groupe · %n membres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="109"/>
        <source>Direct conversation</source>
        <translation>Conversation privée</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="124"/>
        <source>Conversation name</source>
        <translation>Nom de la conversation</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="133"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="156"/>
        <source>Mute</source>
        <translation>Mettre en sourdine</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="163"/>
        <source>No notifications; not counted in the Chats badge</source>
        <translation>Pas de notifications ; non compté dans Messages</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="177"/>
        <source>Mute this conversation</source>
        <translation>Mettre cette conversation en sourdine</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="185"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="200"/>
        <source>Add someone: type a name</source>
        <translation>Ajouter quelqu’un : tapez un nom</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="221"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="222"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="240"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="246"/>
        <source>Remove %1 from the conversation</source>
        <translation>Retirer %1 de la conversation</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="263"/>
        <source>Leave conversation</source>
        <translation>Quitter la conversation</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="288"/>
        <source>Leave “%1”? You no longer get its messages, and its history disappears from this device.</source>
        <translation>Quitter « %1 » ? Vous ne recevrez plus ses messages et son historique disparaîtra de cet appareil.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="289"/>
        <source>Remove %1 from this conversation? They no longer get its messages.</source>
        <translation>Retirer %1 de cette conversation ? Cette personne ne recevra plus ses messages.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="302"/>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="302"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="316"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConversationRow</name>
    <message numerus="yes">
        <location filename="../qml/ConversationRow.qml" line="21"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ConversationRow.qml" line="21"/>
        <source>muted</source>
        <translation>en sourdine</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../qml/ConversationView.qml" line="163"/>
        <source>Back to chats</source>
        <translation>Retour aux messages</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="176"/>
        <source>Details of %1</source>
        <translation>Détails de %1</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="222"/>
        <source>Muted</source>
        <translation>En sourdine</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ConversationView.qml" line="231"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="248"/>
        <source>Conversation details</source>
        <translation>Détails de la conversation</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="268"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="311"/>
        <source>Loading earlier messages…</source>
        <translation>Chargement des messages précédents…</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="345"/>
        <source>No messages yet. Say hello.</source>
        <translation>Pas encore de message. Dites bonjour.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="362"/>
        <source>Jump to the newest message</source>
        <translation>Aller au message le plus récent</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="503"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="510"/>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="517"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="525"/>
        <location filename="../qml/ConversationView.qml" line="616"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="594"/>
        <source>Delete this message?</source>
        <translation>Supprimer ce message ?</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="603"/>
        <source>It disappears for everyone in this conversation.</source>
        <translation>Il disparaîtra pour tous les participants.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="624"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>EmptyFeed</name>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="25"/>
        <source>No posts yet. Say hello!</source>
        <translation>Pas encore de messages. Dites bonjour !</translation>
    </message>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="39"/>
        <source>Write a post</source>
        <translation>Écrire un message</translation>
    </message>
</context>
<context>
    <name>FeedScreen</name>
    <message>
        <location filename="../qml/FeedScreen.qml" line="31"/>
        <source>Feed</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../qml/FeedScreen.qml" line="89"/>
        <source>You are all caught up</source>
        <translation>Vous êtes à jour</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../qml/FilePicker.qml" line="9"/>
        <source>Attach images or files</source>
        <translation>Joindre des images ou des fichiers</translation>
    </message>
</context>
<context>
    <name>GroupMembers</name>
    <message>
        <location filename="../qml/GroupMembers.qml" line="53"/>
        <source>Invite someone: type a name</source>
        <translation>Inviter quelqu&apos;un : tapez un nom</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="71"/>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="72"/>
        <source>Invite %1</source>
        <translation>Inviter %1</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="88"/>
        <source>Loading members…</source>
        <translation>Chargement des membres…</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="89"/>
        <source>No members to show.</source>
        <translation>Aucun membre à afficher.</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="103"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="108"/>
        <source>Remove %1 from the group</source>
        <translation>Retirer %1 du groupe</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="131"/>
        <source>Remove %1 from the group? They no longer see its posts.</source>
        <translation>Retirer %1 du groupe ? Cette personne ne verra plus ses publications.</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="143"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="152"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <location filename="../qml/GroupPage.qml" line="25"/>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <location filename="../qml/GroupPage.qml" line="25"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="47"/>
        <source>Posts in %1</source>
        <translation>Publications dans %1</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="68"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="133"/>
        <source>Accept invitation</source>
        <translation>Accepter l&apos;invitation</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="134"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="134"/>
        <source>Request to join</source>
        <translation>Demander à rejoindre</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="144"/>
        <source>Request sent; a group admin decides</source>
        <translation>Demande envoyée ; un administrateur du groupe décide</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="158"/>
        <source>You are an admin</source>
        <translation>Vous êtes administrateur</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="158"/>
        <source>You are a member</source>
        <translation>Vous êtes membre</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="170"/>
        <source>Withdraw request</source>
        <translation>Retirer la demande</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="170"/>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="184"/>
        <source>Only members see what is posted in this group.</source>
        <translation>Seuls les membres voient ce qui est publié dans ce groupe.</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="241"/>
        <source>No posts in this group yet. Write the first one in the feed.</source>
        <translation>Pas encore de publication dans ce groupe. Écrivez la première dans le fil.</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <location filename="../qml/GroupPicker.qml" line="14"/>
        <source>No groups yet</source>
        <translation>Pas encore de groupe</translation>
    </message>
    <message>
        <location filename="../qml/GroupPicker.qml" line="23"/>
        <source>Post in: %1</source>
        <translation>Publier dans : %1</translation>
    </message>
</context>
<context>
    <name>GroupRequests</name>
    <message>
        <location filename="../qml/GroupRequests.qml" line="43"/>
        <source>Loading requests…</source>
        <translation>Chargement des demandes…</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="44"/>
        <source>No one is waiting to join.</source>
        <translation>Personne n&apos;attend d&apos;entrer.</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="59"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="60"/>
        <source>Approve %1</source>
        <translation>Approuver %1</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="66"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="67"/>
        <source>Decline %1</source>
        <translation>Refuser %1</translation>
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
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location filename="../qml/GroupRow.qml" line="111"/>
        <source>Request</source>
        <translation>Demander</translation>
    </message>
    <message>
        <location filename="../qml/GroupRow.qml" line="111"/>
        <source>Accept invitation</source>
        <translation>Accepter l&apos;invitation</translation>
    </message>
</context>
<context>
    <name>GroupSettings</name>
    <message>
        <location filename="../qml/GroupSettings.qml" line="36"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="45"/>
        <source>What is this group about?</source>
        <translation>De quoi parle ce groupe ?</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="51"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="66"/>
        <source>Who can find it</source>
        <translation>Qui peut le trouver</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="80"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="88"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
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
        <translation>Privé</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="10"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="14"/>
        <source>Only members can find it; people join by invitation.</source>
        <translation>Seuls les membres la trouvent ; on la rejoint sur invitation.</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="16"/>
        <source>Everyone can find it; only members see posts, and joining needs approval.</source>
        <translation>Tout le monde la trouve ; seuls les membres voient les publications, et l&apos;adhésion doit être approuvée.</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="17"/>
        <source>Everyone in the organisation can find it, read it and join.</source>
        <translation>Tout le monde dans l&apos;organisation peut la trouver, la lire et la rejoindre.</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="21"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="22"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="23"/>
        <source>Theme</source>
        <translation>Thème</translation>
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
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
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
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="42"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="43"/>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
</context>
<context>
    <name>GroupsScreen</name>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="54"/>
        <location filename="../qml/GroupsScreen.qml" line="122"/>
        <source>My groups</source>
        <translation>Mes groupes</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="54"/>
        <location filename="../qml/GroupsScreen.qml" line="122"/>
        <source>Discover</source>
        <translation>Découvrir</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="87"/>
        <location filename="../qml/GroupsScreen.qml" line="88"/>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="97"/>
        <source>Search my groups</source>
        <translation>Rechercher dans mes groupes</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="97"/>
        <source>Search groups</source>
        <translation>Rechercher des groupes</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="161"/>
        <source>No groups match “%1”.</source>
        <translation>Aucun groupe ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="162"/>
        <source>You are not in a group yet. Discover one to join.</source>
        <translation>Vous n&apos;êtes dans aucun groupe. Découvrez-en un à rejoindre.</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="163"/>
        <source>No other groups to discover right now.</source>
        <translation>Aucun autre groupe à découvrir pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="172"/>
        <source>Discover groups</source>
        <translation>Découvrir des groupes</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="215"/>
        <source>Choose a group to see its posts and members.</source>
        <translation>Choisissez un groupe pour voir ses publications et ses membres.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../qml/ImageViewer.qml" line="35"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../qml/LoginScreen.qml" line="45"/>
        <source>Welcome to Plein</source>
        <translation>Bienvenue sur Plein</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="55"/>
        <source>Sign in with the details from your organisation.</source>
        <translation>Connectez-vous avec les informations de votre organisation.</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="76"/>
        <location filename="../qml/LoginScreen.qml" line="83"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="88"/>
        <location filename="../qml/LoginScreen.qml" line="95"/>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="94"/>
        <source>name@organisation.nl</source>
        <translation>nom@organisation.fr</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="100"/>
        <location filename="../qml/LoginScreen.qml" line="108"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118"/>
        <location filename="../qml/LoginScreen.qml" line="121"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>MePage</name>
    <message>
        <location filename="../qml/MePage.qml" line="76"/>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="78"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="88"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
</context>
<context>
    <name>MessageItem</name>
    <message>
        <location filename="../qml/MessageItem.qml" line="44"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="45"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="46"/>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/MessageItem.qml" line="47"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Lu par %n</numerusform>
            <numerusform>Lu par %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="48"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="53"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="54"/>
        <location filename="../qml/MessageItem.qml" line="307"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="113"/>
        <source>New messages</source>
        <translation>Nouveaux messages</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="205"/>
        <source>Reply to %1: %2</source>
        <translation>Réponse à %1 : %2</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="242"/>
        <source>This message was deleted</source>
        <translation>Ce message a été supprimé</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="363"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="405"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="405"/>
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="406"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="409"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="428"/>
        <source>React</source>
        <translation>Réagir</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="436"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="444"/>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
</context>
<context>
    <name>NavItem</name>
    <message numerus="yes">
        <location filename="../qml/NavItem.qml" line="18"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n non lu</numerusform>
            <numerusform>%1, %n non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../qml/NavRail.qml" line="63"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="47"/>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="100"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="115"/>
        <location filename="../qml/NewConversationDialog.qml" line="118"/>
        <source>Search people by name</source>
        <translation>Rechercher des personnes par nom</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="156"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="200"/>
        <source>Name of the group conversation</source>
        <translation>Nom de la conversation de groupe</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="229"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="282"/>
        <source>Type at least two letters of a name.</source>
        <translation>Tapez au moins deux lettres d’un nom.</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="283"/>
        <source>Nobody found for “%1”.</source>
        <translation>Personne trouvé pour « %1 ».</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="298"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="299"/>
        <source>Create group conversation</source>
        <translation>Créer la conversation de groupe</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="300"/>
        <source>Chat with %1</source>
        <translation>Discuter avec %1</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="301"/>
        <source>Start conversation</source>
        <translation>Démarrer la conversation</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="307"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="21"/>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="50"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="60"/>
        <source>What is this group about?</source>
        <translation>De quoi parle ce groupe ?</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="66"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="87"/>
        <source>Who can find it</source>
        <translation>Qui peut le trouver</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="177"/>
        <source>Create group</source>
        <translation>Créer le groupe</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="187"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../qml/OfflineBanner.qml" line="7"/>
        <source>Offline – you are seeing saved posts</source>
        <translation>Hors ligne – vous voyez les messages enregistrés</translation>
    </message>
</context>
<context>
    <name>PeoplePopup</name>
    <message>
        <location filename="../qml/PeoplePopup.qml" line="44"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PostCard</name>
    <message>
        <location filename="../qml/PostCard.qml" line="34"/>
        <source>%1 in %2: %3</source>
        <translation>%1 dans %2 : %3</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="36"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="90"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="105"/>
        <source>Post options</source>
        <translation>Options de la publication</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="131"/>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="199"/>
        <source>Changed elsewhere while you edited</source>
        <translation>Modifié ailleurs pendant que vous l&apos;éditiez</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="200"/>
        <source>Use mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="201"/>
        <source>Discard mine</source>
        <translation>Abandonner la mienne</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="215"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="215"/>
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="216"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="218"/>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="242"/>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="285"/>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="296"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Lu par %n</numerusform>
            <numerusform>Lu par %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="304"/>
        <source>Not read yet</source>
        <translation>Pas encore lu</translation>
    </message>
    <message numerus="yes">
        <source>%n like(s)</source>
        <translation type="vanished">
            <numerusform>%n j&apos;aime</numerusform>
            <numerusform>%n j&apos;aime</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="248"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="270"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>PostDeleteDialog</name>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="16"/>
        <source>Delete this post?</source>
        <translation>Supprimer cette publication ?</translation>
    </message>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="29"/>
        <source>It disappears for everyone, with its comments.</source>
        <translation>Elle disparaît pour tout le monde, avec ses commentaires.</translation>
    </message>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="42"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="50"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PostDetail</name>
    <message>
        <location filename="../qml/PostDetail.qml" line="37"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="37"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="42"/>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="71"/>
        <location filename="../qml/PostDetail.qml" line="111"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="103"/>
        <source>This post is no longer here.</source>
        <translation>Cette publication n&apos;est plus là.</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="125"/>
        <source>No comments yet. Be the first to reply.</source>
        <translation>Pas encore de commentaire. Répondez en premier.</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="167"/>
        <source>Write a comment…</source>
        <translation>Écrire un commentaire…</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="173"/>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="193"/>
        <source>Send comment</source>
        <translation>Envoyer le commentaire</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../qml/PostEditor.qml" line="26"/>
        <source>Edit post</source>
        <translation>Modifier la publication</translation>
    </message>
    <message>
        <location filename="../qml/PostEditor.qml" line="37"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/PostEditor.qml" line="43"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PostMenu</name>
    <message>
        <location filename="../qml/PostMenu.qml" line="15"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../qml/PostMenu.qml" line="20"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>PostPeoplePopup</name>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="16"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="33"/>
        <source>Read by %1 of %2</source>
        <translation>Lu par %1 sur %2</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="35"/>
        <source>Everyone has read it.</source>
        <translation>Tout le monde l&apos;a lu.</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="35"/>
        <source>Not read yet:</source>
        <translation>Pas encore lu :</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="38"/>
        <source>No reactions yet.</source>
        <translation>Pas encore de réaction.</translation>
    </message>
</context>
<context>
    <name>ReactionBar</name>
    <message>
        <location filename="../qml/ReactionBar.qml" line="18"/>
        <source>Like</source>
        <translation>J&apos;aime</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="19"/>
        <source>Love</source>
        <translation>Adore</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="20"/>
        <source>Laugh</source>
        <translation>Drôle</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="21"/>
        <source>Wow</source>
        <translation>Waouh</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="22"/>
        <source>Sad</source>
        <translation>Triste</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="23"/>
        <source>Celebrate</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="44"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="99"/>
        <source>React</source>
        <translation>Réagir</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="28"/>
        <source>now</source>
        <translation>maintenant</translation>
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
        <translation>hier</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/Sidebar.qml" line="82"/>
        <source>Me: %1</source>
        <translation>Moi : %1</translation>
    </message>
</context>
<context>
    <name>SignInMessages</name>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="13"/>
        <source>This is not a server address. Check it and try again, for example https://plein.example.nl.</source>
        <translation>Ce n&apos;est pas une adresse de serveur. Vérifiez-la et réessayez, par exemple https://plein.example.nl.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="15"/>
        <source>This address is not secure. Use an address that starts with https://.</source>
        <translation>Cette adresse n&apos;est pas sécurisée. Utilisez une adresse qui commence par https://.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="17"/>
        <source>The server cannot be reached. Check the address and your internet connection.</source>
        <translation>Le serveur est injoignable. Vérifiez l&apos;adresse et votre connexion internet.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="19"/>
        <source>This address is not a Plein server. Check the address with your organisation.</source>
        <translation>Cette adresse n&apos;est pas un serveur Plein. Vérifiez l&apos;adresse auprès de votre organisation.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="21"/>
        <source>The email address or password is not right.</source>
        <translation>L&apos;adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/SignInMessages.cpp" line="24"/>
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="25"/>
        <source>Too many attempts. Try again in a moment.</source>
        <translation>Trop de tentatives. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="27"/>
        <source>Your sign-in could not be saved in the system keychain. Unlock the keychain and try again.</source>
        <translation>Votre connexion n&apos;a pas pu être enregistrée dans le trousseau du système. Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="29"/>
        <source>Plein could not open its storage on this device. Free some space and try again.</source>
        <translation>Plein n&apos;a pas pu ouvrir son stockage sur cet appareil. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="31"/>
        <source>The server has a problem right now. Try again later.</source>
        <translation>Le serveur rencontre un problème. Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <location filename="../qml/Spinner.qml" line="13"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
</context>
<context>
    <name>plein::app::ChatNotifier</name>
    <message>
        <location filename="../app/glue/ChatNotifier.cpp" line="44"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>plein::app::Chats</name>
    <message>
        <location filename="../app/glue/Chats.cpp" line="81"/>
        <source>The server did not accept your message.</source>
        <translation>Le serveur n’a pas accepté votre message.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="82"/>
        <source>The server did not accept your message: %1</source>
        <translation>Le serveur n’a pas accepté votre message : %1</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="179"/>
        <source>The conversation could not be started. %1</source>
        <translation>La conversation n’a pas pu être démarrée. %1</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="202"/>
        <source>The person could not be added.</source>
        <translation>La personne n’a pas pu être ajoutée.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="207"/>
        <source>The person could not be removed.</source>
        <translation>La personne n’a pas pu être retirée.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="215"/>
        <source>You could not leave the conversation.</source>
        <translation>Vous n’avez pas pu quitter la conversation.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="221"/>
        <source>The conversation could not be muted.</source>
        <translation>La conversation n’a pas pu être mise en sourdine.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="221"/>
        <source>The conversation could not be unmuted.</source>
        <translation>La sourdine n’a pas pu être désactivée.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="227"/>
        <source>The conversation could not be renamed.</source>
        <translation>La conversation n’a pas pu être renommée.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="244"/>
        <source>Your message could not be saved on this device. Try again.</source>
        <translation>Votre message n’a pas pu être enregistré sur cet appareil. Réessayez.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="346"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
</context>
<context>
    <name>plein::app::Remote</name>
    <message>
        <location filename="../app/glue/Remote.cpp" line="49"/>
        <source>You are offline. Try again when you are connected.</source>
        <translation>Vous êtes hors ligne. Réessayez une fois connecté.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="50"/>
        <source>You may not do that here.</source>
        <translation>Vous n&apos;avez pas le droit de faire cela ici.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="51"/>
        <source>This is not available.</source>
        <translation>Ce n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="52"/>
        <source>That was not accepted. Check what you entered.</source>
        <translation>Cela n&apos;a pas été accepté. Vérifiez votre saisie.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="53"/>
        <source>Someone changed this at the same time. Try again.</source>
        <translation>Quelqu&apos;un l&apos;a modifié en même temps. Réessayez.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="54"/>
        <source>That did not work. Try again in a moment.</source>
        <translation>Cela n&apos;a pas fonctionné. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="64"/>
        <location filename="../app/glue/Remote.cpp" line="216"/>
        <source>You are signed out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
</context>
<context>
    <name>plein::app::Session</name>
    <message>
        <location filename="../app/glue/Session.cpp" line="39"/>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Votre session a expiré. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="128"/>
        <source>The server did not accept that.</source>
        <translation>Le serveur n&apos;a pas accepté cela.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="128"/>
        <source>The server did not accept that: %1</source>
        <translation>Le serveur n&apos;a pas accepté cela : %1</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="182"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="183"/>
        <source>Community manager</source>
        <translation>Responsable de communauté</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="184"/>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="185"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="266"/>
        <source>Your post could not be saved on this device. Your text is still here; try again.</source>
        <translation>Votre message n&apos;a pas pu être enregistré sur cet appareil. Votre texte est toujours là ; réessayez.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="349"/>
        <source>That could not be saved on this device. Try again.</source>
        <translation>Impossible d&apos;enregistrer cela sur cet appareil. Réessayez.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="392"/>
        <source>Your comment could not be saved on this device. Try again.</source>
        <translation>Votre commentaire n&apos;a pas pu être enregistré sur cet appareil. Réessayez.</translation>
    </message>
</context>
</TS>
