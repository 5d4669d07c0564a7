<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AnnouncementBanners</name>
    <message>
        <location filename="../qml/AnnouncementBanners.qml" line="28"/>
        <source>Announcement from %1: %2</source>
        <translation>Anuncio de %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/AnnouncementBanners.qml" line="41"/>
        <source>Announcement from %1</source>
        <translation>Anuncio de %1</translation>
    </message>
    <message>
        <location filename="../qml/AnnouncementBanners.qml" line="69"/>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AnnouncementBanners.qml" line="76"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Leído por %n</numerusform>
            <numerusform>Leído por %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AnnouncementBanners.qml" line="78"/>
        <source>Read by %n: open the post to see who has not read it</source>
        <translation>
            <numerusform>Leído por %n: abre la publicación para ver quién no la ha leído</numerusform>
            <numerusform>Leído por %n: abre la publicación para ver quién no la ha leído</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qml/AppShell.qml" line="13"/>
        <source>Feed</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="14"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="15"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="16"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="17"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="85"/>
        <source>Offline – messages go out when you are back</source>
        <translation>Sin conexión: los mensajes se enviarán al volver</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="86"/>
        <source>Offline – you are seeing saved posts</source>
        <translation>Sin conexión: estás viendo publicaciones guardadas</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="133"/>
        <source>People is on its way</source>
        <translation>Personas llegará pronto</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="134"/>
        <source>Soon you can find colleagues by name and expertise here.</source>
        <translation>Pronto podrás encontrar compañeros por nombre y experiencia aquí.</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../qml/AttachmentList.qml" line="63"/>
        <source>Open image %1</source>
        <translation>Abrir la imagen %1</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="141"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="142"/>
        <source>Download %1</source>
        <translation>Descargar %1</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message numerus="yes">
        <location filename="../qml/Badge.qml" line="19"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatComposer</name>
    <message>
        <location filename="../qml/ChatComposer.qml" line="47"/>
        <source>yourself</source>
        <translation>ti mismo</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="82"/>
        <source>That file cannot be read.</source>
        <translation>No se puede leer ese archivo.</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="153"/>
        <location filename="../qml/ChatComposer.qml" line="309"/>
        <source>Edit message</source>
        <translation>Editar mensaje</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="153"/>
        <source>Reply to %1</source>
        <translation>Respuesta a %1</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="176"/>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="176"/>
        <source>Cancel reply</source>
        <translation>Cancelar la respuesta</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="246"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="264"/>
        <source>Attach images or files</source>
        <translation>Adjuntar imágenes o archivos</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="301"/>
        <source>Edit your message…</source>
        <translation>Edita tu mensaje…</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="301"/>
        <source>Write a message…</source>
        <translation>Escribe un mensaje…</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="309"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="351"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/ChatComposer.qml" line="351"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>ChatText</name>
    <message>
        <location filename="../qml/ChatText.qml" line="12"/>
        <source>Like</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="13"/>
        <source>Love</source>
        <translation>Me encanta</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="14"/>
        <source>Laugh</source>
        <translation>Me divierte</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="15"/>
        <source>Wow</source>
        <translation>Asombro</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="16"/>
        <source>Sad</source>
        <translation>Triste</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="17"/>
        <source>Celebrate</source>
        <translation>Celebrar</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="28"/>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="31"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 y %2 están escribiendo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ChatText.qml" line="32"/>
        <source>%1, %2 and %n other(s) are typing…</source>
        <translation>
            <numerusform>%1, %2 y %n persona más están escribiendo…</numerusform>
            <numerusform>%1, %2 y %n personas más están escribiendo…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="43"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="45"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="66"/>
        <source>No messages yet</source>
        <translation>Aún no hay mensajes</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="67"/>
        <source>Attachment</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <location filename="../qml/ChatText.qml" line="69"/>
        <source>You: %1</source>
        <translation>Tú: %1</translation>
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
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="103"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="169"/>
        <source>No conversations yet. Message a colleague or start a group.</source>
        <translation>Aún no hay conversaciones. Escribe a un compañero o empieza un grupo.</translation>
    </message>
    <message>
        <location filename="../qml/ChatsScreen.qml" line="230"/>
        <source>Choose a conversation, or start a new one.</source>
        <translation>Elige una conversación o empieza una nueva.</translation>
    </message>
