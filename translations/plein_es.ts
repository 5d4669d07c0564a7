<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AnnouncementBanners</name>
    <message>
        <location filename="../qml/AnnouncementBanners.qml" line="29"/>
        <source>Announcement from %1: %2</source>
        <translation>Anuncio de %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/AnnouncementBanners.qml" line="42"/>
        <source>Announcement from %1</source>
        <translation>Anuncio de %1</translation>
    </message>
    <message>
        <location filename="../qml/AnnouncementBanners.qml" line="70"/>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AnnouncementBanners.qml" line="77"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Leído por %n</numerusform>
            <numerusform>Leído por %n</numerusform>
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
        <source>Groups are on their way</source>
        <translation type="vanished">Los grupos llegarán pronto</translation>
    </message>
    <message>
        <source>Soon you can find and join groups here. Until then, your groups&apos; posts are in the feed.</source>
        <translation type="vanished">Pronto podrás buscar grupos y unirte a ellos aquí. Mientras tanto, las publicaciones de tus grupos están en el inicio.</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="95"/>
        <source>Chats are on their way</source>
        <translation>Los chats llegarán pronto</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="96"/>
        <source>Soon you can message colleagues directly here.</source>
        <translation>Pronto podrás escribir directamente a tus compañeros aquí.</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="103"/>
        <source>People is on its way</source>
        <translation>Personas llegará pronto</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="104"/>
        <source>Soon you can find colleagues by name and expertise here.</source>
        <translation>Pronto podrás encontrar compañeros por nombre y experiencia aquí.</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../qml/AttachmentList.qml" line="45"/>
        <source>Open image %1</source>
        <translation>Abrir la imagen %1</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="99"/>
        <source>Download %1</source>
        <translation>Descargar %1</translation>
    </message>
</context>
<context>
    <name>CommentItem</name>
    <message>
        <location filename="../qml/CommentItem.qml" line="38"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="39"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="63"/>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="63"/>
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="64"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../qml/CommentItem.qml" line="65"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/Composer.qml" line="30"/>
        <source>That file cannot be read.</source>
        <translation>No se puede leer ese archivo.</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="49"/>
        <source>link text</source>
        <translation>texto del enlace</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="103"/>
        <source>Share something with your colleagues…</source>
        <translation>Comparte algo con tus compañeros…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="103"/>
        <source>Write a post…</source>
        <translation>Escribe una publicación…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="111"/>
        <source>New post</source>
        <translation>Nueva publicación</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="212"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="232"/>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="233"/>
        <source>bold text</source>
        <translation>texto en negrita</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="238"/>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="239"/>
        <source>italic text</source>
        <translation>texto en cursiva</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="244"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="250"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="256"/>
        <location filename="../qml/Composer.qml" line="280"/>
        <source>Attach images or files</source>
        <translation>Adjuntar imágenes o archivos</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="264"/>
        <source>Announcement</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="267"/>
        <source>Post as an announcement</source>
        <translation>Publicar como anuncio</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="304"/>
        <source>No groups yet</source>
        <translation>Aún no hay grupos</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="307"/>
        <source>Post in: %1</source>
        <translation>Publicar en: %1</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="379"/>
        <source>Ctrl+Enter to post</source>
        <translation>Ctrl+Intro para publicar</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="389"/>
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
        <location filename="../qml/FeedScreen.qml" line="26"/>
        <source>Feed</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../qml/FeedScreen.qml" line="83"/>
        <source>You are all caught up</source>
        <translation>Estás al día</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../qml/GroupPage.qml" line="21"/>
        <location filename="../qml/GroupPage.qml" line="22"/>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="21"/>
        <location filename="../qml/GroupPage.qml" line="22"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="21"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="21"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="39"/>
        <source>Posts in %1</source>
        <translation>Publicaciones en %1</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="56"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="121"/>
        <source>Accept invitation</source>
        <translation>Aceptar invitación</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="122"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="122"/>
        <source>Request to join</source>
        <translation>Solicitar unirse</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="132"/>
        <source>Request sent; a group admin decides</source>
        <translation>Solicitud enviada; decide un administrador del grupo</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="146"/>
        <source>You are an admin</source>
        <translation>Eres administrador</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="146"/>
        <source>You are a member</source>
        <translation>Eres miembro</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="158"/>
        <source>Withdraw request</source>
        <translation>Retirar solicitud</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="158"/>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="172"/>
        <source>Only members see what is posted in this group.</source>
        <translation>Solo los miembros ven lo que se publica en este grupo.</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="227"/>
        <source>No posts in this group yet. Write the first one in the feed.</source>
        <translation>Aún no hay publicaciones en este grupo. Escribe la primera en el muro.</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="243"/>
        <source>The member list is not available in this version yet.</source>
        <translation>La lista de miembros aún no está disponible en esta versión.</translation>
    </message>
    <message>
        <location filename="../qml/GroupPage.qml" line="244"/>
        <source>Managing the group is not available in this version yet.</source>
        <translation>La gestión del grupo aún no está disponible en esta versión.</translation>
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
        <location filename="../qml/GroupRow.qml" line="110"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location filename="../qml/GroupRow.qml" line="110"/>
        <source>Request</source>
        <translation>Solicitar</translation>
    </message>
    <message>
        <location filename="../qml/GroupRow.qml" line="110"/>
        <source>Accept invitation</source>
        <translation>Aceptar invitación</translation>
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
        <location filename="../qml/ImageViewer.qml" line="37"/>
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
    <name>NavRail</name>
    <message>
        <location filename="../qml/NavRail.qml" line="62"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="18"/>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="45"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="55"/>
        <source>What is this group about?</source>
        <translation>¿De qué trata este grupo?</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="61"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="72"/>
        <source>Who can find it</source>
        <translation>Quién puede encontrarlo</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="146"/>
        <source>Create group</source>
        <translation>Crear grupo</translation>
    </message>
    <message>
        <location filename="../qml/NewGroupDialog.qml" line="155"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../qml/OfflineBanner.qml" line="23"/>
        <source>Offline – you are seeing saved posts</source>
        <translation>Sin conexión: estás viendo publicaciones guardadas</translation>
    </message>