</context>
<context>
    <name>CommentItem</name>
    <message>
        <location filename="../qml/CommentItem.qml" line="29"/>
        <source>Comment options</source>
        <translation>Opciones del comentario</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="35"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="43"/>
        <location filename="../qml/CommentItem.qml" line="71"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="58"/>
        <source>Delete this comment?</source>
        <translation>¿Eliminar este comentario?</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="79"/>
        <location filename="../qml/CommentItem.qml" line="141"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="104"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="105"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="121"/>
        <source>Edit comment</source>
        <translation>Editar comentario</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="132"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="162"/>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="162"/>
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="163"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="164"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/Composer.qml" line="28"/>
        <source>That file cannot be read.</source>
        <translation>No se puede leer ese archivo.</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="79"/>
        <source>link text</source>
        <translation>texto del enlace</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="159"/>
        <source>Share something with your colleagues…</source>
        <translation>Comparte algo con tus compañeros…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="159"/>
        <source>Write a post…</source>
        <translation>Escribe una publicación…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="141"/>
        <source>New post</source>
        <translation>Nueva publicación</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="173"/>
        <source>People to mention</source>
        <translation>Personas para mencionar</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="183"/>
        <source>Mention %1</source>
        <translation>Mencionar a %1</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="285"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="305"/>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="306"/>
        <source>bold text</source>
        <translation>texto en negrita</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="311"/>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="312"/>
        <source>italic text</source>
        <translation>texto en cursiva</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="317"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="323"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="329"/>
        <source>Attach images or files</source>
        <translation>Adjuntar imágenes o archivos</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="339"/>
        <source>Announcement</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="341"/>
        <source>Post as an announcement</source>
        <translation>Publicar como anuncio</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="409"/>
        <source>Ctrl+Enter to post</source>
        <translation>Ctrl+Intro para publicar</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="420"/>
        <source>Post</source>
        <translation>Publicar</translation>
    </message>
</context>
<context>
    <name>ComposerGroups</name>
    <message>
        <location filename="../app/glue/ComposerGroups.cpp" line="20"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>ConversationInfo</name>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="25"/>
        <source>Conversation details</source>
        <translation>Detalles de la conversación</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="55"/>
        <source>Close details</source>
        <translation>Cerrar los detalles</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="62"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ConversationInfo.qml" line="108"/>
        <source>Group conversation · %n member(s)</source>
        <translation>
            <numerusform>Conversación de grupo · %n miembro</numerusform>
            <numerusform>Conversación de grupo · %n miembros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="109"/>
        <source>Direct conversation</source>
        <translation>Conversación directa</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="124"/>
        <source>Conversation name</source>
        <translation>Nombre de la conversación</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="133"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="156"/>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="163"/>
        <source>No notifications; not counted in the Chats badge</source>
        <translation>Sin notificaciones; no cuenta en Chats</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="177"/>
        <source>Mute this conversation</source>
        <translation>Silenciar esta conversación</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="185"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="200"/>
        <source>Add someone: type a name</source>
        <translation>Añadir a alguien: escribe un nombre</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="221"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="222"/>
        <source>Add %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="240"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="246"/>
        <source>Remove %1 from the conversation</source>
        <translation>Quitar a %1 de la conversación</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="263"/>
        <source>Leave conversation</source>
        <translation>Salir de la conversación</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="288"/>
        <source>Leave “%1”? You no longer get its messages, and its history disappears from this device.</source>
        <translation>¿Salir de «%1»? Ya no recibirás sus mensajes y su historial desaparecerá de este dispositivo.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="289"/>
        <source>Remove %1 from this conversation? They no longer get its messages.</source>
        <translation>¿Quitar a %1 de esta conversación? Ya no recibirá sus mensajes.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="302"/>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="302"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../qml/ConversationInfo.qml" line="316"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConversationRow</name>
    <message numerus="yes">
        <location filename="../qml/ConversationRow.qml" line="21"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ConversationRow.qml" line="21"/>
        <source>muted</source>
        <translation>silenciado</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../qml/ConversationView.qml" line="163"/>
        <source>Back to chats</source>
        <translation>Volver a los chats</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="176"/>
        <source>Details of %1</source>
        <translation>Detalles de %1</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="222"/>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ConversationView.qml" line="231"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="248"/>
        <source>Conversation details</source>
        <translation>Detalles de la conversación</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="268"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="311"/>
        <source>Loading earlier messages…</source>
        <translation>Cargando mensajes anteriores…</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="345"/>
        <source>No messages yet. Say hello.</source>
        <translation>Aún no hay mensajes. Saluda.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="362"/>
        <source>Jump to the newest message</source>
        <translation>Ir al mensaje más reciente</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="503"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="510"/>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="517"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="525"/>
        <location filename="../qml/ConversationView.qml" line="616"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="594"/>
        <source>Delete this message?</source>
        <translation>¿Eliminar este mensaje?</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="603"/>
        <source>It disappears for everyone in this conversation.</source>
        <translation>Desaparecerá para todos en esta conversación.</translation>
    </message>
    <message>
        <location filename="../qml/ConversationView.qml" line="624"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>EmptyFeed</name>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="25"/>
        <source>No posts yet. Say hello!</source>
        <translation>Aún no hay publicaciones. ¡Saluda!</translation>
    </message>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="39"/>
        <source>Write a post</source>
        <translation>Escribir una publicación</translation>
    </message>
</context>
<context>
    <name>FeedScreen</name>
    <message>
        <location filename="../qml/FeedScreen.qml" line="31"/>
        <source>Feed</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../qml/FeedScreen.qml" line="89"/>
        <source>You are all caught up</source>
        <translation>Estás al día</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../qml/FilePicker.qml" line="9"/>
        <source>Attach images or files</source>
        <translation>Adjuntar imágenes o archivos</translation>
    </message>
</context>
<context>
    <name>GroupMembers</name>
    <message>
        <location filename="../qml/GroupMembers.qml" line="53"/>
        <source>Invite someone: type a name</source>
        <translation>Invitar a alguien: escribe un nombre</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="71"/>
        <source>Invite</source>
        <translation>Invitar</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="72"/>
        <source>Invite %1</source>
        <translation>Invitar a %1</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="88"/>
        <source>Loading members…</source>
        <translation>Cargando miembros…</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="89"/>
        <source>No members to show.</source>
        <translation>No hay miembros que mostrar.</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="103"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="108"/>
        <source>Remove %1 from the group</source>
        <translation>Quitar a %1 del grupo</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="131"/>
        <source>Remove %1 from the group? They no longer see its posts.</source>
        <translation>¿Quitar a %1 del grupo? Ya no verá sus publicaciones.</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="143"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../qml/GroupMembers.qml" line="152"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <location filename="../qml/GroupPage.qml" line="25"/>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <location filename="../qml/GroupPage.qml" line="25"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="24"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="47"/>
        <source>Posts in %1</source>
        <translation>Publicaciones en %1</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="68"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="133"/>
        <source>Accept invitation</source>
        <translation>Aceptar invitación</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="134"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="134"/>
        <source>Request to join</source>
        <translation>Solicitar unirse</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="144"/>
        <source>Request sent; a group admin decides</source>
        <translation>Solicitud enviada; decide un administrador del grupo</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="158"/>
        <source>You are an admin</source>
        <translation>Eres administrador</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="158"/>
        <source>You are a member</source>
        <translation>Eres miembro</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="170"/>
        <source>Withdraw request</source>
        <translation>Retirar solicitud</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="170"/>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="184"/>
        <source>Only members see what is posted in this group.</source>
        <translation>Solo los miembros ven lo que se publica en este grupo.</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="241"/>
        <source>No posts in this group yet. Write the first one in the feed.</source>
        <translation>Aún no hay publicaciones en este grupo. Escribe la primera en el muro.</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <location filename="../qml/GroupPicker.qml" line="14"/>
        <source>No groups yet</source>
        <translation>Aún no hay grupos</translation>
    </message>
    <message>
        <location filename="../qml/GroupPicker.qml" line="23"/>
        <source>Post in: %1</source>
        <translation>Publicar en: %1</translation>
    </message>