</context>
<context>
    <name>PostCard</name>
    <message>
        <source>Administrator</source>
        <translation type="vanished">Administrador</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="37"/>
        <source>%1 in %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="39"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="93"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="108"/>
        <source>Post options</source>
        <translation>Opciones de la publicación</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="116"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="125"/>
        <location filename="../qml/PostCard.qml" line="346"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="137"/>
        <source>Announcement</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="184"/>
        <source>Edit post</source>
        <translation>Editar publicación</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="195"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="204"/>
        <location filename="../qml/PostCard.qml" line="354"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="223"/>
        <source>Changed elsewhere while you edited</source>
        <translation>Cambiado en otro lugar mientras editabas</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="224"/>
        <source>Use mine</source>
        <translation>Usar la mía</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="225"/>
        <source>Discard mine</source>
        <translation>Descartar la mía</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="236"/>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="236"/>
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="237"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="239"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="298"/>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="304"/>
        <source>Read by %n</source>
        <translation>
            <numerusform>Leído por %n</numerusform>
            <numerusform>Leído por %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="321"/>
        <source>Delete this post?</source>
        <translation>¿Eliminar esta publicación?</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="334"/>
        <source>It disappears for everyone, with its comments.</source>
        <translation>Desaparece para todos, con sus comentarios.</translation>
    </message>
    <message numerus="yes">
        <source>%n like(s)</source>
        <translation type="vanished">
            <numerusform>%n me gusta</numerusform>
            <numerusform>%n me gusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="269"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="286"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
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
        <location filename="../qml/PostDetail.qml" line="66"/>
        <location filename="../qml/PostDetail.qml" line="104"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="96"/>
        <source>This post is no longer here.</source>
        <translation>Esta publicación ya no está.</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="118"/>
        <source>No comments yet. Be the first to reply.</source>
        <translation>Aún no hay comentarios. Responde el primero.</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="159"/>
        <source>Write a comment…</source>
        <translation>Escribe un comentario…</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="165"/>
        <source>New comment</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <location filename="../qml/PostDetail.qml" line="185"/>
        <source>Send comment</source>
        <translation>Enviar comentario</translation>
    </message>
</context>
<context>
    <name>ReactionBar</name>
    <message>
        <location filename="../qml/ReactionBar.qml" line="19"/>
        <source>Like</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="20"/>
        <source>Love</source>
        <translation>Me encanta</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="21"/>
        <source>Laugh</source>
        <translation>Me divierte</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="22"/>
        <source>Wow</source>
        <translation>Asombro</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="23"/>
        <source>Sad</source>
        <translation>Triste</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="24"/>
        <source>Celebrate</source>
        <translation>Celebrar</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="45"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/ReactionBar.qml" line="97"/>
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
    <name>plein::app::Session</name>
    <message>
        <location filename="../app/glue/Session.cpp" line="39"/>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Tu sesión ha terminado. Inicia sesión de nuevo para continuar.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="172"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="173"/>
        <source>Community manager</source>
        <translation>Responsable de comunidad</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="174"/>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="175"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="256"/>
        <source>Your post could not be saved on this device. Your text is still here; try again.</source>
        <translation>No se pudo guardar tu publicación en este dispositivo. Tu texto sigue aquí; inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="338"/>
        <source>That could not be saved on this device. Try again.</source>
        <translation>No se pudo guardar en este dispositivo. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="380"/>
        <source>Your comment could not be saved on this device. Try again.</source>
        <translation>Tu comentario no se pudo guardar en este dispositivo. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>This version cannot send attachments or announcements yet. Remove them to post.</source>
        <translation type="vanished">Esta versión aún no puede enviar adjuntos ni anuncios. Quítalos para publicar.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="342"/>
        <source>This is not available in this version yet.</source>
        <translation>Esto aún no está disponible en esta versión.</translation>
    </message>
</context>
</TS>