</context>
<context>
    <name>GroupRequests</name>
    <message>
        <location filename="../qml/GroupRequests.qml" line="43"/>
        <source>Loading requests…</source>
        <translation>Cargando solicitudes…</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="44"/>
        <source>No one is waiting to join.</source>
        <translation>Nadie espera para unirse.</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="59"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="60"/>
        <source>Approve %1</source>
        <translation>Aprobar a %1</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="66"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../qml/GroupRequests.qml" line="67"/>
        <source>Decline %1</source>
        <translation>Rechazar a %1</translation>
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
        <translation>Unirse</translation>
    </message>
    <message>
        <location filename="../qml/GroupRow.qml" line="111"/>
        <source>Request</source>
        <translation>Solicitar</translation>
    </message>
    <message>
        <location filename="../qml/GroupRow.qml" line="111"/>
        <source>Accept invitation</source>
        <translation>Aceptar invitación</translation>
    </message>
</context>
<context>
    <name>GroupSettings</name>
    <message>
        <location filename="../qml/GroupSettings.qml" line="36"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="45"/>
        <source>What is this group about?</source>
        <translation>¿De qué trata este grupo?</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="51"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="66"/>
        <source>Who can find it</source>
        <translation>Quién puede encontrarlo</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="80"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/GroupSettings.qml" line="88"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>GroupText</name>
    <message>
        <location filename="../qml/GroupText.qml" line="10"/>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="10"/>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="10"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="14"/>
        <source>Only members can find it; people join by invitation.</source>
        <translation>Solo los miembros la encuentran; se entra por invitación.</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="16"/>
        <source>Everyone can find it; only members see posts, and joining needs approval.</source>
        <translation>Todos la encuentran; solo los miembros ven las publicaciones y unirse requiere aprobación.</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="17"/>
        <source>Everyone in the organisation can find it, read it and join.</source>
        <translation>Todos en la organización pueden encontrarla, leerla y unirse.</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="21"/>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="22"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="23"/>
        <source>Theme</source>
        <translation>Tema</translation>
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
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
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
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="42"/>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <location filename="../qml/GroupText.qml" line="43"/>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
</context>
<context>
    <name>GroupsScreen</name>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="54"/>
        <location filename="../qml/GroupsScreen.qml" line="122"/>
        <source>My groups</source>
        <translation>Mis grupos</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="54"/>
        <location filename="../qml/GroupsScreen.qml" line="122"/>
        <source>Discover</source>
        <translation>Descubrir</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="87"/>
        <location filename="../qml/GroupsScreen.qml" line="88"/>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="97"/>
        <source>Search my groups</source>
        <translation>Buscar en mis grupos</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="97"/>
        <source>Search groups</source>
        <translation>Buscar grupos</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="161"/>
        <source>No groups match “%1”.</source>
        <translation>Ningún grupo coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="162"/>
        <source>You are not in a group yet. Discover one to join.</source>
        <translation>Aún no estás en ningún grupo. Descubre uno para unirte.</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="163"/>
        <source>No other groups to discover right now.</source>
        <translation>Ahora no hay otros grupos por descubrir.</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="172"/>
        <source>Discover groups</source>
        <translation>Descubrir grupos</translation>
    </message>
    <message>
        <location filename="../qml/GroupsScreen.qml" line="215"/>
        <source>Choose a group to see its posts and members.</source>
        <translation>Elige un grupo para ver sus publicaciones y miembros.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../qml/ImageViewer.qml" line="35"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../qml/LoginScreen.qml" line="45"/>
        <source>Welcome to Plein</source>
        <translation>Te damos la bienvenida a Plein</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="55"/>
        <source>Sign in with the details from your organisation.</source>
        <translation>Inicia sesión con los datos de tu organización.</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="76"/>
        <location filename="../qml/LoginScreen.qml" line="83"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="88"/>
        <location filename="../qml/LoginScreen.qml" line="95"/>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="94"/>
        <source>name@organisation.nl</source>
        <translation>nombre@organizacion.es</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="100"/>
        <location filename="../qml/LoginScreen.qml" line="108"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118"/>
        <location filename="../qml/LoginScreen.qml" line="121"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>MePage</name>
    <message>
        <location filename="../qml/MePage.qml" line="76"/>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="78"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="88"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>MessageItem</name>
    <message>
        <location filename="../qml/MessageItem.qml" line="44"/>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="45"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="46"/>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/MessageItem.qml" line="47"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Leído por %n</numerusform>
            <numerusform>Leído por %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="48"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="53"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="54"/>
        <location filename="../qml/MessageItem.qml" line="307"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="113"/>
        <source>New messages</source>
        <translation>Mensajes nuevos</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="205"/>
        <source>Reply to %1: %2</source>
        <translation>Respuesta a %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="242"/>
        <source>This message was deleted</source>
        <translation>Este mensaje se eliminó</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="363"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="405"/>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="405"/>
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="406"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="409"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="428"/>
        <source>React</source>
        <translation>Reaccionar</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="436"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../qml/MessageItem.qml" line="444"/>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
</context>
<context>
    <name>NavItem</name>
    <message numerus="yes">
        <location filename="../qml/NavItem.qml" line="18"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n sin leer</numerusform>
            <numerusform>%1, %n sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../qml/NavRail.qml" line="63"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="47"/>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="100"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="115"/>
        <location filename="../qml/NewConversationDialog.qml" line="118"/>
        <source>Search people by name</source>
        <translation>Buscar personas por nombre</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="156"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="200"/>
        <source>Name of the group conversation</source>
        <translation>Nombre de la conversación de grupo</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="229"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="282"/>
        <source>Type at least two letters of a name.</source>
        <translation>Escribe al menos dos letras de un nombre.</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="283"/>
        <source>Nobody found for “%1”.</source>
        <translation>No se encontró a nadie para «%1».</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="298"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="299"/>
        <source>Create group conversation</source>
        <translation>Crear conversación de grupo</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="300"/>
        <source>Chat with %1</source>
        <translation>Chatear con %1</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="301"/>
        <source>Start conversation</source>
        <translation>Empezar conversación</translation>
    </message>
    <message>
        <location filename="../qml/NewConversationDialog.qml" line="307"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="21"/>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="50"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="60"/>
        <source>What is this group about?</source>
        <translation>¿De qué trata este grupo?</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="66"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="87"/>
        <source>Who can find it</source>
        <translation>Quién puede encontrarlo</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="177"/>
        <source>Create group</source>
        <translation>Crear grupo</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="187"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../qml/OfflineBanner.qml" line="7"/>
        <source>Offline – you are seeing saved posts</source>
        <translation>Sin conexión: estás viendo publicaciones guardadas</translation>
    </message>
</context>
<context>
    <name>PeoplePopup</name>
    <message>
        <location filename="../qml/PeoplePopup.qml" line="44"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>PostCard</name>
    <message>
        <location filename="../qml/PostCard.qml" line="34"/>
        <source>%1 in %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="36"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="90"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="105"/>
        <source>Post options</source>
        <translation>Opciones de la publicación</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="131"/>
        <source>Announcement</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="199"/>
        <source>Changed elsewhere while you edited</source>
        <translation>Cambiado en otro lugar mientras editabas</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="200"/>
        <source>Use mine</source>
        <translation>Usar la mía</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="201"/>
        <source>Discard mine</source>
        <translation>Descartar la mía</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="215"/>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="215"/>
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="216"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="218"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="242"/>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="285"/>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="296"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Leído por %n</numerusform>
            <numerusform>Leído por %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="304"/>
        <source>Not read yet</source>
        <translation>Aún no leído</translation>
    </message>
    <message numerus="yes">
        <source>%n like(s)</source>
        <translation type="vanished">
            <numerusform>%n me gusta</numerusform>
            <numerusform>%n me gusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="248"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="270"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>PostDeleteDialog</name>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="16"/>
        <source>Delete this post?</source>
        <translation>¿Eliminar esta publicación?</translation>
    </message>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="29"/>
        <source>It disappears for everyone, with its comments.</source>
        <translation>Desaparece para todos, con sus comentarios.</translation>
    </message>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="42"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../qml/PostDeleteDialog.qml" line="50"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PostDetail</name>
    <message>
        <location filename="../qml/PostDetail.qml" line="37"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="37"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="42"/>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="71"/>
        <location filename="../qml/PostDetail.qml" line="111"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="103"/>
        <source>This post is no longer here.</source>
        <translation>Esta publicación ya no está.</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="125"/>
        <source>No comments yet. Be the first to reply.</source>
        <translation>Aún no hay comentarios. Responde el primero.</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="167"/>
        <source>Write a comment…</source>
        <translation>Escribe un comentario…</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="173"/>
        <source>New comment</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="193"/>
        <source>Send comment</source>
        <translation>Enviar comentario</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../qml/PostEditor.qml" line="26"/>
        <source>Edit post</source>
        <translation>Editar publicación</translation>
    </message>
    <message>
        <location filename="../qml/PostEditor.qml" line="37"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/PostEditor.qml" line="43"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PostMenu</name>
    <message>
        <location filename="../qml/PostMenu.qml" line="15"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../qml/PostMenu.qml" line="20"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>PostPeoplePopup</name>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="16"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="33"/>
        <source>Read by %1 of %2</source>
        <translation>Leído por %1 de %2</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="35"/>
        <source>Everyone has read it.</source>
        <translation>Todos lo han leído.</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="35"/>
        <source>Not read yet:</source>
        <translation>Aún no leído:</translation>
    </message>
    <message>
        <location filename="../qml/PostPeoplePopup.qml" line="38"/>
        <source>No reactions yet.</source>
        <translation>Aún no hay reacciones.</translation>
    </message>
</context>
<context>
    <name>ReactionBar</name>
    <message>
        <location filename="../qml/ReactionBar.qml" line="18"/>
        <source>Like</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="19"/>
        <source>Love</source>
        <translation>Me encanta</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="20"/>
        <source>Laugh</source>
        <translation>Me divierte</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="21"/>
        <source>Wow</source>
        <translation>Asombro</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="22"/>
        <source>Sad</source>
        <translation>Triste</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="23"/>
        <source>Celebrate</source>
        <translation>Celebrar</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="44"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="99"/>
        <source>React</source>
        <translation>Reaccionar</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="28"/>
        <source>now</source>
        <translation>ahora</translation>
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
        <translation>ayer</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/Sidebar.qml" line="82"/>
        <source>Me: %1</source>
        <translation>Yo: %1</translation>
    </message>
</context>
<context>
    <name>SignInMessages</name>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="13"/>
        <source>This is not a server address. Check it and try again, for example https://plein.example.nl.</source>
        <translation>Esta no es una dirección de servidor. Revísala e inténtalo de nuevo, por ejemplo https://plein.example.nl.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="15"/>
        <source>This address is not secure. Use an address that starts with https://.</source>
        <translation>Esta dirección no es segura. Usa una dirección que empiece por https://.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="17"/>
        <source>The server cannot be reached. Check the address and your internet connection.</source>
        <translation>No se puede acceder al servidor. Revisa la dirección y tu conexión a internet.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="19"/>
        <source>This address is not a Plein server. Check the address with your organisation.</source>
        <translation>Esta dirección no es un servidor de Plein. Consulta la dirección con tu organización.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="21"/>
        <source>The email address or password is not right.</source>
        <translation>El correo electrónico o la contraseña no son correctos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/SignInMessages.cpp" line="24"/>
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>Demasiados intentos. Inténtalo de nuevo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Inténtalo de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="25"/>
        <source>Too many attempts. Try again in a moment.</source>
        <translation>Demasiados intentos. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="27"/>
        <source>Your sign-in could not be saved in the system keychain. Unlock the keychain and try again.</source>
        <translation>No se pudo guardar tu sesión en el llavero del sistema. Desbloquea el llavero e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="29"/>
        <source>Plein could not open its storage on this device. Free some space and try again.</source>
        <translation>Plein no pudo abrir su almacenamiento en este dispositivo. Libera espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="31"/>
        <source>The server has a problem right now. Try again later.</source>
        <translation>El servidor tiene un problema ahora mismo. Inténtalo más tarde.</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <location filename="../qml/Spinner.qml" line="13"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
</context>
<context>
    <name>plein::app::ChatNotifier</name>
    <message>
        <location filename="../app/glue/ChatNotifier.cpp" line="44"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>plein::app::Chats</name>
    <message>
        <location filename="../app/glue/Chats.cpp" line="81"/>
        <source>The server did not accept your message.</source>
        <translation>El servidor no aceptó tu mensaje.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="82"/>
        <source>The server did not accept your message: %1</source>
        <translation>El servidor no aceptó tu mensaje: %1</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="179"/>
        <source>The conversation could not be started. %1</source>
        <translation>No se pudo iniciar la conversación. %1</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="202"/>
        <source>The person could not be added.</source>
        <translation>No se pudo añadir a la persona.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="207"/>
        <source>The person could not be removed.</source>
        <translation>No se pudo quitar a la persona.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="215"/>
        <source>You could not leave the conversation.</source>
        <translation>No has podido salir de la conversación.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="221"/>
        <source>The conversation could not be muted.</source>
        <translation>No se pudo silenciar la conversación.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="221"/>
        <source>The conversation could not be unmuted.</source>
        <translation>No se pudo reactivar el sonido de la conversación.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="227"/>
        <source>The conversation could not be renamed.</source>
        <translation>No se pudo cambiar el nombre de la conversación.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="244"/>
        <source>Your message could not be saved on this device. Try again.</source>
        <translation>No se pudo guardar tu mensaje en este dispositivo. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/glue/Chats.cpp" line="346"/>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>plein::app::Remote</name>
    <message>
        <location filename="../app/glue/Remote.cpp" line="49"/>
        <source>You are offline. Try again when you are connected.</source>
        <translation>Estás sin conexión. Inténtalo de nuevo cuando estés conectado.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="50"/>
        <source>You may not do that here.</source>
        <translation>No puedes hacer eso aquí.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="51"/>
        <source>This is not available.</source>
        <translation>Esto no está disponible.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="52"/>
        <source>That was not accepted. Check what you entered.</source>
        <translation>No se aceptó. Revisa lo que escribiste.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="53"/>
        <source>Someone changed this at the same time. Try again.</source>
        <translation>Alguien lo cambió al mismo tiempo. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="54"/>
        <source>That did not work. Try again in a moment.</source>
        <translation>No funcionó. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../app/glue/Remote.cpp" line="64"/>
        <location filename="../app/glue/Remote.cpp" line="216"/>
        <source>You are signed out.</source>
        <translation>Has cerrado sesión.</translation>
    </message>
</context>
<context>
    <name>plein::app::Session</name>
    <message>
        <location filename="../app/glue/Session.cpp" line="39"/>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Tu sesión ha terminado. Inicia sesión de nuevo para continuar.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="128"/>
        <source>The server did not accept that.</source>
        <translation>El servidor no lo aceptó.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="128"/>
        <source>The server did not accept that: %1</source>
        <translation>El servidor no lo aceptó: %1</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="182"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="183"/>
        <source>Community manager</source>
        <translation>Responsable de comunidad</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="184"/>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="185"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="266"/>
        <source>Your post could not be saved on this device. Your text is still here; try again.</source>
        <translation>No se pudo guardar tu publicación en este dispositivo. Tu texto sigue aquí; inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="349"/>
        <source>That could not be saved on this device. Try again.</source>
        <translation>No se pudo guardar en este dispositivo. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="392"/>
        <source>Your comment could not be saved on this device. Try again.</source>
        <translation>Tu comentario no se pudo guardar en este dispositivo. Inténtalo de nuevo.</translation>
    </message>
</context>
</TS>
